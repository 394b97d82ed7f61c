using Concord.Model;

namespace Concord.Gazetteer.Data;

/// <summary>Where a gazetteer entry comes from; decides which of several homonyms is preferred.</summary>
public enum EntrySource
{
    /// <summary>A GeoNames populated place.</summary>
    GeoNames = 0,

    /// <summary>A hand-written exonym of a GeoNames place ("Maskava" for Moscow).</summary>
    Exonym = 1,

    /// <summary>A country (ISO 3166) or a polity outside ISO (Soviet Union, organisations).</summary>
    Country = 2,

    /// <summary>A conflict knowledge file (data/conflicts/).</summary>
    Conflict = 3,
}

internal static class EntrySources
{
    /// <summary>The source's name as <c>ToString</c> writes it, without boxing the value (once per match).</summary>
    public static string Name(this EntrySource source) => source switch
    {
        EntrySource.GeoNames => nameof(EntrySource.GeoNames),
        EntrySource.Exonym => nameof(EntrySource.Exonym),
        EntrySource.Country => nameof(EntrySource.Country),
        EntrySource.Conflict => nameof(EntrySource.Conflict),
        _ => source.ToString(),
    };
}

/// <summary>A place a name can refer to.</summary>
public sealed record PlaceEntry(
    string Name,
    PlacePrecision Precision,
    double? Latitude,
    double? Longitude,
    string? CountryCode,
    long Population,
    EntrySource Source,
    bool IsCapital = false,
    string? Side = null);

/// <summary>
/// An actor a name can refer to: <see cref="Side"/> at the level of states and international
/// organisations, <see cref="Detail"/> the group as named in the data.
/// </summary>
public sealed record ActorEntry(string Side, string Detail, EntrySource Source, bool IsDemonym = false);

/// <summary>How the text must be written to match an alias, taken from how the alias is written.</summary>
public enum CaseRule
{
    /// <summary>Lower-case alias ("line of contact", "armēņu"): any case matches.</summary>
    Any,

    /// <summary>Capitalised alias ("Armenia"): the first word must be capitalised.</summary>
    Capitalized,

    /// <summary>Abbreviation ("UN", "KKR"): every word must be all upper case.</summary>
    AllCaps,
}

/// <summary>One spelling of a name, with what it can refer to.</summary>
public sealed record NameAlias(string Text, string Language, PlaceEntry? Place, ActorEntry? Actor)
{
    private CaseRule? caseRule;

    public CaseRule Case => caseRule ??= CaseOf(Text);

    /// <summary>The alias's words, folded; computed when first asked (most aliases never are) and shared by every language's index.</summary>
    public string[] FoldedWords => field ??= Concord.Gazetteer.Text.NameTokenizer.FoldedWords(Text);

    /// <summary>
    /// The alias's place as a one-element candidate list, made once: most place hits are one alias,
    /// and a list per hit was allocated for it. Shared: readers must not change it.
    /// </summary>
    internal List<PlaceEntry> PlaceAsList => field ??= [Place!];

    /// <summary>
    /// How many words the alias has (the length of <see cref="FoldedWords"/>), counted without folding
    /// them: an index asks it of every alias it groups, and most are one word that no match compares.
    /// </summary>
    public int WordCount => wordCountPlusOne > 0 ? wordCountPlusOne - 1 : (wordCountPlusOne = Concord.Gazetteer.Text.NameTokenizer.WordCount(Text) + 1) - 1;

    private int wordCountPlusOne;

    private static CaseRule CaseOf(string text)
    {
        var firstLetter = text.AsSpan().IndexOfAnyExcept(NonLetters);
        if (firstLetter < 0 || !char.IsUpper(text[firstLetter]))
        {
            return CaseRule.Any;
        }

        // All caps: more than one letter, and every piece between spaces and hyphens longer than one
        // character with only upper-case letters. A loop: indexes ask this of every alias they group.
        var letters = 0;
        var pieceLength = 0;
        var allCaps = true;
        foreach (var c in text)
        {
            if (Array.IndexOf(WordSeparators, c) >= 0)
            {
                allCaps &= pieceLength is 0 or > 1;
                pieceLength = 0;
                continue;
            }

            pieceLength++;
            if (char.IsLetter(c))
            {
                letters++;
                allCaps &= char.IsUpper(c);
            }
        }

        allCaps &= pieceLength is 0 or > 1;
        return letters > 1 && allCaps ? CaseRule.AllCaps : CaseRule.Capitalized;
    }

    private static readonly char[] WordSeparators = [' ', '-', '–'];

    private static readonly System.Buffers.SearchValues<char> NonLetters =
        System.Buffers.SearchValues.Create(" -–.'’()0123456789");
}
