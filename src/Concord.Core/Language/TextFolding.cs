using System.Globalization;
using System.Text;

namespace Concord.Language;

/// <summary>
/// Diacritic folding ("š" → "s", "ā" → "a", "ł" → "l"): text typed without diacritics (common in
/// Lithuanian and Latvian chat, essays and transliterated names) is compared with folded profiles.
/// </summary>
public static class TextFolding
{
    public static string Fold(string s)
    {
        bool ascii = true;
        foreach (char c in s)
        {
            if (c > 0x7F)
            {
                ascii = false;
                break;
            }
        }

        if (ascii)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            sb.Append(FoldChar(c));
        }

        return sb.ToString();
    }

    /// <summary>Folded forms of U+0080..U+024F (Latin-1 Supplement and Latin Extended-A/B), computed once.</summary>
    private static readonly char[] LatinTable = BuildLatinTable();

    public static char FoldChar(char c)
    {
        if (c < 0x80)
        {
            return c;
        }

        if (c < 0x250)
        {
            return LatinTable[c - 0x80];
        }

        // Dashes, quotes and other scripts: decomposed once per character, then remembered
        // ('\0' = not yet computed; racing threads compute the same value).
        ref char known = ref OtherTable[c - 0x250];
        if (known == '\0')
        {
            known = FoldSlow(c);
        }

        return known;
    }

    private static readonly char[] OtherTable = new char[0x10000 - 0x250];

    private static char[] BuildLatinTable()
    {
        var table = new char[0x250 - 0x80];
        for (int i = 0; i < table.Length; i++)
        {
            table[i] = FoldSlow((char)(i + 0x80));
        }

        return table;
    }

    private static char FoldSlow(char c)
    {
        switch (c)
        {
            case 'ł': return 'l';
            case 'Ł': return 'L';
            case 'ø': return 'o';
            case 'Ø': return 'O';
            case 'đ': return 'd';
            case 'ı': return 'i';
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (char d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                return d;
            }
        }

        return c;
    }

    /// <summary>True for a Latin letter outside ASCII (a letter with a diacritic).</summary>
    public static bool IsLatinDiacritic(char c) => c is >= '\u00C0' and <= '\u024F' && char.IsLetter(c) && FoldChar(c) != c;
}
