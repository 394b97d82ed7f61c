using System.Reflection;

namespace Concord.Language;

/// <summary>
/// What Concord knows about one language for identification, loaded from its resource file
/// (Language/Profiles/&lt;code&gt;.profile.txt): its script, its most frequent character trigrams in
/// rank order and its function words. Both are also kept diacritic-folded so that text typed
/// without diacritics still matches.
/// </summary>
public sealed class LanguageProfile
{
    private const string ResourceSuffix = ".profile.txt";

    private LanguageProfile(string language, string name, string script, IReadOnlyList<string> trigrams, IEnumerable<string> stopwords, IEnumerable<string> endings)
    {
        Endings = endings.ToList();
        FoldedEndings = Endings.Select(TextFolding.Fold).Distinct(StringComparer.Ordinal).ToList();
        Language = language;
        Name = name;
        Script = script;
        TrigramRanks = Ranks(trigrams);
        FoldedTrigramRanks = Ranks(trigrams.Select(TextFolding.Fold));
        Stopwords = stopwords.ToHashSet(StringComparer.Ordinal);
        FoldedStopwords = Stopwords.Select(TextFolding.Fold).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>ISO 639-1 code.</summary>
    public string Language { get; }

    public string Name { get; }

    /// <summary>Writing system ("Latin", "Cyrillic").</summary>
    public string Script { get; }

    /// <summary>Rank of each frequent trigram (0 = most frequent), keyed by <see cref="TrigramKey"/>.</summary>
    public IReadOnlyDictionary<ulong, int> TrigramRanks { get; }

    public IReadOnlyDictionary<ulong, int> FoldedTrigramRanks { get; }

    /// <summary>Three UTF-16 characters packed into one number: no string per trigram when scoring.</summary>
    public static ulong TrigramKey(char a, char b, char c) => ((ulong)a << 32) | ((ulong)b << 16) | c;

    public IReadOnlySet<string> Stopwords { get; }

    public IReadOnlySet<string> FoldedStopwords { get; }

    /// <summary>Word endings typical of this language and rare in its neighbours (Lithuanian "-o", "-ių").</summary>
    public IReadOnlyList<string> Endings { get; }

    public IReadOnlyList<string> FoldedEndings { get; }

    /// <summary>All profiles embedded in this assembly: one resource file per language.</summary>
    public static IReadOnlyList<LanguageProfile> LoadEmbedded()
    {
        var assembly = typeof(LanguageProfile).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(ResourceSuffix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => Load(assembly, n))
            .ToList();
    }

    public static LanguageProfile Parse(string language, string content)
    {
        var fields = content.Split('\n')
            .Select(l => l.TrimEnd('\r'))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(':', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0].Trim(), p => p[1], StringComparer.Ordinal);
        var trigrams = fields.GetValueOrDefault("trigrams", string.Empty).Split('|', StringSplitOptions.RemoveEmptyEntries);
        var stopwords = fields.GetValueOrDefault("stopwords", string.Empty)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => w.ToLowerInvariant());
        return new LanguageProfile(
            language,
            fields.GetValueOrDefault("name", language).Trim(),
            fields.GetValueOrDefault("script", "Latin").Trim(),
            trigrams,
            stopwords,
            fields.GetValueOrDefault("endings", string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(w => w.ToLowerInvariant()));
    }

    private static LanguageProfile Load(Assembly assembly, string resourceName)
    {
        // Resource names end "...Profiles.<code>.profile.txt".
        var withoutSuffix = resourceName[..^ResourceSuffix.Length];
        var code = withoutSuffix[(withoutSuffix.LastIndexOf('.') + 1)..];
        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return Parse(code, reader.ReadToEnd());
    }

    private static Dictionary<ulong, int> Ranks(IEnumerable<string> trigrams)
    {
        var ranks = new Dictionary<ulong, int>();
        int rank = 0;
        foreach (var t in trigrams)
        {
            if (t.Length == 3)
            {
                ranks.TryAdd(TrigramKey(t[0], t[1], t[2]), rank);
            }

            rank++;
        }

        return ranks;
    }
}
