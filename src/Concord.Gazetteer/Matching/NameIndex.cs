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

    /// <summary>
    /// The alias as a one-element list, made once: most hits are one alias, and a list per hit was
    /// the matcher's largest allocation. Shared, so hit lists are never changed (see <see cref="NameHit"/>).
    /// </summary>
    internal List<NameAlias> AsList => asList ??= [Alias];

    private List<NameAlias>? asList;

    /// <summary>The alias's number of words (a field: the matcher reads it for every candidate).</summary>
    public readonly int Length = alias.WordCount;

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
/// holding the stems of the rest. One (language, kind) index holds all aliases, stemmed by that
/// language's rules, so inflected forms in the text meet the base forms in the data.
/// Lower-case aliases (demonyms like "armēņu") are indexed only for their own language. Aliases of
/// other languages (French "Arménie", which Latvian rules would cut to the stem of "armēņu") match
/// only as written; English and language-neutral names (GeoNames) take the language's endings, as
/// foreign names do in Latvian or Lithuanian text ("Stepanakertā").
/// </summary>
/// <remarks>
/// For a language whose stems are its words without an ending (<see cref="SuffixStemmingLanguage"/>),
/// the groups are filled on demand: the aliases whose first word stems to S have as first word S
/// or S plus one of the language's endings, so a few probes of the aliases by first word (shared
/// by every language) find them. Only the stems the texts use are ever grouped, instead of stemming
/// all 117,000 aliases for every (language, kind) a run meets. A language that stems a key of the
/// word (<see cref="IKeyedStemming"/>: Russian romanises) probes the first words by their key
/// instead. Other languages are grouped once, in full.
/// </remarks>
public sealed class NameIndex
{
    private static readonly ConcurrentDictionary<(string, IndexKind), Lazy<NameIndex>> Cache = new();

    private static readonly Lazy<FirstWords> SharedFirstWords = new(() => new FirstWords(GazetteerData.Default.Aliases));

    // For languages that stem a key of the word (Russian): the first words that are not their own
    // key, by their key, per language.
    private static readonly ConcurrentDictionary<string, Lazy<Dictionary<string, int[]>>> KeyedFirstWords = new();

    private static int lastSlot;

    private readonly IndexKind kind;
    private readonly FirstWords firstWords;
    private readonly SuffixStemmingLanguage? suffixes;

    // When the language stems keys, not words: key → the first alias of each first word with that
    // key, other than the key itself (a first word that is its own key is found by probing the key).
    private readonly IKeyedStemming? keyed;
    private readonly Dictionary<string, int[]>? byWordKey;

    // Languages without suffix stems: every key with its aliases, built at once. Most keys start
    // one alias: the value is that IndexedAlias, or a List<IndexedAlias> for several.
    private readonly Dictionary<string, object>? byFirstKey;

    // Suffix-stemming languages: the groups found so far, by stem (stemmed aliases) and by folded
    // word (exact aliases); guarded by the lock, as documents may be analysed on several threads.
    private readonly Dictionary<string, IndexedAlias[]> byStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IndexedAlias[]> byWritten = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    private NameIndex(IGazetteerLanguage language, FirstWords firstWords, IndexKind kind)
    {
        Slot = Interlocked.Increment(ref lastSlot) - 1;
        Language = language;
        this.kind = kind;
        this.firstWords = firstWords;
        suffixes = language as SuffixStemmingLanguage;
        if (language is IKeyedStemming keyedStemming)
        {
            keyed = keyedStemming;
            suffixes = keyedStemming.KeyEndings;
            byWordKey = KeyedFirstWords.GetOrAdd(language.Language,
                _ => new Lazy<Dictionary<string, int[]>>(() => firstWords.KeyedExceptions(keyedStemming))).Value;
        }

        if (suffixes is null)
        {
            byFirstKey = BuildAll(firstWords.Aliases);
        }
    }

    public IGazetteerLanguage Language { get; }

    /// <summary>A small number of its own (indexes are made once per language and kind), under which word forms remember their candidates here.</summary>
    internal int Slot { get; }

    public static NameIndex For(string? language, IndexKind kind)
    {
        var rules = GazetteerLanguages.For(language);
        return Cache.GetOrAdd((rules.Language, kind),
            k => new Lazy<NameIndex>(() => new NameIndex(rules, SharedFirstWords.Value, k.Item2))).Value;
    }

    /// <summary>
    /// The aliases whose first word stems to <paramref name="stem"/> (in this language's rules),
    /// then the exact aliases whose first word is <paramref name="folded"/>; each group in the
    /// order of the gazetteer's aliases. The arrays are shared: callers must not change them.
    /// </summary>
    public IndexedAlias[] Candidates(string stem, string folded)
    {
        if (byFirstKey is not null)
        {
            return CandidatesBuilt(stem, folded);
        }

        IndexedAlias[]? stemmed, written;
        lock (gate)
        {
            if (!byStem.TryGetValue(stem, out stemmed))
            {
                byStem[stem] = stemmed = FindStemmed(stem);
            }

            if (!byWritten.TryGetValue(folded, out written))
            {
                byWritten[folded] = written = FindWritten(folded);
            }
        }

        return written.Length == 0 ? stemmed : stemmed.Length == 0 ? written : [.. stemmed, .. written];
    }

