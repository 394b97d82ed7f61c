using System.Text.RegularExpressions;
using Concord.Model;

namespace Concord.Gazetteer.Languages;

/// <summary>
/// Lithuanian: nouns decline by endings (Armėnija, Armėnijos, Armėnijai, Armėniją, Armėnijoje;
/// Azerbaidžanas, Azerbaidžano, Azerbaidžanui, Azerbaidžaną). Texts are often typed without
/// diacritics ("Azerbaidzano"); folding makes both spellings meet.
/// </summary>
public sealed partial class LtGazetteerLanguage() : SuffixStemmingLanguage(
    ["iuose", "uose", "iems", "omis", "oje", "eje", "ėje", "uje", "yje", "ams", "ims", "ose", "iai", "ius",
     "ių", "ais", "ai", "ui", "ei", "as", "is", "ys", "us", "os", "es", "ės", "io", "iu", "ą", "ę", "į",
     "ų", "ė", "a", "e", "o", "u", "y", "i"],
    [
        "sausis", "vasaris", "kovas", "balandis", "gegužė", "birželis", "liepa", "rugpjūtis", "rugsėjis",
        "spalis", "lapkritis", "gruodis", "ir", "bet", "po", "prie", "nuo", "iki", "kai", "tai", "tas", "jie",
        "taip", "pat", "su", "į", "kad", "nes", "tačiau", "vėliau", "karas", "karo", "kare", "kur", "buvo",
        "tarp", "dar", "jau", "abi", "pusės", "per", "metais", "metu", "šis", "ši", "šie", "ten", "čia", "todėl", "nors",
    ],
    [
        "pajėgos", "kariuomenė", "armija", "kariai", "karys", "kareiviai", "kareivis", "milicija",
        "separatistai", "valdžia", "vyriausybė", "pareigūnai", "artilerija", "snaiperis", "pozicijos",
        "daliniai", "parlamentas", "prezidentas",
    ],
    ["siena", "sienos", "pasienis"],
    ["pasieni"])
{
    public override string Language => "lt";

    // The locative case (Armėnijoje, Šušoje, Baku mieste; plural -uose, -ose): the endings survive
    // typing without diacritics. "prie" (at, near) takes the genitive.
    /// <summary>Folded once: texts are written with and without diacritics ("ėje" and "eje" meet).</summary>
    private static readonly string[] LocativeEndings = new[] { "oje", "ioje", "uje", "yje", "ije", "eje", "ėje", "uose", "iuose", "ose", "yse", "ėse" }
        .Select(e => Text.NameFolder.Fold(e)).Distinct().ToArray();

    [GeneratedRegex(@"\b(?:prie|netoli)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex LocativeBefore { get; }

    [GeneratedRegex(@"\b(?:mieste|miesta|miest\w*|kaim\w*|gyvenviet\w*)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TownAnaphor { get; }

    [GeneratedRegex(@"\b(?:toje|tame|toj)\s+pa(?:c|č)\w*\s+\w+", RegexOptions.CultureInvariant)]
    private static partial Regex AreaAnaphor { get; }

    public override bool IsLocative(string text, TextSpan place)
    {
        var name = Text.NameFolder.Fold(text.AsSpan(place.Start, place.Length));
        foreach (var ending in LocativeEndings)
        {
            if (name.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return LocativeBefore.IsMatch(Before(text, place, stackalloc char[16]));
    }

    // "už … ribų" (beyond the bounds of): "už anklavo ribų", "už srities ribų".
    [GeneratedRegex(@"\buz\s+(?:paties\s+)?(?:anklavo|regiono|srities|autonomijos)\s+ribu\b", RegexOptions.CultureInvariant)]
    private static partial Regex Outside { get; }

    public override bool SaysOutside(ReadOnlySpan<char> foldedClause) => Outside.IsMatch(foldedClause);

    [GeneratedRegex(@"\b[Ss]u\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex With { get; }

    protected override Regex? PartnerBefore => With;

    // Folded (no diacritics): "senatas", "kongresas", "parlamentas", "Seimas", "prezidentas", "URM".
    [GeneratedRegex(@"\b(senat\w*|kongres\w*|parlament\w*|seim\w*|prezident\w*|uzsienio reikalu ministerij\w*)\b", RegexOptions.CultureInvariant)]
    private static partial Regex StateOrgan { get; }

    protected override Regex? StateOrganNoun => StateOrgan;

    // "įskaitant", "tarp jų", "ypač", "pavyzdžiui", "būtent" (also without diacritics).
    private const string Introducers =
        @"(?:[įi]skaitant|tarp\s+j[ųu]|ypa[čc]|pavyzd[žz]iui|b[ūu]tent)(?:\s+(?:miestai|miestuose|kaimai|kaimuose|rajonai|rajonuose))?";

    protected override string? EnumerationIntroducers => Introducers;

    protected override Regex? EnumerationBefore => EnumerationBeforeRegex();

    [GeneratedRegex(EnumerationPatternStart + Introducers + EnumerationPatternEnd, EnumerationOptions)]
    private static partial Regex EnumerationBeforeRegex();

    public override PlacePrecision? PlaceAnaphor(ReadOnlySpan<char> foldedClause) =>
        AreaAnaphor.IsMatch(foldedClause) ? PlacePrecision.Unknown
        : TownAnaphor.IsMatch(foldedClause) ? PlacePrecision.Settlement
        : null;
}
