using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Concord.Language;

/// <summary>
/// Reads a text's words (as <see cref="ScratchWords.Read"/> does: lower case, letters and inner
/// apostrophes, citation markers skipped) and scores each word as soon as it ends, so a text is
/// read once and no word is stored, read back or folded again. Whether the text is scored
/// exactly or folded depends on its share of letters with diacritics, so that share is counted
/// first: for free when the text is all ASCII (no diacritics: folded), by a counting pass
/// otherwise. The sums are added in word order, one lane per profile, exactly as the per-word
/// ranking over <see cref="ScratchWords"/> adds them: the same values, bit for bit.
/// </summary>
internal sealed class WordTally
{
    [ThreadStatic]
    private static WordTally? current;

    private char[] word = new char[256];

    public static WordTally ForThread() => current ??= new WordTally();

    /// <summary>The letters of a text by script class, as <see cref="Read"/> counts them.</summary>
    public readonly record struct Letters(int Latin, int LatinWithDiacritic, int Cyrillic, int Other)
    {
        /// <summary>The dominant script, as <see cref="ScratchWords.Read"/> names it (null: no letters, or another script).</summary>
        public string? Script
        {
            get
            {
                int latin = Latin + LatinWithDiacritic, letters = latin + Cyrillic + Other;
                return letters == 0 ? null
                    : latin >= Cyrillic && latin >= Other ? "Latin"
                    : Cyrillic >= Other ? "Cyrillic"
                    : null;
            }
        }

        public double DiacriticShare => Latin + LatinWithDiacritic == 0 ? 0 : (double)LatinWithDiacritic / (Latin + LatinWithDiacritic);
    }

    /// <summary>What <see cref="Read"/> counted besides the sums and hits.</summary>
    public readonly record struct Totals(int Words, int LongWords, int TrigramTotal);

    /// <summary>
    /// The text's letters by script class, or null when it is all ASCII (then its letters are
    /// Latin without diacritics, and it is folded). Counts what <see cref="ScratchWords.Read"/>
    /// counts: letters outside square brackets.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    public static Letters? CountLetters(ReadOnlySpan<char> text)
    {
        if (!text.ContainsAnyExceptInRange('\0', '\u007F'))
        {
            return null;
        }

        // Letters inside square brackets are not counted: each run between a '[' and the next ']'.
        ulong kinds = 0;
        for (int i = 0; ;)
        {
            int open = text[i..].IndexOf('[');
            int end = open < 0 ? text.Length : i + open;
            kinds += LetterCounts.CountKinds(text[i..end]);
            int close = open < 0 ? -1 : text[(end + 1)..].IndexOf(']');
            if (close < 0)
            {
                break;
            }

            i = end + 1 + close + 1;
        }

        return new Letters(
            ScratchWords.KindCount(kinds, ScratchWords.Latin),
            ScratchWords.KindCount(kinds, ScratchWords.LatinWithDiacritic),
            ScratchWords.KindCount(kinds, ScratchWords.Cyrillic),
            ScratchWords.KindCount(kinds, ScratchWords.Other));
    }

