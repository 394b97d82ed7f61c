using System.Buffers;
using System.Text.RegularExpressions;

namespace Concord.Segmenting;

/// <summary>
/// Tells a bibliographic citation from prose: ISBN/DOI/URL, "pp. 12", a back-link caret, a title in
/// quotes followed by a dot («Title». Publisher.), or a language's citation words ("Retrieved",
/// "Skatīts:"). Used to find reference lists that have no heading (or lost it when flattened).
/// </summary>
public sealed partial class CitationLikeness(IEnumerable<ISegmentationRules> rules)
{
    /// <summary>The group of the language's citation words in <see cref="cues"/>.</summary>
    private const uint Marker = 1;

    /// <summary>
    /// The group of the strings one of which every alternative of <see cref="GenericCitation"/>
    /// needs in its match ("https?://" needs "//"): a text with none of them cannot match, so most
    /// prose skips the regex.
    /// </summary>
    private const uint GenericCue = 2;

    private static readonly string[] GenericCitationCues = ["ISBN", "ISSN", "doi:", "www.", "p.", "//", "№", "Archived"];

    /// <summary>Both groups in one scanner: a text is read once for both.</summary>
    private readonly AnchoredStrings cues = new(Grouped(rules));

    private static (string, uint)[] Grouped(IEnumerable<ISegmentationRules> rules)
    {
        var markers = new List<string>();
        foreach (var r in rules)
        {
            markers.AddRange(r.CitationMarkers);
        }

        var all = new (string, uint)[markers.Count + GenericCitationCues.Length];
        for (int i = 0; i < markers.Count; i++)
        {
            all[i] = (markers[i], Marker);
        }

        for (int i = 0; i < GenericCitationCues.Length; i++)
        {
            all[markers.Count + i] = (GenericCitationCues[i], GenericCue);
        }

        return all;
    }

    public bool IsCitation(ReadOnlySpan<char> text) => IsCitation(text, CitationCues.Unknown, out _);

    /// <summary>
    /// Whether <paramref name="text"/> reads as a citation, where <paramref name="within"/> says which
    /// cues the enclosing text lacks (a part of a text has no string the whole lacks, so those scans
    /// are skipped); <paramref name="found"/> says which cues this text was seen to lack, for its parts.
    /// </summary>
    public bool IsCitation(ReadOnlySpan<char> text, CitationCues within, out CitationCues found)
    {
        found = CitationCues.Unknown;
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return false;
        }

        if (trimmed[0] == '^' || trimmed[0] == '↑')
        {
            return true;
        }

        // One scan for the citation words and the generic cues, ended by a citation word.
        uint wanted = (within.MayHaveMarker ? Marker : 0) | (within.MayHaveGenericCue ? GenericCue : 0);
        uint present = cues.Find(trimmed, wanted, stopOn: Marker);
        if ((present & Marker) != 0)
        {
            return true;
        }

        // Each regex runs only where it can match: the generic one where one of its literal cues
        // occurs, the quoted title on a line opening with a number or a quote, the bare domain
        // on a line without whitespace (its pattern matches none).
        bool genericCue = (present & GenericCue) != 0;
        found = new CitationCues(MayHaveMarker: false, MayHaveGenericCue: genericCue);
        return (genericCue && GenericCitation().IsMatch(trimmed))
            || (OpensLikeQuotedTitle(trimmed[0]) && QuotedTitle().IsMatch(trimmed))
            || (!trimmed.ContainsAny(Whitespace) && BareDomain().IsMatch(trimmed));
    }

    private static readonly SearchValues<char> Whitespace = SearchValues.Create(WhitespaceChars());

    private static bool OpensLikeQuotedTitle(char first) => char.IsDigit(first) || first is '«' or '“' or '"' or '„';

    /// <summary>All characters <c>\s</c> matches (char.IsWhiteSpace), for the bare-domain prefilter.</summary>
    private static char[] WhitespaceChars()
    {
        var chars = new List<char>();
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsWhiteSpace((char)c))
            {
                chars.Add((char)c);
            }
        }

        return [.. chars];
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

/// <summary>Which citation cues a text may contain: false means it was scanned and has none (nor has any part of it).</summary>
public readonly record struct CitationCues(bool MayHaveMarker, bool MayHaveGenericCue)
{
    /// <summary>Not scanned: every cue may occur.</summary>
    public static CitationCues Unknown => new(true, true);
}
