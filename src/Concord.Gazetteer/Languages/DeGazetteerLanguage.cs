using System.Text.RegularExpressions;
using Concord.Model;

namespace Concord.Gazetteer.Languages;

/// <summary>
/// German: names take a genitive -s/-es ("Georgiens", "Russlands"), adjectives and demonyms the
/// endings -e/-en/-em/-es ("russische Truppen", "der georgischen Armee"). Every noun is
/// capitalised, so the common-word list also holds the frequent nouns that are place names
/// somewhere (checked against GeoNames).
/// </summary>
public sealed partial class DeGazetteerLanguage() : SuffixStemmingLanguage(
    ["ens", "es", "en", "em", "e", "s", "n"],
    [
        "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
        "dezember", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "am", "im", "an", "in", "auf", "aus", "bei",
        "mit", "nach", "seit", "von", "vom", "vor", "zu", "zum", "zur", "und", "oder", "aber", "doch", "als", "wie",
        "wenn", "während", "danach", "dann", "damit", "dabei", "auch", "etwa", "rund", "fast", "mindestens", "über",
        "unter", "gegen", "zwischen", "nachdem", "bis", "es", "er", "sie", "wir", "ihr", "anfang", "ende", "mitte",
        "frühjahr", "sommer", "herbst", "winter", "tag", "nacht", "jahr", "stadt", "dorf", "region", "republik", "staat",
        "krieg", "konflikt", "präsident", "minister", "regierung", "union", "plan", "folgen", "vorgeschichte",
        "angaben", "arbeit", "zivilisten", "menschen", "dörfer", "kämpfe", "flugzeuge", "milizen", "spannungen",
        "unabhängigkeit", "waffenstillstand", "beschuss", "feuer", "nord", "süd", "ost", "west", "general", "see", "berg",
    ],
    [
        "truppen", "streitkräfte", "armee", "soldaten", "soldat", "militär", "militärs", "miliz", "milizen", "kämpfer",
        "rebellen", "separatisten", "behörden", "regierung", "führung", "einheiten", "artillerie", "scharfschützen",
        "stellungen", "panzer", "drohnen", "parlament", "präsident", "flugzeuge", "luftwaffe", "friedenstruppen",
        "polizei", "verbände", "kräfte",
    ],
    ["grenze", "grenzen", "grenzgebiet"],
    ["grenz"])
{
    public override string Language => "de";

    protected override int MinStem => 4;

    // "in Georgien", "im Dorf X", "bei Gori", "nahe der Stadt Zchinwali"; not "nach" (where someone goes).
    [GeneratedRegex(@"(?<!\p{L})(?:in|im|bei|beim|nahe|nahe\s+bei|unweit|vor|an|am|innerhalb|entlang|um)\s+(?:(?:der|dem|des|den)\s+)?(?:(?:stadt|dorf|ortschaft|region|provinz|gegend|umgebung|hauptstadt|gebiet)\s+(?:von\s+)?)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex LocativeBefore { get; }

    [GeneratedRegex(@"\b(?:die|der|dem|das|diese[rnms]?)\s+(?:selbe[nmr]?\s+)?(?:stadt|dorf|dorfes|ortschaft|siedlung)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TownAnaphor { get; }

    [GeneratedRegex(@"\b(?:derselben|demselben|im\s+selben|in\s+der\s+selben|in\s+derselben)\s+(?:gegend|region|gebiet|bezirk|ort)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AreaAnaphor { get; }

    public override bool IsLocative(string text, TextSpan place) => LocativeBefore.IsMatch(Before(text, place, stackalloc char[40]));

    public override PlacePrecision? PlaceAnaphor(ReadOnlySpan<char> foldedClause) =>
        AreaAnaphor.IsMatch(foldedClause) ? PlacePrecision.Unknown
        : TownAnaphor.IsMatch(foldedClause) ? PlacePrecision.Settlement
        : null;
}
