using Concord.Temporal.Engine;

namespace Concord.Temporal.Languages;

/// <summary>
/// Russian temporal resources: "7 августа 2008 года", "в 1994 году", "в начале 1990-х годов",
/// "с 1988 по 1994 год", "весной 1992 года", "на следующий день". Month and unit words are listed
/// in every case they take in dates (genitive "августа", prepositional "в августе"...); the lexicon
/// folds "й"/"и" and "ё"/"е", so texts typed without them match too.
/// </summary>
public sealed partial class RuTemporal : TemporalLanguage
{
    public override string Language => "ru";

    public override Lexicon<int> Months => field ??= Lex(
        (1, "январь января январе январю январём янв."), (2, "февраль февраля феврале февралю февралём февр. фев."),
        (3, "март марта марте марту мартом"), (4, "апрель апреля апреле апрелю апрелем апр."),
        (5, "май мая мае маю маем"), (6, "июнь июня июне июню июнем"), (7, "июль июля июле июлю июлем"),
        (8, "август августа августе августу августом авг."), (9, "сентябрь сентября сентябре сентябрю сентябрём сент. сен."),
        (10, "октябрь октября октябре октябрю октябрём окт."), (11, "ноябрь ноября ноябре ноябрю ноябрём нояб."),
        (12, "декабрь декабря декабре декабрю декабрём дек."));

    /// <summary>Alone, no abbreviations and not "марта"/"мая" (also the names Marta and Maya in the genitive).</summary>
    public override Lexicon<int> BareMonths => field ??= Lex(
        (1, "январь января январе"), (2, "февраль февраля феврале"), (3, "март марте"), (4, "апрель апреля апреле"),
        (5, "май мае"), (6, "июнь июня июне"), (7, "июль июля июле"), (8, "август августа августе"),
        (9, "сентябрь сентября сентябре"), (10, "октябрь октября октябре"), (11, "ноябрь ноября ноябре"),
        (12, "декабрь декабря декабре"));

    public override Lexicon<Season> Seasons => field ??= Lex(
        (Season.Spring, "весна весны весной весну весне"), (Season.Summer, "лето лета летом лету"),
        (Season.Autumn, "осень осени осенью"), (Season.Winter, "зима зимы зимой зиму зиме"));

    public override Lexicon<PeriodPart> Parts => field ??= Lex(
        (PeriodPart.Early, "начало начала начале началу"),
        (PeriodPart.Mid, "середина середины середине середину"),
        (PeriodPart.Late, "конец конца конце концу"),
        (PeriodPart.Whole, "течение протяжении"));

    public override Lexicon<TimeUnit> Units => field ??= Lex(
        (TimeUnit.Second, "секунда секунды секунд секунду"), (TimeUnit.Minute, "минута минуты минут минуту"),
        (TimeUnit.Hour, "час часа часов"), (TimeUnit.Day, "день дня дней дню дни сутки суток"),
        (TimeUnit.Week, "неделя недели недель неделю неделе"), (TimeUnit.Month, "месяц месяца месяцев месяцы месяце"),
        (TimeUnit.Quarter, "квартал квартала кварталов квартале"),
        (TimeUnit.Year, "год года году лет годы годов годах"),
        (TimeUnit.Decade, "десятилетие десятилетия десятилетий десятилетия"),
        (TimeUnit.Century, "век века веков веке столетие столетия"));

    public override Lexicon<Direction> Directions => field ??= Lex(
        (new Direction(1, false), "следующий следующего следующую следующее следующей следующем через спустя позже позднее после"),
        (new Direction(-1, false), "предыдущий предыдущего предыдущую предыдущей ранее раньше"),
        (new Direction(0, false), "тот_же ту_же то_же тот_самый"),
        (new Direction(-1, true), "прошлый прошлого прошлом прошлой прошлую назад вчера"),
        (new Direction(0, true), "этот этого этом этой эту текущем текущий"),
        (new Direction(1, true), "будущем будущий завтра"));

