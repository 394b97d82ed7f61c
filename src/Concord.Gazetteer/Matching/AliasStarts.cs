using Concord.Gazetteer.Data;
using Concord.Gazetteer.Languages;

namespace Concord.Gazetteer.Matching;

/// <summary>
/// The aliases of one index that a word can start, arranged for the matcher: the one-word aliases,
/// and the longer ones by the key their second word must have (as written for exact aliases,
/// stemmed for the rest). A frequent first word ("north", "new", "the") starts hundreds of aliases;
/// the next word's two keys pick the few that can fit, so a token costs a probe or two, not one
/// check per alias.
/// </summary>
internal sealed class AliasStarts
{
    /// <summary>No alias: the one instance for a word that starts none (callers test for it by reference).</summary>
    public static readonly AliasStarts None = new([], null!);

    private readonly Dictionary<string, int[]>? exactBySecond;
    private readonly Dictionary<string, int[]>? stemmedBySecond;

    public AliasStarts(IndexedAlias[] all, IGazetteerLanguage language)
    {
        All = all;
        var singles = new List<IndexedAlias>();
        Dictionary<string, List<int>>? exact = null, stemmed = null;
        for (var at = 0; at < all.Length; at++)
        {
            var a = all[at];
            if (a.Length == 1)
            {
                singles.Add(a);
                continue;
            }

            var byKey = a.Exact ? exact ??= new(StringComparer.Ordinal) : stemmed ??= new(StringComparer.Ordinal);
            var key = a.Key(1, language);
            if (!byKey.TryGetValue(key, out var list))
            {
                byKey[key] = list = [];
            }

            list.Add(at);
        }

        Singles = singles.Count == all.Length ? all : [.. singles];
        exactBySecond = exact?.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
        stemmedBySecond = stemmed?.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
        HasLonger = exact is not null || stemmed is not null;
    }

    /// <summary>All the aliases, in the index's order.</summary>
    public IndexedAlias[] All { get; }

    /// <summary>The one-word aliases, in the index's order.</summary>
    public IndexedAlias[] Singles { get; }

    /// <summary>Whether any alias has more than one word.</summary>
    public bool HasLonger { get; }

    /// <summary>
    /// Positions in <see cref="All"/> of the longer aliases whose second word is written
    /// <paramref name="folded"/> (exact aliases) or stems to <paramref name="stem"/>; two ascending lists
    /// whose merge is the index's order.
    /// </summary>
    /// <summary>
    /// The one-word aliases the word fits (<see cref="NameMatcher"/>: by its case), once the matcher
    /// has worked them out, or <see cref="NoneFitting"/> when none does; null until then. An instance
    /// belongs to one word form, so the answer is that form's at every occurrence. The list is shared
    /// by every hit of the form: read only, as every hit's list (<see cref="NameHit"/>).
    /// </summary>
    public List<NameAlias>? FittingSingles
    {
        get => Volatile.Read(ref fittingSingles);
        set => Volatile.Write(ref fittingSingles, value);
    }

    /// <summary>What <see cref="FittingSingles"/> holds when no one-word alias fits.</summary>
    public static readonly List<NameAlias> NoneFitting = [];

    private List<NameAlias>? fittingSingles;

    public (int[] Exact, int[] Stemmed) LongerWithSecond(string folded, string stem) =>
        (exactBySecond?.GetValueOrDefault(folded) ?? [], stemmedBySecond?.GetValueOrDefault(stem) ?? []);
}
