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

    // Plain loops, not LINQ: this runs once per process, and each LINQ operator over these types is
    // compiled (fully optimised, QuickJit is off) for that one call.
    private LanguageProfile(string language, string name, string script, string[] trigrams, List<string> stopwords, List<string> endings)
    {
        Endings = endings;
        var foldedEndings = new List<string>(endings.Count);
        var seenEndings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ending in endings)
        {
            var folded = TextFolding.Fold(ending);
            if (seenEndings.Add(folded))
            {
                foldedEndings.Add(folded);
            }
        }

        FoldedEndings = foldedEndings;
        Language = language;
        Name = name;
        Script = script;
        TrigramRanks = Ranks(trigrams, fold: false);
        FoldedTrigramRanks = Ranks(trigrams, fold: true);
        var words = new HashSet<string>(StringComparer.Ordinal);
        var foldedWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in stopwords)
        {
            if (words.Add(word))
            {
                foldedWords.Add(TextFolding.Fold(word));
            }
        }

        Stopwords = words;
        FoldedStopwords = foldedWords;
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
        var names = new List<string>();
        foreach (var n in assembly.GetManifestResourceNames())
        {
            if (n.EndsWith(ResourceSuffix, StringComparison.Ordinal))
            {
                names.Add(n);
            }
        }

        names.Sort(StringComparer.Ordinal);
        var profiles = new List<LanguageProfile>(names.Count);
        foreach (var n in names)
        {
            profiles.Add(Load(assembly, n));
        }

        return profiles;
    }

    public static LanguageProfile Parse(string language, string content)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in content.Split('\n'))
        {
            var l = raw.TrimEnd('\r');
            if (l.Length == 0 || l.StartsWith('#'))
            {
                continue;
            }

            var p = l.Split(':', 2);
            if (p.Length == 2)
            {
                fields.Add(p[0].Trim(), p[1]);
            }
        }

        var trigrams = fields.GetValueOrDefault("trigrams", string.Empty).Split('|', StringSplitOptions.RemoveEmptyEntries);
        return new LanguageProfile(
            language,
            fields.GetValueOrDefault("name", language).Trim(),
            fields.GetValueOrDefault("script", "Latin").Trim(),
            trigrams,
            LowerCaseWords(fields.GetValueOrDefault("stopwords", string.Empty)),
            LowerCaseWords(fields.GetValueOrDefault("endings", string.Empty)));
    }

    private static List<string> LowerCaseWords(string field)
    {
        var words = field.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var lower = new List<string>(words.Length);
        foreach (var w in words)
        {
            lower.Add(w.ToLowerInvariant());
        }

        return lower;
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

    private static Dictionary<ulong, int> Ranks(string[] trigrams, bool fold)
    {
        var ranks = new Dictionary<ulong, int>();
        int rank = 0;
        foreach (var written in trigrams)
        {
            var t = fold ? TextFolding.Fold(written) : written;
            if (t.Length == 3)
            {
                ranks.TryAdd(TrigramKey(t[0], t[1], t[2]), rank);
            }

            rank++;
        }

        return ranks;
    }
}