    public override Lexicon<DayOfWeek> Weekdays => field ??= Lex(
        (DayOfWeek.Monday, "понедельник понедельника"), (DayOfWeek.Tuesday, "вторник вторника"),
        (DayOfWeek.Wednesday, "среда среду среды"), (DayOfWeek.Thursday, "четверг четверга"),
        (DayOfWeek.Friday, "пятница пятницу пятницы"), (DayOfWeek.Saturday, "суббота субботу субботы"),
        (DayOfWeek.Sunday, "воскресенье воскресенья"));

    public override Lexicon<int> NumberWords => field ??= Lex(
        (1, "один одна одно одного одной один"), (2, "два две двух"), (3, "три трёх"), (4, "четыре четырёх"),
        (5, "пять пяти"), (6, "шесть шести"), (7, "семь семи"), (8, "восемь восьми"), (9, "девять девяти"),
        (10, "десять десяти"), (-1, "несколько нескольких"));

    public override Lexicon<string> References => field ??= Lex(
        ("PRESENT_REF", "сейчас теперь ныне сегодня в_настоящее_время"),
        ("PAST_REF", "тогда прежде"),
        ("FUTURE_REF", "в_будущем"));

    public override Lexicon<string> DayParts => field ??= Lex(
        ("MO", "утро утром утра"), ("AF", "днём"), ("EV", "вечер вечером вечера"), ("NI", "ночь ночью ночи"));

    public override Lexicon<string> SetWords => field ??= Lex(
        ("XXXX", "ежегодно"), ("XXXX-XX", "ежемесячно"), ("XXXX-WXX", "еженедельно"), ("XXXX-XX-XX", "ежедневно"));

    protected override IReadOnlyList<string> ListConjunctions => field ??= ["и", "или"];

    /// <summary>
    /// "война 2008 года", "перемирие 1994 года": a year in the genitive right after a noun names a
    /// thing; after a preposition ("с 2008 года", "до 1994 года") or opening a sentence it dates it.
    /// </summary>
    public override bool IsAttributive(string text, int index, int length)
    {
        if (!AttributiveYear.IsMatch(text.AsSpan(index, length)))
        {
            return false;
        }

        int end = index;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        int start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return end > start && char.IsLower(text[start]) && !Prepositions.Contains(text[start..end]);
    }

    private static System.Text.RegularExpressions.Regex AttributiveYear => AttributiveYearRegex();

