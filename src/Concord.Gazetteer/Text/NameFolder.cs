using System.Globalization;
using System.Text;

namespace Concord.Gazetteer.Text;

/// <summary>
/// Folds a name for matching: lower case, diacritics removed ("Šušā" → "susa", "Azerbaïdjan" →
/// "azerbaidjan"), typographic apostrophes unified. Texts typed without diacritics (a common
/// habit in Lithuanian and Latvian online writing) then meet the gazetteer's spelled forms.
/// </summary>
public static class NameFolder
{
    // Folded form per UTF-16 unit, filled on first use (benign races write equal values).
    private static readonly string?[] Table = new string?[char.MaxValue + 1];

    public static string Fold(ReadOnlySpan<char> text)
    {
        if (System.Text.Ascii.IsValid(text))
        {
            Span<char> lower = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
            System.Text.Ascii.ToLower(text, lower, out _);
            return new string(lower);
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(Table[c] ??= FoldChar(c));
        }

        return sb.ToString();
    }

    /// <summary>
    /// <see cref="Fold"/> written into <paramref name="destination"/>, without a string; false
    /// when it does not fit.
    /// </summary>
    public static bool TryFold(ReadOnlySpan<char> text, Span<char> destination, out int written)
    {
        written = 0;
        if (System.Text.Ascii.IsValid(text))
        {
            if (text.Length > destination.Length)
            {
                return false;
            }

            System.Text.Ascii.ToLower(text, destination, out written);
            return true;
        }

        foreach (var c in text)
        {
            var folded = Table[c] ??= FoldChar(c);
            if (!folded.TryCopyTo(destination[written..]))
            {
                return false;
            }

            written += folded.Length;
        }

        return true;
    }

    private static string FoldChar(char c)
    {
        var sb = new StringBuilder(2);
        AppendFolded(sb, c);
        return sb.ToString();
    }

    private static void AppendFolded(StringBuilder sb, char c)
    {
        if (c < 128)
        {
            sb.Append(char.ToLowerInvariant(c));
            return;
        }

        switch (c)
        {
            case 'ł' or 'Ł': sb.Append('l'); return;
            case 'ø' or 'Ø': sb.Append('o'); return;
            case 'ß': sb.Append("ss"); return;
            case 'æ' or 'Æ': sb.Append("ae"); return;
            case 'đ' or 'Đ': sb.Append('d'); return;
            case 'ı': sb.Append('i'); return;
            case 'ə' or 'Ə': sb.Append('a'); return;
            case '’' or '‘' or 'ʼ': sb.Append('\''); return;
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(d));
            }
        }
    }
}
