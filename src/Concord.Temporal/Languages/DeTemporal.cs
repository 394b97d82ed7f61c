using Concord.Temporal.Engine;

namespace Concord.Temporal.Languages;

/// <summary>
/// German temporal resources: "7. August 2008", "am 7. August", "im Frühjahr 1992", "Anfang der
/// 1990er Jahre", "von 1988 bis 1994", "am nächsten Tag". Day numbers carry a dot (ordinal);
/// nouns are capitalised, so month and unit words match in any case.
/// </summary>
public sealed partial class DeTemporal : TemporalLanguage
{
    public override string Language => "de";

    public override Lexicon<int> Months => field ??= Lex(
        (1, "januar jänner jan."), (2, "februar feber feb. febr."), (3, "märz mär."), (4, "april apr."), (5, "mai"),
        (6, "juni jun."), (7, "juli jul."), (8, "august aug."), (9, "september sept. sep."), (10, "oktober okt."),
        (11, "november nov."), (12, "dezember dez."));

    /// <summary>Alone only full names count; "Mai" and "März" are months too, but only capitalised (checked below).</summary>
    public override Lexicon<int> BareMonths => field ??= Lex(
        (1, "januar jänner"), (2, "februar"), (3, "märz"), (4, "april"), (5, "mai"), (6, "juni"), (7, "juli"), (8, "august"),
        (9, "september"), (10, "oktober"), (11, "november"), (12, "dezember"));

    public override Lexicon<Season> Seasons => field ??= Lex(
        (Season.Spring, "frühjahr frühjahrs frühling frühlings"), (Season.Summer, "sommer sommers"),
        (Season.Autumn, "herbst herbstes herbsts"), (Season.Winter, "winter winters"));

    public override Lexicon<PeriodPart> Parts => field ??= Lex(
        (PeriodPart.Early, "anfang beginn zu_beginn am_anfang frühen"),
        (PeriodPart.Mid, "mitte"),
        (PeriodPart.Late, "ende am_ende späten"),
        (PeriodPart.Whole, "während"));

    public override Lexicon<TimeUnit> Units => field ??= Lex(
        (TimeUnit.Second, "sekunde sekunden"), (TimeUnit.Minute, "minute minuten"), (TimeUnit.Hour, "stunde stunden"),
        (TimeUnit.Day, "tag tage tagen tages tags"), (TimeUnit.Week, "woche wochen"), (TimeUnit.Month, "monat monate monaten monats"),
        (TimeUnit.Quarter, "quartal quartale quartalen"), (TimeUnit.Year, "jahr jahre jahren jahres jahrs"),
        (TimeUnit.Decade, "jahrzehnt jahrzehnte jahrzehnten jahrzehnts"),
        (TimeUnit.Century, "jahrhundert jahrhunderte jahrhunderten jahrhunderts"));

    public override Lexicon<Direction> Directions => field ??= Lex(
        (new Direction(1, false), "nächsten nächste folgenden folgende darauffolgenden später danach nach"),
        (new Direction(-1, false), "vorherigen vorigen früher zuvor davor"),
        (new Direction(0, false), "selben gleichen demselben"),
        (new Direction(-1, true), "vor letzten letzte vergangenen vergangene gestern"),
        (new Direction(0, true), "diesem dieses diese dieser laufenden"),
        (new Direction(1, true), "kommenden kommende morgen"));

    public override Lexicon<DayOfWeek> Weekdays => field ??= Lex(
        (DayOfWeek.Monday, "montag montags"), (DayOfWeek.Tuesday, "dienstag dienstags"), (DayOfWeek.Wednesday, "mittwoch mittwochs"),
        (DayOfWeek.Thursday, "donnerstag donnerstags"), (DayOfWeek.Friday, "freitag freitags"),
        (DayOfWeek.Saturday, "samstag samstags sonnabend"), (DayOfWeek.Sunday, "sonntag sonntags"));

    public override Lexicon<int> NumberWords => field ??= Lex(
        (1, "ein eine einen einem einer eines"), (2, "zwei zweier"), (3, "drei dreier"), (4, "vier"), (5, "fünf"), (6, "sechs"),
        (7, "sieben"), (8, "acht"), (9, "neun"), (10, "zehn"), (11, "elf"), (12, "zwölf"), (20, "zwanzig"), (30, "dreißig"),
        (-1, "mehrere mehreren einige einigen wenige wenigen"));

    public override Lexicon<string> References => field ??= Lex(
        ("PRESENT_REF", "jetzt heute derzeit gegenwärtig zurzeit heutzutage"),
        ("PAST_REF", "damals früher einst"),
        ("FUTURE_REF", "künftig zukünftig"));

    public override Lexicon<string> DayParts => field ??= Lex(
        ("MO", "morgens vormittag vormittags"), ("AF", "nachmittag nachmittags"), ("EV", "abend abends"),
        ("NI", "nacht nachts"));

    public override Lexicon<string> SetWords => field ??= Lex(
        ("XXXX", "jährlich alljährlich"), ("XXXX-XX", "monatlich"), ("XXXX-WXX", "wöchentlich"), ("XXXX-XX-XX", "täglich"));

    protected override IReadOnlyList<string> ListConjunctions => field ??= ["und", "oder", "sowie"];

    /// <summary>German nouns and months are capitalised; a lower-case "mai"/"august" is not a month (e.g. a name part).</summary>
    public override bool AcceptsBareMonth(string text, int index, string word) => char.IsUpper(word[0]);

    public override bool SpeaksOfFuture(ReadOnlySpan<char> sentence) => FutureCue.IsMatch(sentence);

