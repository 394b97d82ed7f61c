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
            kinds += CountKinds(text[i..end]);
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
    /// The letters of a text without square brackets by script class, packed as
    /// <see cref="ScratchWords"/> packs them (16 bits per class): ASCII letters sixteen at a time,
    /// the few other characters one by one.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    private static ulong CountKinds(ReadOnlySpan<char> text)
    {
        ulong kinds = 0;
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            var caseBit = Vector256.Create((ushort)0x20);
            var a = Vector256.Create((ushort)'a');
            var alphabet = Vector256.Create((ushort)26);
            var ascii = Vector256.Create((ushort)0x7F);
            for (; i + Vector256<ushort>.Count <= text.Length; i += Vector256<ushort>.Count)
            {
                var v = Vector256.LoadUnsafe(ref start, (nuint)i);

                // ASCII letters are Latin (the first packed count); (c | 0x20) - 'a' < 26 holds for no other character.
                kinds += (uint)BitOperations.PopCount(Vector256.LessThan((v | caseBit) - a, alphabet).ExtractMostSignificantBits());
                for (uint other = Vector256.GreaterThan(v, ascii).ExtractMostSignificantBits(); other != 0; other &= other - 1)
                {
                    kinds += KindBits(text[i + BitOperations.TrailingZeroCount(other)]);
                }
            }
        }

        for (; i < text.Length; i++)
        {
            char c = text[i];
            kinds += c < 0x80 ? (uint)((c | 0x20) - 'a') < 26 ? 1UL : 0 : KindBits(c);
        }

        return kinds;
    }

    /// <summary>One letter of a character outside ASCII in the packed counts (0 for a non-letter).</summary>
    private static ulong KindBits(char c)
    {
        var classes = ScratchWords.LetterClasses;
        if (c < classes.Length)
        {
            byte kind = classes[c].Kind;
            return kind == ScratchWords.NotALetter ? 0 : 1UL << ((kind - 1) << 4);
        }

        return char.IsLetter(c) ? 1UL << ((ScratchWords.KindOf(char.ToLowerInvariant(c)) - 1) << 4) : 0;
    }

    /// <summary>
    /// Reads <paramref name="text"/> (at most <see cref="ScratchWords.MaxChars"/> long) and adds every
    /// word's trigram scores from <paramref name="cache"/> to <paramref name="sums"/>, its stopword
    /// and ending profiles to <paramref name="stopwordHits"/> and <paramref name="endingHits"/> (all
    /// zero on entry). <paramref name="fold"/>: each letter's diacritics are folded as it is read
    /// (as <see cref="ScratchWords.Fold"/> folds the words).
    /// A word is a run of the text (letters, then letters and apostrophes; anything else ends
    /// it), so each letter is written at its own offset in the buffer and a word is scored from
    /// where it started there. Sixteen characters that are all ASCII, with no bracket and no
    /// apostrophe, are read at once: lower-cased together, their words found from the letter mask.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    public Totals Read(ReadOnlySpan<char> text, bool fold, WordFeatureCache cache, Span<Vector<double>> sums, Span<int> stopwordHits, Span<int> endingHits)
    {
        if (word.Length < text.Length)
        {
            word = new char[Math.Max(text.Length, word.Length * 2)];
        }

        var buffer = word;
        var classes = fold ? ScratchWords.FoldedLetterClasses : ScratchWords.LetterClasses;
        var totals = default(Totals);

        // Where the word being read starts in the buffer (as in the text), or -1.
        int start = -1;
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref ushort from = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            ref ushort to = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetArrayDataReference(buffer));
            var caseBit = Vector256.Create((ushort)0x20);
            var a = Vector256.Create((ushort)'a');
            var alphabet = Vector256.Create((ushort)26);
            var ascii = Vector256.Create((ushort)0x7F);
            var open = Vector256.Create((ushort)'[');
            var close = Vector256.Create((ushort)']');
            var apostrophe = Vector256.Create((ushort)'\'');
            while (i + Vector256<ushort>.Count <= text.Length)
            {
                var v = Vector256.LoadUnsafe(ref from, (nuint)i);
                if ((Vector256.GreaterThan(v, ascii) | Vector256.Equals(v, open) | Vector256.Equals(v, close) | Vector256.Equals(v, apostrophe)) != Vector256<ushort>.Zero)
                {
                    // One character at a time up to the next block (a bracket skips to its end).
                    int stop = i + Vector256<ushort>.Count;
                    while (i < stop)
                    {
                        i = ReadOne(text, i, classes, fold, ref start, cache, sums, stopwordHits, endingHits, ref totals);
                    }

                    continue;
                }

                // (c | 0x20) - 'a' < 26 holds for the ASCII letters and no other character; their
                // lower case is c | 0x20 (folding leaves ASCII as it is).
                var letters = Vector256.LessThan((v | caseBit) - a, alphabet);
                (v | (letters & caseBit)).StoreUnsafe(ref to, (nuint)i);
                uint mask = letters.ExtractMostSignificantBits();
                if (start >= 0)
                {
                    // The word read so far goes on over the letters at the start of this block.
                    int run = BitOperations.TrailingZeroCount(~mask);
                    if (run == Vector256<ushort>.Count)
                    {
                        i += Vector256<ushort>.Count;
                        continue;
                    }

                    totals = Score(start, i + run, cache, sums, stopwordHits, endingHits, totals);
                    start = -1;
                    mask &= ~0u << run;
                }

                while (mask != 0)
                {
                    int first = BitOperations.TrailingZeroCount(mask);
                    int length = BitOperations.TrailingZeroCount(~(mask >> first));
                    if (first + length == Vector256<ushort>.Count)
                    {
                        start = i + first;
                        break;
                    }

                    totals = Score(i + first, i + first + length, cache, sums, stopwordHits, endingHits, totals);
                    mask &= ~0u << (first + length);
                }

                i += Vector256<ushort>.Count;
            }
        }

        while (i < text.Length)
        {
            i = ReadOne(text, i, classes, fold, ref start, cache, sums, stopwordHits, endingHits, ref totals);
        }

        return start >= 0 ? Score(start, text.Length, cache, sums, stopwordHits, endingHits, totals) : totals;
    }

    /// <summary>
    /// Reads the character at <paramref name="i"/> (a letter goes into the buffer at the same
    /// offset; anything else ends the word, if any), or a whole citation marker from its '['.
    /// Returns where to read next.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int ReadOne(
        ReadOnlySpan<char> text, int i, (char Lower, byte Kind)[] classes, bool fold, ref int start, WordFeatureCache cache, Span<Vector<double>> sums, Span<int> stopwordHits, Span<int> endingHits, ref Totals totals)
    {
        char raw = text[i];
        if (raw < classes.Length)
        {
            var (lower, kind) = classes[raw];
            if (kind != ScratchWords.NotALetter)
            {
                word[i] = lower;
                start = start < 0 ? i : start;
                return i + 1;
            }
        }
        else if (char.IsLetter(raw))
        {
            char c = char.ToLowerInvariant(raw);
            word[i] = fold ? TextFolding.FoldChar(c) : c;
            start = start < 0 ? i : start;
            return i + 1;
        }

        if (raw is '\'' or '’' && start >= 0)
        {
            // Keep contractions and elisions inside one token ("don't", "l'homme").
            word[i] = '\'';
            return i + 1;
        }

        if (start >= 0)
        {
            totals = Score(start, i, cache, sums, stopwordHits, endingHits, totals);
            start = -1;
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

    /// <summary>Scores the word in the buffer from <paramref name="start"/> to <paramref name="end"/> (apostrophes at its end are not part of it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    private Totals Score(int start, int end, WordFeatureCache cache, Span<Vector<double>> sums, Span<int> stopwordHits, Span<int> endingHits, Totals totals)
    {
        var buffer = word;
        while (buffer[end - 1] == '\'')
        {
            end--;
        }

        end -= start;
        var spelling = buffer.AsSpan(start, end);
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
