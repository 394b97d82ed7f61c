using System.Text.RegularExpressions;

namespace Concord.Segmenting;

/// <summary>
/// Tells a bibliographic citation from prose: ISBN/DOI/URL, "pp. 12", a back-link caret, a title in
/// quotes followed by a dot («Title». Publisher.), or a language's citation words ("Retrieved",
/// "Skatīts:"). Used to find reference lists that have no heading (or lost it when flattened).
/// </summary>
public sealed partial class CitationLikeness(IEnumerable<ISegmentationRules> rules)
{
    private readonly string[] markers = rules.SelectMany(r => r.CitationMarkers).Distinct(StringComparer.Ordinal).ToArray();

    public bool IsCitation(ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return false;
        }

        if (trimmed[0] == '^' || trimmed[0] == '↑')
        {
            return true;
        }

        var s = trimmed.ToString();
        foreach (var marker in markers)
        {
            if (s.Contains(marker, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return GenericCitation().IsMatch(s) || QuotedTitle().IsMatch(s) || BareDomain().IsMatch(s);
    }

    /// <summary>A sentence that reads as prose: several words, most of them lower case.</summary>
    public static bool IsProse(ReadOnlySpan<char> text) => IsProse(text, capitalisesNouns: false);

    /// <summary>
    /// A sentence that reads as prose: several words, half of them lower case, or a third in a
    /// language that capitalises every noun (German prose is about 40% lower-case words, a
    /// table row of names and figures far less).
    /// </summary>
    public static bool IsProse(ReadOnlySpan<char> text, bool capitalisesNouns)
    {
        int words = 0, lower = 0;
        foreach (var range in text.Split(' '))
        {
            var w = text[range].Trim("\"'«“(");
            if (w.Length == 0)
            {
                continue;
            }

            words++;
            if (char.IsLower(w[0]))
            {
                lower++;
            }
        }

        return words >= 5 && lower * (capitalisesNouns ? 3 : 2) >= words;
    }

    [GeneratedRegex(@"\bISBN\b|\bISSN\b|\bdoi:|https?://|\bwww\.|\bpp?\.\s?\d|\bArchived\b|\s//\s|№\s?\d", RegexOptions.CultureInvariant)]
    private static partial Regex GenericCitation();

    [GeneratedRegex(@"^(?:\d{1,4}\.\s+)?[«“""„][^«»“”""]{3,250}[»”""][.,]", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedTitle();

    [GeneratedRegex(@"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?:/\S*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex BareDomain();
}