    private static System.Text.RegularExpressions.Regex FutureCue => FutureCueRegex();

    [System.Text.RegularExpressions.GeneratedRegex(
        @"\b(?:wird|werden|soll|sollen|geplant|künftig|bis\s+zum)\b",
        System.Text.RegularExpressions.RegexOptions.Compiled | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex FutureCueRegex();

    protected override IEnumerable<string> ExtraPrefixWords =>
        ["am", "im", "vom", "von", "bis", "zum", "der", "des", "den", "dem", "die", "das", "seit", "ab", "zwischen", "etwa", "rund", "fast", "knapp",
         "über", "mehr", "als", "nach", "vor", "binnen", "innerhalb", "jeden", "jede", "jedes", "anfang", "mitte", "ende", "in", "um"];

    /// <summary>A range needs a dash or a joining word close after its start.</summary>
    private static System.Text.RegularExpressions.Regex RangeNear => RangeNearRegex();

    [System.Text.RegularExpressions.GeneratedRegex(
        @"[-–—−]|\s(?:bis|und)\s", System.Text.RegularExpressions.RegexOptions.Compiled | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex RangeNearRegex();

    /// <summary>The year of "09.11.2020": the shared <see cref="TemporalLanguage"/> year refuses a digit and dot before it.</summary>
    private const string NumericYear = @"(?:1\d{3}|2[01]\d{2})(?!\d)";

    protected override IEnumerable<TemporalRule> BuildRules()
    {
        string month = Alt(Months), bare = Alt(BareMonths), part = Alt(Parts), season = Alt(Seasons);

        // "Anfang August", "Ende des Jahres 1994", "Mitte der 1990er": a part word, then an optional article.
        string partPrefix = $@"(?:(?<p>{part})\s+(?:(?:des|der)\s+)?)?";
        string day = Day + @"\.";

        string[] forms =
        [
            $@"{partPrefix}(?:(?:des|der)\s+)?(?<s>{season})\s+(?:(?:des\s+)?jahres\s+)?(?<y>{Year})",
            $@"{partPrefix}(?<d>{day})\s*(?<m>{month})(?:\s+(?<y>{Year}))?",
            $@"{partPrefix}(?<m>{month})\s+(?<y>{Year})",
            $@"(?<d>\d{{1,2}})\.(?<mn>\d{{1,2}})\.(?<y>{NumericYear})",
            $@"(?<y>{Year})-(?<mn>\d\d)-(?<d>\d\d)",
            $@"{partPrefix}(?:(?:im\s+)?jahre?s?\s+)?(?<y>{Year})(?!\s*[%‰])",
            $@"{partPrefix}(?<m>{bare})",
        ];
        string one = string.Join("|", forms);
        string first = string.Join("|", forms.Append($@"(?<d>{day})"));

        // "der 1990er Jahre", "Anfang der 1990er-Jahre", "in den 1980ern".
        yield return Rule("de-decade", RuleKind.Absolute,
            $@"(?:(?<p1>{part})\s+)?(?:(?:der|den|die)\s+)?(?<dec1>1\d\d0|20\d0)er(?:(?:\s+|-)jahren?|n)?");
        yield return Rule("de-century", RuleKind.Absolute,
            $@"(?:(?<p1>{part})\s+)?(?:(?:des|dem|das)\s+)?(?<cent>\d{{1,2}}\.|[XVI]+\.?)\s+jahrhunderts?");

        foreach (var form in forms)
        {
            yield return Rule("de-date", RuleKind.Absolute, Indexed(form, 1));
        }

        yield return Rule("de-range", RuleKind.Absolute,
            $@"(?:(?:von|vom|zwischen)\s+)?(?:{Indexed(first, 1)})(?:{Dash}|\s+(?:bis(?:\s+(?:zum|ins?))?|und)\s+)(?:{Indexed(one, 2)}|(?<open2>heute|jetzt))", RangeNear);

        string unit = Alt(Units), num = Alt(NumberWords), wd = Alt(Weekdays), dp = Alt(DayParts);
        string count = $@"(?<n>\d+|{num})";
        yield return Rule("de-deictic", RuleKind.Deictic,
            $@"(?<dir>diesem|dieses|diese|letzten|letztes|letzte|vergangenen|vergangenes|kommenden|nächsten)\s+(?<unit>jahr|jahres|monat|monats|woche)|(?:(?:am|an\s+einem)\s+)?(?<wd>{wd})(?:\s*(?<tod>{dp}))?|(?<day>gestern|morgen)(?!\s*(?:früh|abend))");
        yield return Rule("de-relative", RuleKind.Relative,
            $@"(?:am|im|in\s+der|in\s+den)\s+(?<dir>nächsten|folgenden|darauffolgenden|selben|gleichen|vorherigen)\s+(?<unit>tag|jahr|monat|woche|{dp})|(?<dir>vor|nach)\s+{count}\s+(?<unit>tagen|wochen|monaten|jahren|jahrzehnten|tag|woche|monat|jahr)|{count}\s+(?<unit>{unit})\s+(?<dir>später|zuvor|davor|danach)");
        yield return Rule("de-duration", RuleKind.Duration,
            $@"(?:(?:etwa|rund|fast|knapp|über|mehr\s+als)\s+)?{count}\s+(?<unit>{unit})(?!\s+(?:später|zuvor|davor|danach))");
        yield return Rule("de-set", RuleKind.Set, $@"(?:jeden|jede|jedes)\s+(?<unit>tag|woche|monat|jahr)|(?<set>{Alt(SetWords)})");
        yield return Rule("de-reference", RuleKind.Reference, $@"(?<ref>{Alt(References)})");
    }
}
