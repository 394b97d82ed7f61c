using Concord.Languages;
using Concord.Model;

namespace Concord.Segmenting;

/// <summary>
/// What the segmenter needs to know about one language: its abbreviations, the titles of its
/// reference / "see also" sections, the words that mark a citation, and its page-furniture lines.
/// One implementation per language (En…, Lv…, Lt…), discovered by <see cref="LanguageRegistry{T}"/>.
/// </summary>
public interface ISegmentationRules : ILanguageSpecific
{
    /// <summary>Abbreviations (lower case, with their dots) that may still end a sentence before a capital ("etc.").</summary>
    IReadOnlySet<string> Abbreviations { get; }

    /// <summary>Abbreviations (lower case) that never end a sentence: titles before names, "e.g.", "No." before numbers.</summary>
    IReadOnlySet<string> NonTerminalAbbreviations { get; }

    /// <summary>Section titles, diacritic-folded and lower case, mapped to the kind of section they open.</summary>
    IReadOnlyDictionary<string, SectionKind> SectionTitles { get; }

    /// <summary>Phrases that mark a line or sentence as a citation ("Retrieved", "Skatīts:").</summary>
    IReadOnlyList<string> CitationMarkers { get; }

    /// <summary>
    /// True when a one- or two-digit number with a dot is an ordinal ("am 20. Februar 1988",
    /// "20. februārī") and so never ends a sentence, even before a capital.
    /// </summary>
    bool OrdinalDots { get; }

    /// <summary>True when every noun is capitalised (German), so prose has fewer lower-case words.</summary>
    bool CapitalisesNouns { get; }

    /// <summary>Navigation and page-furniture lines, diacritic-folded and lower case ("keep reading").</summary>
    IReadOnlyList<string> NavigationLines { get; }
}
