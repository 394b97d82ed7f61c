using Concord.Gazetteer.Languages;
using Concord.Gazetteer.Matching;

namespace Concord.Gazetteer.Text;

/// <summary>
/// One spelling of a word, shared by all its occurrences: how it folds and how it is written,
/// and, for the language last asked, its matching key and the aliases of an index that start with
/// it. A text repeats its words, so each spelling is folded, stemmed and looked up once.
/// </summary>
internal sealed class WordForm
{
    private IGazetteerLanguage? keyLanguage;
    private string? key;
    private IGazetteerLanguage? borderLanguage;
    private bool isBorderNoun;
    private IGazetteerLanguage? commonLanguage;
    private bool isCommonWord;

    // The two indexes asked last (a language's places and actors) with this word's candidates in each.
    private NameIndex? index0;
    private AliasStarts starts0 = AliasStarts.None;
    private NameIndex? index1;
    private AliasStarts starts1 = AliasStarts.None;
    private bool replaceSecond;

    public WordForm(string original)
    {
        Original = original;
        Folded = NameFolder.Fold(original);
        IsCapitalized = original.Length > 0 && char.IsUpper(original[0]);
        StartsLowerCase = original.Length > 0 && char.IsLower(original[0]);
        IsAllCaps = original.Any(char.IsLetter) && original.All(c => !char.IsLetter(c) || char.IsUpper(c));
    }

    public string Original { get; }

    public string Folded { get; }

    public bool IsCapitalized { get; }

    public bool StartsLowerCase { get; }

    public bool IsAllCaps { get; }

    /// <summary>The word's matching key in <paramref name="language"/> (its stem).</summary>
    public string KeyIn(IGazetteerLanguage language)
    {
        if (!ReferenceEquals(language, keyLanguage))
        {
            key = language.Stem(Folded);
            keyLanguage = language;
        }

        return key!;
    }

    /// <summary>Whether the word is a border noun of <paramref name="language"/>.</summary>
    public bool IsBorderNounIn(IGazetteerLanguage language)
    {
        if (!ReferenceEquals(language, borderLanguage))
        {
            isBorderNoun = language.IsBorderNoun(Folded);
            borderLanguage = language;
        }

        return isBorderNoun;
    }

    /// <summary>Whether the word is a common word of <paramref name="language"/> (never a name on its own).</summary>
    public bool IsCommonWordIn(IGazetteerLanguage language)
    {
        if (!ReferenceEquals(language, commonLanguage))
        {
            isCommonWord = language.IsCommonWord(Folded);
            commonLanguage = language;
        }

        return isCommonWord;
    }

    /// <summary>The aliases of <paramref name="index"/> whose first word this word can be.</summary>
    public AliasStarts StartsIn(NameIndex index)
    {
        if (ReferenceEquals(index, index0))
        {
            return starts0;
        }

        if (ReferenceEquals(index, index1))
        {
            return starts1;
        }

        var candidates = index.Candidates(KeyIn(index.Language), Folded);
        var starts = candidates.Length == 0 ? AliasStarts.None : new AliasStarts(candidates, index.Language);
        if (replaceSecond)
        {
            (index1, starts1) = (index, starts);
        }
        else
        {
            (index0, starts0) = (index, starts);
        }

        replaceSecond = !replaceSecond;
        return starts;
    }
}

/// <summary>The word forms met on this thread, found by their spelling without a string per occurrence.</summary>
internal static class WordForms
{
    private const int MaxForms = 200_000;

    [ThreadStatic]
    private static Dictionary<string, WordForm>? forms;

    // The same dictionary probed by span; kept, as asking the dictionary for it checks its comparer each time.
    [ThreadStatic]
    private static Dictionary<string, WordForm>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    public static WordForm Of(ReadOnlySpan<char> original)
    {
        var known = forms;
        if (known is null)
        {
            forms = known = new Dictionary<string, WordForm>(StringComparer.Ordinal);
            bySpan = known.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        if (bySpan.TryGetValue(original, out var form))
        {
            return form;
        }

        if (known.Count >= MaxForms)
        {
            known.Clear(); // a long run of rare words: start again rather than grow without bound
        }

        form = new WordForm(original.ToString());
        known.Add(form.Original, form);
        return form;
    }
}
