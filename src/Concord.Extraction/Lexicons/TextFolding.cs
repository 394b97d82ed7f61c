using System.Globalization;
using System.Text;

namespace Concord.Extraction.Lexicons;

/// <summary>
/// Lower-cases and strips diacritics character by character, keeping the length, so a match on
/// the folded text has the same offsets in the original. Typographic dashes and quotes become ASCII.
/// </summary>
public static class TextFolding
{
    private static readonly char[] Map = BuildMap();

    public static string Fold(string text)
    {
        return string.Create(text.Length, text, static (dst, src) =>
        {
            for (int i = 0; i < src.Length; i++)
            {
                dst[i] = Map[src[i]];
            }
        });
    }

    private static char[] BuildMap()
    {
        var map = new char[65536];
        for (int c = 0; c < map.Length; c++)
        {
            char ch = (char)c;
            if (char.IsSurrogate(ch))
            {
                map[c] = ch;
                continue;
            }

            char lower = char.ToLowerInvariant(ch);
            if (lower < 0x80 || !char.IsLetter(lower))
            {
                map[c] = lower;
                continue;
            }

            string decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
            char baseChar = decomposed.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(decomposed[0]) != UnicodeCategory.NonSpacingMark
                ? decomposed[0]
                : lower;
            map[c] = baseChar switch
            {
                '\u2013' or '\u2014' or '\u2212' => '-',
                '\u2018' or '\u2019' => '\'',
                '\u201C' or '\u201D' or '\u201E' => '"',
                '\u00A0' => ' ',
                _ => baseChar,
            };
        }

        // Dashes used as separators keep a distinct form so " — " clause breaks still match.
        map['\u2014'] = '\u2014';
        return map;
    }
}
