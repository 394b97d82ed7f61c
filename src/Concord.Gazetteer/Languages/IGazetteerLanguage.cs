using Concord.Languages;

namespace Concord.Gazetteer.Languages;

/// <summary>
/// What the gazetteer needs to know about one language: how names inflect, which capitalised
/// words are never places, and which nouns turn a place or nationality into an armed actor
/// ("Karabakh soldiers") or a border ("border between A and B"). One file per language.
/// </summary>
public interface IGazetteerLanguage : ILanguageSpecific
{
    /// <summary>The matching key of a folded word: the word without its case/number ending.</summary>
    string Stem(string folded);

    /// <summary>Capitalised words that are not names here (months, weekdays, sentence-initial function words).</summary>
    bool IsCommonWord(string folded);

    /// <summary>A noun for armed forces, fighters or authorities ("forces", "karavīri", "kariai").</summary>
    bool IsForceNoun(string folded);

    /// <summary>A noun for a border between states ("border", "robeža", "siena").</summary>
    bool IsBorderNoun(string folded);
}