    /// <summary>
    /// Reads <paramref name="text"/> (at most <see cref="ScratchWords.MaxChars"/> long) and adds every
    /// word's trigram scores from <paramref name="cache"/> to <paramref name="sums"/>, its stopword
    /// and ending profiles to <paramref name="stopwordHits"/> and <paramref name="endingHits"/> (all
    /// zero on entry). <paramref name="fold"/>: each letter's diacritics are folded as it is read
    /// (as <see cref="ScratchWords.Fold"/> folds the words).
    /// Sixteen characters at a time: the run of them before the first that is outside ASCII, a
    /// bracket or an apostrophe is read at once (lower-cased together, its words found from the
    /// letter mask, each word's letters put in the buffer by one vector store), that character
    /// on its own.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    public Totals Read(ReadOnlySpan<char> text, bool fold, WordFeatureCache cache, Span<Vector<double>> sums, Span<int> stopwordHits, Span<int> endingHits)
    {
        // The word being read is at [Base, Base + u) of the buffer: a vector store of a block whose
        // word starts at lane k goes to Base - k, and one that goes on with a word to Base + u.
        if (word.Length < Base + text.Length + Vector256<ushort>.Count)
        {
            word = new char[Math.Max(Base + text.Length + Vector256<ushort>.Count, word.Length * 2)];
        }

        var classes = fold ? ScratchWords.FoldedLetterClasses : ScratchWords.LetterClasses;
        var totals = default(Totals);
        int u = 0;
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref ushort from = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            ref ushort to = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetArrayDataReference(word));
            var caseBit = Vector256.Create((ushort)0x20);
            var a = Vector256.Create((ushort)'a');
            var alphabet = Vector256.Create((ushort)26);
            var ascii = Vector256.Create((ushort)0x7F);
            var open = Vector256.Create((ushort)'[');
            var close = Vector256.Create((ushort)']');
            var apostrophe = Vector256.Create((ushort)'\'');
            while (i + Vector256<ushort>.Count <= text.Length)
            {
                // The lanes before the first character outside ASCII, bracket or apostrophe are read
                // together; that character is then read on its own, and the next block starts after it.
                var v = Vector256.LoadUnsafe(ref from, (nuint)i);
                uint special = (Vector256.GreaterThan(v, ascii) | Vector256.Equals(v, open) | Vector256.Equals(v, close) | Vector256.Equals(v, apostrophe)).ExtractMostSignificantBits();
                int clean = BitOperations.TrailingZeroCount(special | (1u << Vector256<ushort>.Count));

                // (c | 0x20) - 'a' < 26 holds for the ASCII letters and no other character; their
                // lower case is c | 0x20 (folding leaves ASCII as it is).
                var letters = Vector256.LessThan((v | caseBit) - a, alphabet);
                var lower = v | (letters & caseBit);
                uint mask = letters.ExtractMostSignificantBits() & ((1u << clean) - 1);
                if (u > 0)
                {
                    // The word read so far goes on over the letters at the start of this block.
                    int run = BitOperations.TrailingZeroCount(~mask);
                    lower.StoreUnsafe(ref to, (nuint)(Base + u));
                    u += run;
                    mask &= ~0u << run;
                    if (run < clean)
                    {
                        totals = Score(u, cache, sums, stopwordHits, endingHits, totals);
                        u = 0;
                    }
                }

                while (mask != 0)
                {
                    int first = BitOperations.TrailingZeroCount(mask);
                    int length = BitOperations.TrailingZeroCount(~(mask >> first));
                    lower.StoreUnsafe(ref to, (nuint)(Base - first));
                    if (first + length == clean)
                    {
                        // The word goes on in the next block (or the character after it).
                        u = length;
                        break;
                    }

                    totals = Score(length, cache, sums, stopwordHits, endingHits, totals);
                    mask &= ~0u << (first + length);
                }

                i += clean;
                if (clean < Vector256<ushort>.Count)
                {
                    i = ReadOne(text, i, classes, fold, ref u, cache, sums, stopwordHits, endingHits, ref totals);
                }
            }
        }

        while (i < text.Length)
        {
            i = ReadOne(text, i, classes, fold, ref u, cache, sums, stopwordHits, endingHits, ref totals);
        }

        return u > 0 ? Score(u, cache, sums, stopwordHits, endingHits, totals) : totals;
    }

    /// <summary>Where a word starts in the buffer: room before it for a block whose word starts in its last lane.</summary>
    private const int Base = 16;

    /// <summary>
    /// Reads the character at <paramref name="i"/> (a letter is appended to the word; anything
    /// else ends the word, if any), or a whole citation marker from its '['. Returns where to read next.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int ReadOne(
        ReadOnlySpan<char> text, int i, (char Lower, byte Kind)[] classes, bool fold, ref int u, WordFeatureCache cache, Span<Vector<double>> sums, Span<int> stopwordHits, Span<int> endingHits, ref Totals totals)
    {
        char raw = text[i];
        if (raw < classes.Length)
        {
            var (lower, kind) = classes[raw];
            if (kind != ScratchWords.NotALetter)
            {
                word[Base + u++] = lower;
                return i + 1;
            }
        }
        else if (char.IsLetter(raw))
        {
            char c = char.ToLowerInvariant(raw);
            word[Base + u++] = fold ? TextFolding.FoldChar(c) : c;
            return i + 1;
        }

        if (raw is '\'' or '’' && u > 0)
        {
            // Keep contractions and elisions inside one token ("don't", "l'homme").
            word[Base + u++] = '\'';
            return i + 1;
        }

        if (u > 0)
        {
            totals = Score(u, cache, sums, stopwordHits, endingHits, totals);
            u = 0;
        }

        if (raw != '[')
        {
            return i + 1;
        }

        // Citation markers ("[12]", "[lower-alpha 6]") say nothing about the language: nothing
        // in them is read, and the ']' that ends one is read as no character at all.
        int end = text[(i + 1)..].IndexOf(']');
        return end < 0 ? text.Length : i + 1 + end + 1;
    }

    /// <summary>Scores the word in the buffer's <paramref name="u"/> characters from <see cref="Base"/> (apostrophes at its end are not part of it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    private Totals Score(int u, WordFeatureCache cache, Span<Vector<double>> sums, Span<int> stopwordHits, Span<int> endingHits, Totals totals)
    {
        var buffer = word;
        int end = u;
        while (buffer[Base + end - 1] == '\'')
        {
            end--;
        }

        var spelling = buffer.AsSpan(Base, end);
        int record = cache.Get(spelling, WordFeatureCache.HashOf(spelling));
        var scores = cache.ScoresOf(record);
        for (int k = 0; k < sums.Length; k++)
        {
            sums[k] += scores[k];
        }

        // Integer counts: the order in which profiles are counted cannot change them.
        for (uint mask = cache.StopwordMaskOf(record); mask != 0; mask &= mask - 1)
        {
            stopwordHits[BitOperations.TrailingZeroCount(mask)]++;
        }

        int trigrams = totals.TrigramTotal + (end > 64 ? 0 : end);
        if (end < 4)
        {
            return new Totals(totals.Words + 1, totals.LongWords, trigrams);
        }

        for (uint mask = cache.EndingMaskOf(record); mask != 0; mask &= mask - 1)
        {
            endingHits[BitOperations.TrailingZeroCount(mask)]++;
        }

        return new Totals(totals.Words + 1, totals.LongWords + 1, trigrams);
    }
}