    /// <summary>Whether the index holds <paramref name="alias"/>, and whether as written only.</summary>
    private bool Holds(NameAlias alias, out bool exact)
    {
        exact = alias.Language.Length > 0 && alias.Language != "en" && alias.Language != Language.Language;
        return (kind == IndexKind.Places ? alias.Place is not null : alias.Actor is not null)
            && !(alias.Language.Length > 0 && alias.Language != Language.Language && alias.Case == CaseRule.Any);
    }

    private IndexedAlias[] FindStemmed(string stem)
    {
        var found = new List<int>();
        AddStemmed(stem, stem, found);
        Span<char> word = stackalloc char[stem.Length + 16];
        stem.AsSpan().CopyTo(word);
        foreach (var ending in suffixes!.Endings)
        {
            if (ending.Length > 16)
            {
                AddStemmed(string.Concat(stem, ending), stem, found);
                continue;
            }

            ending.AsSpan().CopyTo(word[stem.Length..]);
            AddStemmed(word[..(stem.Length + ending.Length)], stem, found);
        }

        if (found.Count == 0)
        {
            return [];
        }

        found.Sort(); // the gazetteer's order, as one pass over its aliases would meet them
        var result = new IndexedAlias[found.Count];
        for (var k = 0; k < result.Length; k++)
        {
            result[k] = new IndexedAlias(firstWords.Aliases[found[k]], exact: false);
        }

        return result;
    }

    /// <summary>The stemmed aliases whose first word (or its key) is <paramref name="word"/>, if that stems to <paramref name="stem"/>.</summary>
    private void AddStemmed(ReadOnlySpan<char> word, string stem, List<int> found)
    {
        if (byWordKey is not null)
        {
            AddKeyed(word, stem, found);
            return;
        }

        if (firstWords.TryFirst(word, out var first) && suffixes!.Stem(word.ToString()) == stem)
        {
            AddStemmedChain(first, found);
        }
    }

    /// <summary>The stemmed aliases whose first word has the key <paramref name="key"/>, if that stems to <paramref name="stem"/>.</summary>
    private void AddKeyed(ReadOnlySpan<char> key, string stem, List<int> found)
    {
        string? keyString = null;
        var own = firstWords.TryFirst(key, out var ownFirst)
                  && (keyed!.KeyIsWord(key) || keyed.WordKey(keyString = key.ToString()) == keyString);
        var others = byWordKey!.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var storedKey, out var firsts);
        if ((!own && !others) || suffixes!.Stem(storedKey ?? keyString ?? key.ToString()) != stem)
        {
            return;
        }

        if (own)
        {
            AddStemmedChain(ownFirst, found);
        }

        if (others)
        {
            foreach (var first in firsts!)
            {
                AddStemmedChain(first, found);
            }
        }
    }

    private void AddStemmedChain(int first, List<int> found)
    {
        for (var at = first; at >= 0; at = firstWords.Next(at))
        {
            if (Holds(firstWords.Aliases[at], out var exact) && !exact)
            {
                found.Add(at);
            }
        }
    }

    private IndexedAlias[] FindWritten(string folded)
    {
        if (!firstWords.TryFirst(folded, out var first))
        {
            return [];
        }

        List<IndexedAlias>? found = null;
        for (var at = first; at >= 0; at = firstWords.Next(at))
        {
            var alias = firstWords.Aliases[at];
            if (Holds(alias, out var exact) && exact)
            {
                (found ??= []).Add(new IndexedAlias(alias, exact: true));
            }
        }

        return found is null ? [] : [.. found];
    }

    // Runs over every alias while the process starts, before tiered compilation would optimise it.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private Dictionary<string, object> BuildAll(IReadOnlyList<NameAlias> aliases)
    {
        var index = new Dictionary<string, object>(kind == IndexKind.Places ? aliases.Count : 0, StringComparer.Ordinal);
        foreach (var alias in aliases)
        {
            var words = alias.FoldedWords;
            if (words.Length == 0 || !Holds(alias, out var exact))
            {
                continue;
            }

            var first = exact ? words[0] : Language.Stem(words[0]);
            var indexed = new IndexedAlias(alias, exact);
            ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(index, first, out var known);
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

        return index;
    }

    private IndexedAlias[] CandidatesBuilt(string stem, string folded)
    {
        var found = new List<IndexedAlias>();
        if (byFirstKey!.TryGetValue(stem, out var stemmed))
        {
            AddAll(stemmed, exact: false, found);
        }

        if (byFirstKey.TryGetValue(folded, out var written))
        {
            AddAll(written, exact: true, found);
        }

        return found.Count == 0 ? [] : [.. found];
    }

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
