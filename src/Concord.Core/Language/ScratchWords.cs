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

    private const byte NotALetter = 0;
    private const byte Latin = 1;
    private const byte LatinWithDiacritic = 2;
    private const byte Cyrillic = 3;
    private const byte Other = 4;

    private static readonly (char Lower, char Folded, byte Kind)[] LetterClasses = BuildLetterClasses();

    private char[] chars = new char[4096];
    private int[] starts = new int[1024];
    private int[] lengths = new int[1024];
    private int[] hashes = new int[1024];
    private int[] foldedHashes = new int[1024];
    private int hash;
    private int foldedHash;
    private int hashAtLetter;
    private int foldedHashAtLetter;
    private int used;

    public int Count { get; private set; }

    public ReadOnlySpan<char> this[int i] => chars.AsSpan(starts[i], lengths[i]);

    /// <summary>The <see cref="WordFeatureCache.HashOf"/> of word <paramref name="i"/> as read, or as <see cref="Fold"/> leaves it.</summary>
    public int HashOf(int i, bool folded) => folded ? foldedHashes[i] : hashes[i];

    public static ScratchWords ForThread() => current ??= new ScratchWords();

    /// <summary>Reads the words of <paramref name="text"/>, with its dominant script and its share of Latin letters with diacritics.</summary>
    public void Read(ReadOnlySpan<char> text, out string? script, out double diacriticShare)
    {
        Count = 0;
        used = 0;
        if (chars.Length < text.Length)
        {
            chars = new char[Math.Max(text.Length, chars.Length * 2)];
        }

        int latin = 0, cyrillic = 0, other = 0, diacritics = 0;
        int wordStart = 0;
        bool inBrackets = false;
        var classes = LetterClasses;
        hash = foldedHash = hashAtLetter = foldedHashAtLetter = WordFeatureCache.HashSeed;
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
                Flush();
                continue;
            }

            if (raw < classes.Length)
            {
                // Latin and Cyrillic: letter, lower case and script from one table entry.
                var (lower, folded, kind) = classes[raw];
                if (kind != NotALetter && !inBrackets)
                {
                    chars[used++] = lower;
                    hashAtLetter = hash = WordFeatureCache.Hash(hash, lower);
                    foldedHashAtLetter = foldedHash = WordFeatureCache.Hash(foldedHash, folded);
                    switch (kind)
                    {
                        case Latin:
                            latin++;
                            break;
                        case LatinWithDiacritic:
                            latin++;
                            diacritics++;
                            break;
                        case Cyrillic:
                            cyrillic++;
                            break;
                        default:
                            other++;
                            break;
                    }

                    continue;
                }
            }
            else if (!inBrackets && char.IsLetter(raw))
            {
                AddLetter(char.ToLowerInvariant(raw), ref latin, ref cyrillic, ref other, ref diacritics);
                continue;
            }

            if (raw is '\'' or '’' && used > wordStart)
            {
                // Keep contractions and elisions inside one token ("don't", "l'homme").
                chars[used++] = '\'';
                hash = WordFeatureCache.Hash(hash, '\'');
                foldedHash = WordFeatureCache.Hash(foldedHash, '\'');
            }
            else
            {
                Flush();
            }
        }

        Flush();
        int letters = latin + cyrillic + other;
        script = letters == 0 ? null
            : latin >= cyrillic && latin >= other ? "Latin"
            : cyrillic >= other ? "Cyrillic"
            : null;
        diacriticShare = latin == 0 ? 0 : (double)diacritics / latin;

        void Flush()
        {
            if (used > wordStart)
            {
                // A word starts with a letter; apostrophes at its end are not part of it.
                int end = used;
                while (chars[end - 1] == '\'')
                {
                    end--;
                }

                Add(wordStart, end - wordStart);
                used = end;
                wordStart = used;
                hash = foldedHash = hashAtLetter = foldedHashAtLetter = WordFeatureCache.HashSeed;
            }
        }
    }

    private void AddLetter(char c, ref int latin, ref int cyrillic, ref int other, ref int diacritics)
    {
        chars[used++] = c;
        hashAtLetter = hash = WordFeatureCache.Hash(hash, c);
        foldedHashAtLetter = foldedHash = WordFeatureCache.Hash(foldedHash, TextFolding.FoldChar(c));
        switch (KindOf(c))
        {
            case Latin:
                latin++;
                break;
            case LatinWithDiacritic:
                latin++;
                diacritics++;
                break;
            case Cyrillic:
                cyrillic++;
                break;
            default:
                other++;
                break;
        }
    }

    /// <summary>The script class of a lower-case letter.</summary>
    private static byte KindOf(char c) =>
        c < 0x250 ? (TextFolding.IsLatinDiacritic(c) ? LatinWithDiacritic : Latin)
        : c is >= '\u0400' and <= '\u04FF' ? Cyrillic
        : Other;

    /// <summary>
    /// For every character below U+0500 (Latin and Cyrillic): its lower case and the script class
    /// of that lower case, or <see cref="NotALetter"/> (what char.IsLetter, ToLowerInvariant and
    /// the diacritic test would say, computed once).
    /// </summary>
    private static (char Lower, char Folded, byte Kind)[] BuildLetterClasses()
    {
        var table = new (char, char, byte)[0x500];
        for (int i = 0; i < table.Length; i++)
        {
            char raw = (char)i;
            if (!char.IsLetter(raw))
            {
                table[i] = (raw, raw, NotALetter);
                continue;
            }

            char c = raw < 0x80 ? (char)(raw is >= 'A' and <= 'Z' ? raw + ('a' - 'A') : raw) : char.ToLowerInvariant(raw);
            table[i] = (c, TextFolding.FoldChar(c), KindOf(c));
        }

        return table;
    }

    /// <summary>True when some word has a character outside ASCII (only those can fold).</summary>
    private bool HasNonAscii() => chars.AsSpan(0, used).ContainsAnyExceptInRange((char)0, (char)0x7F);

    /// <summary>Folds every word's diacritics in place ("š" → "s").</summary>
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
    }

    private void Add(int start, int length)
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
        hashes[Count] = hashAtLetter;
        foldedHashes[Count] = foldedHashAtLetter;
        Count++;
    }
}
