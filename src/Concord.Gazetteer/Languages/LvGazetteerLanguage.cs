using System.Text.RegularExpressions;
using Concord.Model;

namespace Concord.Gazetteer.Languages;

/// <summary>
/// Latvian: nouns decline by endings (Armēnija, Armēnijas, Armēniju, Armēnijai, Armēnijā;
/// Stepanakerta, Stepanakertā; Karabahas, Karabahu). The endings of all declensions, singular
/// and plural, are cut (after folding, so ā/a, ē/e, ī/i, ū/u coincide).
/// </summary>
public sealed class LvGazetteerLanguage() : SuffixStemmingLanguage(
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

    private static readonly Regex LocativeBefore = new(@"\b(?:pie|netālu no|iekš)\s+$", RegexOptions.CultureInvariant);

    // Singular forms only: "ieņēma divus armēņu ciemus" (two villages) points nowhere.
    private static readonly Regex TownAnaphor = new(@"\b(?:pilset(?:a|u|ai)|ciem(?:s|u|a|am)|ciemat(?:s|u|a|am)|rajona centr\w*)\b", RegexOptions.CultureInvariant);

    private static readonly Regex AreaAnaphor = new(@"\b(?:taja|tai|tas)\s+pasa\s+(?:rajon|apvid|viet|teritorij)\w*", RegexOptions.CultureInvariant);

    // A name in the genitive before an area noun in the locative: "Agdamas rajonā", "Kalnu Karabahas reģionā".
    private static readonly Regex AreaNounAfter = new(@"^\s+(?:rajonā|reģionā|apgabalā|novadā|provincē|rajonos|apkaimē|ielejā)\b", RegexOptions.CultureInvariant);

    public override bool IsLocative(string text, TextSpan place)
    {
        var name = text[place.Start..place.End];
        return LocativeEndings.Any(e => name.EndsWith(e, StringComparison.Ordinal)) || LocativeBefore.IsMatch(Before(text, place, 16))
               || AreaNounAfter.IsMatch(text.AsSpan(place.End, Math.Min(24, text.Length - place.End)).ToString());
    }

    public override PlacePrecision? PlaceAnaphor(string foldedClause) =>
        AreaAnaphor.IsMatch(foldedClause) ? PlacePrecision.Unknown
        : TownAnaphor.IsMatch(foldedClause) ? PlacePrecision.Settlement
        : null;
}
