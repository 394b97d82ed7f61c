using System.Text.RegularExpressions;
using Concord.Model;

namespace Concord.Gazetteer.Languages;

/// <summary>
/// Russian: names decline by endings (Грузия, Грузии, Грузию, Грузией; Степанакерт,
/// Степанакерте) and foreign places are written in Cyrillic. Every word, from the text or the
/// gazetteer, is first turned into a Latin key (<see cref="CyrillicKey"/>) and then loses its
/// case ending, so "Грузии" meets the CLDR name "Грузия" and "Цхинвали" the GeoNames "Tskhinvali".
/// </summary>
public sealed partial class RuGazetteerLanguage : IGazetteerLanguage, IKeyedStemming
{
    private static readonly Endings Rules = new(
        ["ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ией", "ием", "иям", "иях", "ах", "ях", "ам", "ям", "ом", "ем",
         "ой", "ей", "ий", "ый", "ая", "яя", "ое", "ее", "ые", "ие", "ых", "их", "ым", "им", "ую", "юю", "ия", "ию", "ии", "ов",
         "ев", "а", "я", "у", "ю", "е", "и", "ы", "о"],
        [
            "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь",
            "декабрь", "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
            "ноября", "декабря", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
            "в", "во", "на", "по", "с", "со", "к", "о", "об", "у", "из", "за", "до", "от", "при", "после", "около",
            "между", "через", "и", "а", "но", "однако", "также", "тогда", "затем", "это", "этот", "эти", "тот", "те",
            "он", "она", "они", "его", "их", "как", "когда", "где", "после", "предыстория", "последствия", "война",
            "конфликт", "президент", "премьер", "министр", "генерал", "республика", "государство", "армия", "мир",
            "город", "село", "область", "район", "север", "юг", "восток", "запад", "союз", "совет",
        ],
        [
            "войска", "войск", "силы", "сил", "армия", "армии", "военные", "военных", "военнослужащие", "солдаты",
            "ополченцы", "ополчение", "боевики", "формирования", "подразделения", "части", "власти", "правительство",
            "руководство", "артиллерия", "снайпер", "позиции", "миротворцы", "авиация", "танки", "вертолеты",
            "самолеты", "беспилотники", "парламент", "президент", "милиция", "полиция", "сепаратисты",
        ],
        ["граница", "границы", "границе", "границу", "рубеж"],
        ["погранич"]);

    public string Language => "ru";

    public string Stem(string folded) => Rules.Stem(CyrillicKey.Of(folded));

    string IKeyedStemming.WordKey(string folded) => CyrillicKey.Of(folded);

    ReadOnlySpan<char> IKeyedStemming.WordKey(ReadOnlySpan<char> folded, Span<char> buffer) =>
        CyrillicKey.IsOwnKey(folded) ? folded
        : folded.Length * CyrillicKey.MaxExpansion <= buffer.Length ? buffer[..CyrillicKey.Write(folded, buffer)]
        : CyrillicKey.Of(new string(folded));

    bool IKeyedStemming.KeyIsWord(ReadOnlySpan<char> folded) => CyrillicKey.IsOwnKey(folded);

    SuffixStemmingLanguage IKeyedStemming.KeyEndings => Rules;

    public bool IsCommonWord(string folded) => Rules.IsCommonWord(CyrillicKey.Of(folded));

    public bool IsForceNoun(string folded) => Rules.IsForceNoun(CyrillicKey.Of(folded));

    public bool IsBorderNoun(string folded) => Rules.IsBorderNoun(CyrillicKey.Of(folded));

    // "в Грузии", "у Гори", "возле Цхинвали", "в городе Гори", "на территории Абхазии". "в" with a
    // name in the accusative (-у/-ю: "в Южную Осетию") is a direction, not a location.
    [GeneratedRegex(@"(?<!\p{L})(?<prep>в|во|у|под|возле|около|близ|вблизи|рядом\s+с|на\s+территории|в\s+районе|в\s+окрестностях)\s+(?:(?:город[еау]?|сел[еау]|деревн[еи]|посёлк[еа]|поселк[еа]|район[еа]|област[и]|столиц[еы])\s+)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex LocativeBefore { get; }

    [GeneratedRegex(@"(?<!\p{L})(?:этот|этом|этого|тот|том|того)\s+(?:же\s+)?(?:город|село|селе|села|деревн\w*|поселк\w*)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex TownAnaphor { get; }

    [GeneratedRegex(@"(?<!\p{L})(?:том|тот|той|ту|этом)\s+же\s+(?:район\w*|регион\w*|мест\w*|территори\w*)", RegexOptions.CultureInvariant)]
    private static partial Regex AreaAnaphor { get; }

    public bool IsLocative(string text, TextSpan place)
    {
        var m = LocativeBefore.Match(text[Math.Max(0, place.Start - 40)..place.Start].ToLowerInvariant());
        if (!m.Success)
        {
            return false;
        }

        bool into = m.Groups["prep"].Value is "в" or "во" && text[place.Start..place.End] is [.., 'у' or 'ю'] && m.Length <= 3;
        return !into;
    }

    public PlacePrecision? PlaceAnaphor(ReadOnlySpan<char> foldedClause) =>
        AreaAnaphor.IsMatch(foldedClause) ? PlacePrecision.Unknown
        : TownAnaphor.IsMatch(foldedClause) ? PlacePrecision.Settlement
        : null;

    /// <summary>The ending rules on Latin keys; no public parameterless constructor, so the registry skips it.</summary>
    private sealed class Endings(string[] endings, string[] commonWords, string[] forceNouns, string[] borderNouns, string[] borderPrefixes)
        : SuffixStemmingLanguage(endings.Select(e => CyrillicKey.Of(Text.NameFolder.Fold(e), wholeWord: false)).Distinct(), Keys(commonWords), Keys(forceNouns), Keys(borderNouns), Keys(borderPrefixes))
    {
        public override string Language => "ru-keys";

        private static IEnumerable<string> Keys(string[] words) => words.Select(w => CyrillicKey.Of(Text.NameFolder.Fold(w))).Distinct();
    }
}
