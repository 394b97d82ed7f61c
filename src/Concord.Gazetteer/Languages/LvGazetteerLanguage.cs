using System.Text.RegularExpressions;
using Concord.Model;

namespace Concord.Gazetteer.Languages;

/// <summary>
/// Latvian: nouns decline by endings (Armēnija, Armēnijas, Armēniju, Armēnijai, Armēnijā;
/// Stepanakerta, Stepanakertā; Karabahas, Karabahu). The endings of all declensions, singular
/// and plural, are cut (after folding, so ā/a, ē/e, ī/i, ū/u coincide).
/// </summary>
public sealed partial class LvGazetteerLanguage() : SuffixStemmingLanguage(
    ["iem", "ām", "ās", "ēm", "ēs", "īm", "īs", "am", "as", "ai", "os", "us", "um", "is", "es", "ei", "ie", "im",
     "u", "a", "ā", "e", "ē", "i", "ī", "s", "o"],
    [
        "janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs", "augusts", "septembris",
        "oktobris", "novembris", "decembris", "janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā",
        "jūlijā", "augustā", "septembrī", "oktobrī", "novembrī", "decembrī", "pirmdiena", "otrdiena",
        "trešdiena", "ceturtdiena", "piektdiena", "sestdiena", "svētdiena", "un", "bet", "pēc", "pie", "par",
        "kad", "tā", "to", "tas", "tie", "gan", "arī", "ar", "no", "uz", "līdz", "kopš", "tomēr", "taču", "lai",
        "vēlāk", "šajā", "šo", "šī", "kā", "ka", "jo", "nākamajā", "pirmais", "daļa", "abas", "puses", "kopā",
        "rudenī", "ziemā", "pavasarī", "vasarā", "naktī", "vienlaikus", "tikmēr", "septembrī", "tika",
    ],
    [
        "spēki", "spēks", "armija", "karaspēks", "karavīrs", "karavīri", "kareivis", "kareivji", "militāristi",
        "vienības", "vienība", "milicija", "kaujinieki", "separātisti", "varas", "vadība", "valdība",
        "amatpersonas", "iestādes", "artilērija", "snaiperis", "pozīcijas", "formējumi", "karotāji",
        "parlaments", "prezidents", "helikopters", "tanks",
    ],
    ["robeža", "robežas", "robežu"],
    ["robež"])
{
    public override string Language => "lv";

    // The locative case ends in a long vowel (Šušā, Stepanakertā, Gendžē; plural -os/-ās/-ēs/-īs),
    // which folding would erase, so the ending is read from the text as written. "pie" (at, near)
    // takes the genitive: "pie Askeranas", "pie Tališas ciema".
    private static readonly string[] LocativeEndings = ["ā", "ē", "ī", "ū", "os", "ās", "ēs", "īs"];

    [GeneratedRegex(@"\b(?:pie|netālu no|iekš)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex LocativeBefore { get; }

    // Singular forms only: "ieņēma divus armēņu ciemus" (two villages) points nowhere.
    [GeneratedRegex(@"\b(?:pilset(?:a|u|ai)|ciem(?:s|u|a|am)|ciemat(?:s|u|a|am)|rajona centr\w*)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TownAnaphor { get; }

    [GeneratedRegex(@"\b(?:taja|tai|tas)\s+pasa\s+(?:rajon|apvid|viet|teritorij)\w*", RegexOptions.CultureInvariant)]
    private static partial Regex AreaAnaphor { get; }

    // A name in the genitive before an area noun in the locative: "Agdamas rajonā", "Kalnu Karabahas reģionā".
    [GeneratedRegex(@"^\s+(?:rajonā|reģionā|apgabalā|novadā|provincē|rajonos|apkaimē|ielejā)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AreaNounAfter { get; }

    // A word in the locative right before a name: "1988. gadā Baku", "martā Baku".
    [GeneratedRegex(@"\p{L}+[āēīū]\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex LocativeWordBefore { get; }

    // The name closes its sentence or clause: Latvian puts the where last ("cīņas par varu Baku.").
    [GeneratedRegex(@"^\s*(?:[.;:!?]|\[|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ClosesClause { get; }

    public override bool IsLocative(string text, TextSpan place)
    {
        var name = text.AsSpan(place.Start, place.Length);
        foreach (var ending in LocativeEndings)
        {
            if (name.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return LocativeBefore.IsMatch(Before(text, place, stackalloc char[16]))
               || AreaNounAfter.IsMatch(text.AsSpan(place.End, Math.Min(24, text.Length - place.End)))
               || (IsIndeclinable(name) && (LocativeWordBefore.IsMatch(Before(text, place, stackalloc char[24]))
                   || ClosesClause.IsMatch(text.AsSpan(place.End, Math.Min(4, text.Length - place.End)))));
    }

    /// <summary>
    /// A foreign name Latvian does not decline ("Baku", "Tbilisi", "Soči"): written as the
    /// gazetteer's own name and ending in a vowel no Latvian nominative ends in, so its case does
    /// not show and only its place in the sentence says whether it is where something happens.
    /// </summary>
    private static bool IsIndeclinable(ReadOnlySpan<char> name) =>
        name.Length > 2 && name[^1] is 'u' or 'i' or 'o' && !name.EndsWith("ju", StringComparison.Ordinal) && Data.GazetteerData.Default.PlaceNames.IsPlaceName(name);

    // "ārpus" (outside) takes the genitive: "ārpus paša anklāva", "ārpus apgabala".
    [GeneratedRegex(@"\barpus\s+(?:pasa\s+|sa\s+)?(?:anklav|regiona|apgabal|autonom)\w*", RegexOptions.CultureInvariant)]
    private static partial Regex Outside { get; }

    public override bool SaysOutside(ReadOnlySpan<char> foldedClause) => Outside.IsMatch(foldedClause);

    // A feminine name in the nominative (-a; the genitive is -as, the locative -ā) closing the sentence.
    public override bool IsPostposedSubject(string text, TextSpan place) =>
        text.AsSpan(place.Start, place.Length).EndsWith('a') && ClosesClause.IsMatch(text.AsSpan(place.End, Math.Min(4, text.Length - place.End)))
        && !LocativeBefore.IsMatch(Before(text, place, stackalloc char[16])) && !IsPartner(text, place);

    [GeneratedRegex(@"\b[Aa]r\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex With { get; }

    protected override Regex? PartnerBefore => With;

    // Folded (no diacritics): "senāts", "kongress", "parlaments", "Saeima", "prezidents", "Ārlietu ministrija".
    [GeneratedRegex(@"\b(senat\w*|kongres\w*|parlament\w*|saeim\w*|prezident\w*|arlietu ministrij\w*)\b", RegexOptions.CultureInvariant)]
    private static partial Regex StateOrgan { get; }

    protected override Regex? StateOrganNoun => StateOrgan;

    // "tostarp", "ieskaitot", "it īpaši", "piemēram", "proti" (also without diacritics).
    private const string Introducers =
        @"(?:tostarp|ieskaitot|(?:it\s+|jo\s+)?[īi]pa[šs]i|piem[ēe]ram|proti)(?:\s+(?:pils[ēe]t[āa]s|cie[mt]os|ciematos|rajonos))?";

    protected override string? EnumerationIntroducers => Introducers;

    protected override Regex? EnumerationBefore => EnumerationBeforeRegex();

    [GeneratedRegex(EnumerationPatternStart + Introducers + EnumerationPatternEnd, EnumerationOptions)]
    private static partial Regex EnumerationBeforeRegex();

    public override PlacePrecision? PlaceAnaphor(ReadOnlySpan<char> foldedClause) =>
        AreaAnaphor.IsMatch(foldedClause) ? PlacePrecision.Unknown
        : TownAnaphor.IsMatch(foldedClause) ? PlacePrecision.Settlement
        : null;
}
