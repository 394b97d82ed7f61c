using System.Globalization;
using System.Text;

namespace Concord.Extraction.Lexicons;

/// <summary>
/// Lower-cases and strips diacritics character by character, keeping the length, so a match on
/// the folded text has the same offsets in the original. Characters that are not letters are kept.
/// </summary>
public static class TextFolding
{
    /// <summary>
    /// The folded form of each character, filled in on first sight: building all 65 536 at start
    /// (a Unicode decomposition per letter) cost more than folding a whole corpus. '\0' means not
    /// yet folded (no character but NUL folds to NUL, and NUL is its own form).
    /// </summary>
    private static readonly char[] Map = new char[65536];

    public static string Fold(string text)
    {
        return string.Create(text.Length, text, static (dst, src) =>
        {
            var map = Map;
            int i = 0;
            while (i < src.Length)
            {
                // A run of ASCII folds to its lower case (what FoldOne gives every ASCII character),
                // many characters per instruction; the map serves the rest, one at a time.
                Ascii.ToLower(src.AsSpan(i), dst[i..], out int lowered);
                i += lowered;
                for (; i < src.Length && src[i] >= 0x80; i++)
                {
                    char c = src[i];
                    char folded = map[c];
                    if (folded == '\0')
                    {
                        // Two threads may fold the same character at once; both write the same form.
                        folded = map[c] = FoldOne(c);
                    }

                    dst[i] = folded;
                }
            }
        });
    }

    private static char FoldOne(char ch)
    {
        if (char.IsSurrogate(ch))
        {
            return ch;
        }

        // Anything but a letter stays as it is: dashes and quotes keep their typographic forms, so
        // the lexicons' " — " clause breaks match as written.
        char lower = char.ToLowerInvariant(ch);
        if (lower < 0x80 || !char.IsLetter(lower))
        {
            return lower;
        }

        string decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
        char baseChar = decomposed.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(decomposed[0]) != UnicodeCategory.NonSpacingMark
            ? decomposed[0]
            : lower;
        return baseChar;
    }
}
