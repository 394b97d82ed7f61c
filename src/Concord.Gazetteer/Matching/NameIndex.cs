using System.Collections.Concurrent;
using Concord.Gazetteer.Data;
using Concord.Gazetteer.Languages;
using Concord.Gazetteer.Text;

namespace Concord.Gazetteer.Matching;

/// <summary>Which referents an index holds.</summary>
public enum IndexKind
{
    Places,
    Actors,
}

/// <summary>
/// An alias as the index stores it: its words as stems of the index's language, or, for an alias
/// of another language (<see cref="Exact"/>), as folded words that must match as written.
/// </summary>
public sealed class IndexedAlias(NameAlias alias, bool exact)
{
    // Keys of the words after the first, stemmed when a match first gets that far.
    private string?[]? keys;

    public NameAlias Alias { get; } = alias;

    public bool Exact { get; } = exact;

    public int Length => Alias.FoldedWords.Length;

    /// <summary>The key of word <paramref name="k"/> (stemmed unless exact); later words are stemmed only when a match gets that far.</summary>
    public string Key(int k, Languages.IGazetteerLanguage language)
    {
        if (Exact)
        {
            return Alias.FoldedWords[k];
        }

        keys ??= new string?[Length];
        return keys[k] ??= language.Stem(Alias.FoldedWords[k]);
    }
}

/// <summary>
/// A token trie flattened to one level: aliases grouped by the stem of their first word, each
/// holding the stems of the rest. Built once per (language, kind) from all aliases, stemmed by
/// that language's rules, so inflected forms in the text meet the base forms in the data.
/// Lower-case aliases (demonyms like "armēņu") are indexed only for their own language. Aliases of
/// other languages (French "Arménie", which Latvian rules would cut to the stem of "armēņu") match
/// only as written; English and language-neutral names (GeoNames) take the language's endings, as
/// foreign names do in Latvian or Lithuanian text ("Stepanakertā").
/// </summary>
public sealed class NameIndex
{
    private static readonly ConcurrentDictionary<(string, IndexKind), Lazy<NameIndex>> Cache = new();

    // Most keys start one alias: the value is that IndexedAlias, or a List<IndexedAlias> for several.
    private readonly Dictionary<string, object> byFirstKey;

    // Runs over every alias while the process starts, before tiered compilation would optimise it.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public NameIndex(IGazetteerLanguage language, IEnumerable<NameAlias> aliases, IndexKind kind)
    {
        Language = language;
        byFirstKey = new(kind == IndexKind.Places && aliases is IReadOnlyCollection<NameAlias> all ? all.Count : 0, StringComparer.Ordinal);
        foreach (var alias in aliases)
        {
            if ((kind == IndexKind.Places ? alias.Place is null : alias.Actor is null)
                || (alias.Case == CaseRule.Any && alias.Language.Length > 0 && alias.Language != language.Language))
            {
                continue;
            }

            var exact = alias.Language.Length > 0 && alias.Language != "en" && alias.Language != language.Language;
            var words = alias.FoldedWords;
            if (words.Length == 0)
            {
                continue;
            }

            var first = exact ? words[0] : language.Stem(words[0]);
            var indexed = new IndexedAlias(alias, exact);
            ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(byFirstKey, first, out var known);
            if (!known)
            {
                slot = indexed;
            }
            else if (slot is List<IndexedAlias> list)
            {
                list.Add(indexed);
            }
            else
            {
                slot = new List<IndexedAlias> { (IndexedAlias)slot!, indexed };
            }
        }
    }

    public IGazetteerLanguage Language { get; }

    public int Count => byFirstKey.Count;

    public static NameIndex For(string? language, IndexKind kind)
    {
        var rules = GazetteerLanguages.For(language);
        return Cache.GetOrAdd((rules.Language, kind),
            k => new Lazy<NameIndex>(() => new NameIndex(rules, GazetteerData.Default.Aliases, k.Item2))).Value;
    }

    /// <summary><see cref="StartingWith"/> as an array, in the same order (empty arrays are shared).</summary>
    public IndexedAlias[] Candidates(string stem, string folded)
    {
        var found = new List<IndexedAlias>();
        if (byFirstKey.TryGetValue(stem, out var stemmed))
        {
            AddAll(stemmed, exact: false, found);
        }

        if (byFirstKey.TryGetValue(folded, out var written))
        {
            AddAll(written, exact: true, found);
        }

        return found.Count == 0 ? [] : [.. found];
    }

    /// <summary>Aliases whose first word is this stem or, for exact aliases, this folded word.</summary>
    public IEnumerable<IndexedAlias> StartingWith(string stem, string folded) => Candidates(stem, folded);

    private static void AddAll(object entry, bool exact, List<IndexedAlias> found)
    {
        if (entry is IndexedAlias one)
        {
            if (one.Exact == exact)
            {
                found.Add(one);
            }

            return;
        }

        foreach (var a in (List<IndexedAlias>)entry)
        {
            if (a.Exact == exact)
            {
                found.Add(a);
            }
        }
    }
}
