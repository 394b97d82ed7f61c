using System.Text.RegularExpressions;
using Concord.Model;

namespace Concord.Gazetteer.Languages;

/// <summary>
/// French: names hardly inflect, but demonyms and adjectives take -e/-s/-es and double their n
/// ("géorgien", "géorgienne", "géorgiens"), so those endings are cut. Elided articles ("l'Ossétie",
/// "d'Abkhazie") are split off by the tokenizer's apostrophe handling; months are lower case.
/// </summary>
public sealed partial class FrGazetteerLanguage() : SuffixStemmingLanguage(
    ["nes", "ne", "es", "s", "e"],
    [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux", "à", "en", "dans", "sur", "sous", "par",
        "pour", "avec", "sans", "entre", "vers", "depuis", "pendant", "après", "avant", "selon", "et", "ou", "mais", "donc",
        "puis", "alors", "ainsi", "cependant", "il", "elle", "ils", "elles", "on", "nous", "ce", "cette", "ces", "son", "sa",
        "ses", "leur", "leurs", "environ", "près", "plus", "moins", "quelque", "début", "fin", "milieu", "printemps", "été",
        "automne", "hiver", "jour", "nuit", "année", "ville", "village", "région", "république", "état", "guerre",
        "conflit", "président", "ministre", "gouvernement", "union", "plan", "nord", "sud", "est", "ouest", "général",
        "mont", "lac", "paix", "accord", "mission", "conseil", "parlement", "contexte", "conséquences", "bilan",
    ],
    [
        "troupes", "forces", "armée", "armées", "soldats", "soldat", "militaires", "milices", "milice", "miliciens",
        "combattants", "rebelles", "séparatistes", "autorités", "gouvernement", "unités", "artillerie", "tireurs",
        "positions", "chars", "drones", "parlement", "président", "avions", "aviation", "bombardiers", "policiers",
        "casques", "blindés",
    ],
    ["frontière", "frontières", "frontalier", "frontalière", "frontaliers"])
{
    public override string Language => "fr";

    protected override int MinStem => 4;

    // "en Géorgie", "à Gori", "près de Tskhinvali", "dans la ville de Gori"; not "vers" (where someone goes).
    [GeneratedRegex(@"(?<!\p{L})(?:en|à|au|aux|dans|près|autour|sur|aux\s+environs|non\s+loin)\s+(?:(?:de|d'|du|des)\s*)?(?:(?:la|le|l'|les)\s*)?(?:(?:ville|village|localité|région|province|capitale|zone|territoire|environs)\s+(?:de\s+|d'\s*)?)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex LocativeBefore { get; }

    [GeneratedRegex(@"\b(?:la|cette|le|ce)\s+(?:même\s+)?(?:ville|village|localité|bourg)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TownAnaphor { get; }

    [GeneratedRegex(@"\b(?:la|le)\s+même\s+(?:zone|région|secteur|endroit|district)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AreaAnaphor { get; }

    public override bool IsLocative(string text, TextSpan place) => LocativeBefore.IsMatch(Before(text, place, stackalloc char[48]));

    public override PlacePrecision? PlaceAnaphor(ReadOnlySpan<char> foldedClause) =>
        AreaAnaphor.IsMatch(foldedClause) ? PlacePrecision.Unknown
        : TownAnaphor.IsMatch(foldedClause) ? PlacePrecision.Settlement
        : null;
}
