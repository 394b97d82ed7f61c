using Concord.Languages;
using Concord.Model;

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

    /// <summary>
    /// True when the place at <paramref name="place"/> in <paramref name="text"/> is named as where
    /// something happens (a locative case, "in"/"at"/"near" before it), rather than as who acts,
    /// whose something is, or where someone goes ("Baku's frustration", "fled to Moscow").
    /// </summary>
    bool IsLocative(string text, TextSpan place);

    /// <summary>
    /// A phrase in a clause that refers back to a place named earlier ("the city", "the same area",
    /// "pilsētā", "tajā pašā rajonā"): the precision the earlier place must have
    /// (<see cref="PlacePrecision.Settlement"/> for towns, <see cref="PlacePrecision.Unknown"/> for any
    /// place below a country), or null when the clause has none.
    /// </summary>
    PlacePrecision? PlaceAnaphor(ReadOnlySpan<char> foldedClause);

    /// <summary>
    /// True when the clause places its act outside a region it names or points to ("captured
    /// territory outside the enclave", "ārpus paša anklāva"): the act is then in the country around it.
    /// </summary>
    bool SaysOutside(ReadOnlySpan<char> foldedClause) => false;

    /// <summary>
    /// True when the place is named as a partner or counterpart ("with Azerbaijan", "relations with
    /// the South Caucasus", "ar Armēniju", "su Armėnija"): whom something is done with, not where.
    /// </summary>
    bool IsPartner(string text, TextSpan place) => false;

    /// <summary>
    /// True when the place is one of a list of examples introduced by "including", "such as",
    /// "namely", "particularly" ("tostarp", "ieskaitot", "įskaitant", "tarp jų" …): the specific
    /// places an act is told to have hit, which narrow a broader area named around them ("Civilian
    /// areas … were hit, particularly Stepanakert, Martuni … in the Republic of Artsakh").
    /// </summary>
    bool IsEnumerated(string text, TextSpan place) => false;

    /// <summary>
    /// True when the folded clause names a state organ by a generic noun, without its country
    /// ("amended by the Senate", "Congress", "the parliament", "the President"): the country is then
    /// the one the context is about (see the extraction stage's use of section headings).
    /// </summary>
    bool NamesStateOrgan(ReadOnlySpan<char> foldedClause) => false;

    /// <summary>
    /// True when a name closing its clause is, by its form, the clause's subject put after the verb
    /// (Latvian nominative: "Karastāvokli … izsludināja arī Azerbaidžāna."); languages whose word
    /// order does not allow it say false.
    /// </summary>
    bool IsPostposedSubject(string text, TextSpan place) => false;
}
