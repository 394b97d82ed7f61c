using System.Runtime.CompilerServices;

namespace Concord.Language;

/// <summary>
/// The words of one text as language identification reads them (lower case, letters and inner
/// apostrophes, citation markers skipped), kept in one reused character buffer per thread so that
/// ranking a paragraph or a sentence allocates no string per word.
/// </summary>
internal sealed class ScratchWords
{
    [ThreadStatic]
    private static ScratchWords? current;

    internal const byte NotALetter = 0;
    internal const byte Latin = 1;
    internal const byte LatinWithDiacritic = 2;
    internal const byte Cyrillic = 3;
    internal const byte Other = 4;

    internal static readonly (char Lower, byte Kind)[] LetterClasses = BuildLetterClasses();

    /// <summary><see cref="LetterClasses"/> with each lower case letter folded (<see cref="TextFolding.FoldChar"/>): for texts read folded.</summary>
    internal static readonly (char Lower, byte Kind)[] FoldedLetterClasses = Array.ConvertAll(LetterClasses, e => (TextFolding.FoldChar(e.Lower), e.Kind));

    /// <summary>The longest text <see cref="Read"/> takes (its letter counts are 16 bits each).</summary>
    public const int MaxChars = ushort.MaxValue;

    private char[] chars = new char[4096];
    private int[] starts = new int[1024];
    private int[] lengths = new int[1024];
    private int[] hashes = new int[1024];
    private int[] foldedHashes = new int[1024];
    private int used;
    private bool foldChangedWords;

    public int Count { get; private set; }

    public ReadOnlySpan<char> this[int i] => chars.AsSpan(starts[i], lengths[i]);

    /// <summary>The <see cref="WordFeatureCache.HashOf"/> of word <paramref name="i"/> as read, or as <see cref="Fold"/> leaves it.</summary>
    public int HashOf(int i, bool folded) => folded && foldChangedWords ? foldedHashes[i] : hashes[i];

    public static ScratchWords ForThread() => current ??= new ScratchWords();

    /// <summary>Reads the words of <paramref name="text"/>, with its dominant script and its share of Latin letters with diacritics.</summary>
    // Precompiled, not jitted: since session 7 text is ranked by WordTally as it is read; this
    // reader serves only the per-trigram fallback near a tie (a few paragraphs per run).
    public void Read(ReadOnlySpan<char> text, out string? script, out double diacriticShare)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(text.Length, MaxChars);
        Count = 0;
        used = 0;
        foldChangedWords = false;
        if (chars.Length < text.Length)
        {
            chars = new char[Math.Max(text.Length, chars.Length * 2)];
        }

        // The state lives in locals (not fields, a closure or ref arguments) so the loop keeps it in
        // registers; the letters of each script are counted in one packed number (16 bits per kind:
        // a text is at most MaxChars long).
        var buffer = chars;
        var classes = LetterClasses;
        ulong kinds = 0;
        int u = 0, wordStart = 0;
        bool inBrackets = false;
        foreach (char raw in text)
        {
            // Citation markers ("[12]", "[lower-alpha 6]") say nothing about the language.
            if (raw == '[')
            {
                inBrackets = true;
            }
            else if (raw == ']')
            {
                inBrackets = false;
                u = wordStart = EndWord(u, wordStart);
                continue;
            }

            if (raw < classes.Length)
            {
                // Latin and Cyrillic: letter, lower case and script from one table entry.
                var (lower, kind) = classes[raw];
                if (kind != NotALetter && !inBrackets)
                {
                    buffer[u++] = lower;
                    kinds += 1UL << ((kind - 1) << 4);
                    continue;
                }
            }
            else if (!inBrackets && char.IsLetter(raw))
            {
                char c = char.ToLowerInvariant(raw);
                buffer[u++] = c;
                kinds += 1UL << ((KindOf(c) - 1) << 4);
                continue;
            }

            if (raw is '\'' or '’' && u > wordStart)
            {
                // Keep contractions and elisions inside one token ("don't", "l'homme").
                buffer[u++] = '\'';
            }
            else
            {
                u = wordStart = EndWord(u, wordStart);
            }
        }