    [System.Text.RegularExpressions.GeneratedRegex(
        @"^\d{4}\s*(?:года|г\.)$", System.Text.RegularExpressions.RegexOptions.Compiled)]
    private static partial System.Text.RegularExpressions.Regex AttributiveYearRegex();

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "с", "со", "до", "после", "от", "к", "около", "начала", "конца", "середины", "начале", "конце", "середине", "весны",
        "лета", "осени", "зимы", "течение", "году",
    };

    public override bool SpeaksOfFuture(ReadOnlySpan<char> sentence) => FutureCue.IsMatch(sentence);

    private static System.Text.RegularExpressions.Regex FutureCue => FutureCueRegex();

    [System.Text.RegularExpressions.GeneratedRegex(
        @"(?<!\p{L})(?:будет|будут|планируется|предстоит|намерен\p{L}*)(?!\p{L})",
        System.Text.RegularExpressions.RegexOptions.Compiled | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex FutureCueRegex();

    protected override IEnumerable<string> ExtraPrefixWords =>
        ["с", "со", "по", "до", "от", "между", "в", "во", "на", "около", "почти", "более", "менее", "свыше", "через", "спустя", "каждый", "каждую", "каждое", "тот", "ту", "то", "же"];

    /// <summary>A range needs a dash or a joining word close after its start.</summary>
    private static System.Text.RegularExpressions.Regex RangeNear => RangeNearRegex();

    [System.Text.RegularExpressions.GeneratedRegex(
        @"[-–—−]|\s(?:по|до|и)\s", System.Text.RegularExpressions.RegexOptions.Compiled | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex RangeNearRegex();

    /// <summary>The year of "09.11.2020": the shared <see cref="TemporalLanguage"/> year refuses a digit and dot before it.</summary>
    private const string NumericYear = @"(?:1\d{3}|2[01]\d{2})(?!\d)";

    protected override IEnumerable<TemporalRule> BuildRules()
    {
        string month = Alt(Months), bare = Alt(BareMonths), part = Alt(Parts), season = Alt(Seasons);
        string god = @"(?:\s*(?:года|году|годом|год|гг?\.))";
        string partPrefix = $@"(?:(?<p>{part})\s+)?";

        string[] forms =
        [
            $@"{partPrefix}(?<d>{Day})\s+(?<m>{month})(?:\s+(?<y>{Year}){god}?)?",
            $@"{partPrefix}(?<m>{month})\s+(?<y>{Year}){god}?",
            $@"(?<s>{season})\s+(?<y>{Year}){god}?",
            $@"{partPrefix}(?<y>{Year}){god}",
            $@"(?<y>{Year})(?!\s*[%‰])",
            $@"(?<d>\d{{1,2}})\.(?<mn>\d{{1,2}})\.(?<y>{NumericYear})",
            $@"(?<y>{Year})-(?<mn>\d\d)-(?<d>\d\d)",
            $@"{partPrefix}(?<m>{bare})",
        ];
        string one = string.Join("|", forms);
        string first = string.Join("|", forms.Append($@"(?<d>{Day})(?=\s*(?:[-–—]|по|до)\s*\d)"));

        yield return Rule("ru-decade", RuleKind.Absolute,
            $@"(?:(?<p1>{part})\s+)?(?<dec1>1\d\d0|20\d0)\s*-?\s*(?:х|е|ые|ых|ыми?)(?:\s+(?:годов|годы|годах|годами|гг\.))?");
        yield return Rule("ru-century", RuleKind.Absolute,
            $@"(?:(?<p1>{part})\s+)?(?<cent>[XVI]+|\d{{1,2}})(?:-?(?:го|м|й))?\s+(?:века|веке|век|в\.)");

        foreach (var form in forms)
        {
            yield return Rule("ru-date", RuleKind.Absolute, Indexed(form, 1));
        }

        yield return Rule("ru-range", RuleKind.Absolute,
            $@"(?:(?:с|со|от|между)\s+)?(?:{Indexed(first, 1)})(?:{Dash}|\s+(?:по|до|и)\s+)(?:{Indexed(one, 2)}|(?<open2>наши\s+дни|настоящее\s+время))", RangeNear);

        string unit = Alt(Units), num = Alt(NumberWords), wd = Alt(Weekdays), dp = Alt(DayParts);
        string count = $@"(?<n>\d+|{num})";
        yield return Rule("ru-deictic", RuleKind.Deictic,
            $@"(?:в|на)\s+(?<dir>этом|этой|прошлом|прошлой|текущем|будущем)\s+(?<unit>году|месяце|неделе)|(?:в\s+|во\s+)?(?<wd>{wd})(?:\s+(?<tod>{dp}))?|(?<day>вчера|завтра)");
        yield return Rule("ru-relative", RuleKind.Relative,
            $@"(?:на|в|во)\s+(?<dir>следующий|следующее|следующую|следующем|тот\s+же|ту\s+же|то\s+же)\s+(?<unit>день|году|год|месяц|месяце|неделю|неделе|{dp})|(?<dir>через|спустя)\s+{count}\s+(?<unit>{unit})|{count}\s+(?<unit>{unit})\s+(?<dir>спустя|позже|позднее|назад|ранее)");
        yield return Rule("ru-duration", RuleKind.Duration,
            $@"(?:(?:около|почти|более|менее|свыше)\s+)?{count}\s+(?<unit>{unit})(?!\s+(?:спустя|позже|позднее|назад|ранее))");
        yield return Rule("ru-set", RuleKind.Set, $@"(?:каждый|каждую|каждое)\s+(?<unit>день|неделю|месяц|год)|(?<set>{Alt(SetWords)})");
        yield return Rule("ru-reference", RuleKind.Reference, $@"(?<ref>{Alt(References)})");
    }
}
