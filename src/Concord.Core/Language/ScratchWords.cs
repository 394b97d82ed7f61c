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

    private char[] chars = new char[4096];
    private int[] starts = new int[1024];
    private int[] lengths = new int[1024];
    private int used;

    public int Count { get; private set; }

    public ReadOnlySpan<char> this[int i] => chars.AsSpan(starts[i], lengths[i]);

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

            if (!inBrackets && char.IsLetter(raw))
            {
                char c = raw < 0x80 ? (char)(raw is >= 'A' and <= 'Z' ? raw + ('a' - 'A') : raw) : char.ToLowerInvariant(raw);
                chars[used++] = c;
                if (c < 0x250)
                {
                    latin++;
                    if (TextFolding.IsLatinDiacritic(c))
                    {
                        diacritics++;
                    }
                }
                else if (c is >= '\u0400' and <= '\u04FF')
                {
                    cyrillic++;
                }
                else
                {
                    other++;
                }
            }
            else if (raw is '\'' or '’' && used > wordStart)
            {
                // Keep contractions and elisions inside one token ("don't", "l'homme").
                chars[used++] = '\'';
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
            }
        }
    }

    /// <summary>Folds every word's diacritics in place ("š" → "s").</summary>
    public void Fold()
    {
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
        }

        starts[Count] = start;
        lengths[Count] = length;
        Count++;
    }
}
