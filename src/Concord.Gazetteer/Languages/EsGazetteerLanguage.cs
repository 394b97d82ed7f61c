using System.Text.RegularExpressions;
using Concord.Model;

namespace Concord.Gazetteer.Languages;

/// <summary>
/// Spanish: names hardly inflect; demonyms and adjectives take gender and number endings
/// ("georgiano", "georgianas", "rusos"), so -o/-a/-os/-as/-es/-s are cut on both sides. Months
/// are lower case; "del"/"al" contract the article.
/// </summary>
public sealed partial class EsGazetteerLanguage() : SuffixStemmingLanguage(
    ["os", "as", "es", "o", "a", "s"],
    [
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre",
        "noviembre", "diciembre", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
        "el", "la", "los", "las", "un", "una", "unos", "unas", "del", "de", "al", "a", "en", "con", "sin", "por", "para",
        "sobre", "entre", "hacia", "desde", "durante", "tras", "según", "y", "e", "o", "u", "pero", "sino", "luego",
        "así", "sin", "embargo", "él", "ella", "ellos", "ellas", "se", "su", "sus", "este", "esta", "estos", "estas",
        "ese", "esa", "aquel", "casi", "unos", "más", "menos", "principios", "finales", "mediados", "primavera", "verano",
        "otoño", "invierno", "día", "noche", "año", "ciudad", "pueblo", "aldea", "región", "república", "estado",
        "guerra", "conflicto", "presidente", "ministro", "gobierno", "unión", "plan", "norte", "sur", "este", "oeste",
        "general", "monte", "lago", "paz", "acuerdo", "misión", "consejo", "parlamento", "antecedentes", "consecuencias",
        "balance", "según", "cifras",
    ],
    [
        "tropas", "fuerzas", "ejército", "ejércitos", "soldados", "soldado", "militares", "milicias", "milicia",
        "milicianos", "combatientes", "rebeldes", "separatistas", "autoridades", "gobierno", "unidades", "artillería",
        "francotiradores", "posiciones", "tanques", "drones", "parlamento", "presidente", "aviones", "aviación",
        "bombarderos", "policía", "cascos", "blindados",
    ],
    ["frontera", "fronteras", "fronterizo", "fronteriza", "fronterizos"])
{
    public override string Language => "es";

    protected override int MinStem => 4;

    // "en Georgia", "cerca de Tsjinvali", "en la ciudad de Gori"; not "hacia"/"a" (where someone goes).
    [GeneratedRegex(@"(?<!\p{L})(?:en|cerca\s+de|junto\s+a|dentro\s+de|alrededor\s+de|a\s+las\s+afueras\s+de|sobre)\s+(?:(?:la|el|los|las)\s+)?(?:(?:ciudad|pueblo|aldea|localidad|región|provincia|capital|zona|territorio|afueras)\s+(?:de\s+)?)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex LocativeBefore { get; }

    [GeneratedRegex(@"\b(?:la|esta|esa|el|este|ese)\s+(?:misma\s+|mismo\s+)?(?:ciudad|pueblo|aldea|localidad)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TownAnaphor { get; }

    [GeneratedRegex(@"\b(?:la|el)\s+(?:misma|mismo)\s+(?:zona|región|sector|lugar|distrito)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AreaAnaphor { get; }

    public override bool IsLocative(string text, TextSpan place) => LocativeBefore.IsMatch(Before(text, place, stackalloc char[48]));

    public override PlacePrecision? PlaceAnaphor(ReadOnlySpan<char> foldedClause) =>
        AreaAnaphor.IsMatch(foldedClause) ? PlacePrecision.Unknown
        : TownAnaphor.IsMatch(foldedClause) ? PlacePrecision.Settlement
        : null;
}