        u = EndWord(u, wordStart);
        used = u;
        int latin = KindCount(kinds, Latin) + KindCount(kinds, LatinWithDiacritic), diacritics = KindCount(kinds, LatinWithDiacritic);
        int cyrillic = KindCount(kinds, Cyrillic), other = KindCount(kinds, Other);
        int letters = latin + cyrillic + other;
        script = letters == 0 ? null
            : latin >= cyrillic && latin >= other ? "Latin"
            : cyrillic >= other ? "Cyrillic"
            : null;
        diacriticShare = latin == 0 ? 0 : (double)diacritics / latin;
    }

    /// <summary>
    /// Ends the word being read, if any: a word starts with a letter, and apostrophes at its end
    /// are not part of it. Returns where the next word starts in the buffer. The word is hashed
    /// here, in one tight loop over its letters, not letter by letter as it is read.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int EndWord(int u, int wordStart)
    {
        if (u > wordStart)
        {
            int end = u;
            while (chars[end - 1] == '\'')
            {
                end--;
            }

            Add(wordStart, end - wordStart, WordFeatureCache.HashOf(chars.AsSpan(wordStart, end - wordStart)));
            return end;
        }

        return u;
    }

    /// <summary>The letters of one script class counted in a packed number of <see cref="Read"/>.</summary>
    internal static int KindCount(ulong kinds, byte kind) => (int)((kinds >> ((kind - 1) << 4)) & 0xFFFF);

    /// <summary>The script class of a lower-case letter.</summary>
    internal static byte KindOf(char c) =>
        c < 0x250 ? (TextFolding.IsLatinDiacritic(c) ? LatinWithDiacritic : Latin)
        : c is >= '\u0400' and <= '\u04FF' ? Cyrillic
        : Other;

    /// <summary>
    /// For every character below U+0500 (Latin and Cyrillic): its lower case and the script class
    /// of that lower case, or <see cref="NotALetter"/> (what char.IsLetter, ToLowerInvariant and
    /// the diacritic test would say, computed once).
    /// </summary>
    private static (char Lower, byte Kind)[] BuildLetterClasses()
    {
        var table = new (char, byte)[0x500];
        for (int i = 0; i < table.Length; i++)
        {
            char raw = (char)i;
            if (!char.IsLetter(raw))
            {
                table[i] = (raw, NotALetter);
                continue;
            }

            char c = raw < 0x80 ? (char)(raw is >= 'A' and <= 'Z' ? raw + ('a' - 'A') : raw) : char.ToLowerInvariant(raw);
            table[i] = (c, KindOf(c));
        }

        return table;
    }

    /// <summary>True when some word has a character outside ASCII (only those can fold).</summary>
    private bool HasNonAscii() => chars.AsSpan(0, used).ContainsAnyExceptInRange((char)0, (char)0x7F);

    /// <summary>
    /// Folds every word's diacritics in place ("š" → "s") and hashes the words that changed again.
    /// Most texts are not folded (they have diacritics, or only ASCII, which folding leaves as it
    /// is), so the folded hashes are computed here and not for every letter read.
    /// </summary>
    public void Fold()
    {
        if (!HasNonAscii())
        {
            return;
        }

        for (int i = 0; i < used; i++)
        {
            chars[i] = TextFolding.FoldChar(chars[i]);
        }

        for (int i = 0; i < Count; i++)
        {
            foldedHashes[i] = WordFeatureCache.HashOf(this[i]);
        }

        foldChangedWords = true;
    }

    private void Add(int start, int length, int hash)
    {
        if (Count == starts.Length)
        {
            Array.Resize(ref starts, Count * 2);
            Array.Resize(ref lengths, Count * 2);
            Array.Resize(ref hashes, Count * 2);
            Array.Resize(ref foldedHashes, Count * 2);
        }

        starts[Count] = start;
        lengths[Count] = length;
        hashes[Count] = hash;
        Count++;
    }
}
