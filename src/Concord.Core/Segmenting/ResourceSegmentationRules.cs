using Concord.Language;
using Concord.Model;

namespace Concord.Segmenting;

/// <summary>
/// Segmentation rules read from the language's resource file (Segmenting/Resources/&lt;code&gt;.txt),
/// sections "[abbreviations]", "[non-terminal]", "[sections]" (Title = Kind), "[citation-markers]",
/// "[navigation]" and "[options]" ("ordinal-dots"). A language adds a resource file and a one-line subclass.
/// </summary>
public abstract class ResourceSegmentationRules : ISegmentationRules
{
    protected ResourceSegmentationRules(string language)
    {
        Language = language;
        var abbreviations = new HashSet<string>(StringComparer.Ordinal);
        var nonTerminal = new HashSet<string>(StringComparer.Ordinal);
        var sections = new Dictionary<string, SectionKind>(StringComparer.Ordinal);
        var citation = new List<string>();
        var navigation = new List<string>();
        string current = string.Empty;
        foreach (var raw in ReadResource(language).Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                current = line[1..^1];
                continue;
            }

            switch (current)
            {
                case "abbreviations":
                    abbreviations.Add(line.ToLowerInvariant());
                    break;
                case "non-terminal":
                    nonTerminal.Add(line.ToLowerInvariant());
                    break;
                case "sections":
                    var parts = line.Split('=', 2, StringSplitOptions.TrimEntries);
                    if (parts.Length == 2 && Enum.TryParse<SectionKind>(parts[1], out var kind))
                    {
                        sections[Key(parts[0])] = kind;
                    }

                    break;
                case "citation-markers":
                    citation.Add(line);
                    break;
                case "navigation":
                    navigation.Add(Key(line));
                    break;
                case "options":
                    OrdinalDots |= line == "ordinal-dots";
                    CapitalisesNouns |= line == "capitalised-nouns";
                    break;
            }
        }

        Abbreviations = abbreviations;
        NonTerminalAbbreviations = nonTerminal;
        SectionTitles = sections;
        CitationMarkers = citation;
        NavigationLines = navigation;
    }

    public string Language { get; }

    public IReadOnlySet<string> Abbreviations { get; }

    public IReadOnlySet<string> NonTerminalAbbreviations { get; }

    public IReadOnlyDictionary<string, SectionKind> SectionTitles { get; }

    public IReadOnlyList<string> CitationMarkers { get; }

    public IReadOnlyList<string> NavigationLines { get; }

    public bool OrdinalDots { get; }

    public bool CapitalisesNouns { get; }

    /// <summary>The comparison key of a title or navigation line: folded, lower case, without end punctuation.</summary>
    public static string Key(string line) =>
        TextFolding.Fold(line.Trim().TrimEnd(':', '.', ' ', '\u00A0')).ToLowerInvariant();

    /// <summary>The length of <see cref="Key"/>(<paramref name="line"/>), without computing the key.</summary>
    public static int KeyLength(ReadOnlySpan<char> line) => line.Trim().TrimEnd(":. \u00A0").Length;

    private static string ReadResource(string language)
    {
        var assembly = typeof(ResourceSegmentationRules).Assembly;
        var name = assembly.GetManifestResourceNames()
            .FirstOrDefault(n => n.EndsWith($".Segmenting.Resources.{language}.txt", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No segmentation resource for language '{language}'.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
