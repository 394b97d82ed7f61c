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

    private readonly Dictionary<string, List<IndexedAlias>> byFirstKey = new(StringComparer.Ordinal);

    public NameIndex(IGazetteerLanguage language, IEnumerable<NameAlias> aliases, IndexKind kind)
    {
        Language = language;
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
            if (!byFirstKey.TryGetValue(first, out var list))
            {
                list = [];
                byFirstKey[first] = list;
            }

            list.Add(new IndexedAlias(alias, exact));
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
        var found = 0;
        foreach (var _ in StartingWith(stem, folded))
        {
            found++;
        }

        return found == 0 ? [] : [.. StartingWith(stem, folded)];
    }

    /// <summary>Aliases whose first word is this stem or, for exact aliases, this folded word.</summary>
    public IEnumerable<IndexedAlias> StartingWith(string stem, string folded)
    {
        if (byFirstKey.TryGetValue(stem, out var stemmed))
        {
            foreach (var a in stemmed)
            {
                if (!a.Exact)
                {
                    yield return a;
                }
            }
        }

        if (byFirstKey.TryGetValue(folded, out var written))
        {
            foreach (var a in written)
            {
                if (a.Exact)
                {
                    yield return a;
                }
            }
        }
    }
}
