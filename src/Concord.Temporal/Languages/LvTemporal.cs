using Concord.Temporal.Engine;

namespace Concord.Temporal.Languages;

/// <summary>Latvian temporal resources: "1988. gada 20. februārī", "1990. gadu sākumā", "no 1922. līdz 1936. gadam".</summary>
public sealed partial class LvTemporal : TemporalLanguage
{
    public override string Language => "lv";

    // Every case form: nominative, genitive, locative, dative, accusative (plus "g." style abbreviations).
    public override Lexicon<int> Months => field ??= Lex(
        (1, "janvāris janvāra janvārī janvārim janvāri janv."),
        (2, "februāris februāra februārī februārim februāri febr."),
        (3, "marts marta martā martam martu"),
        (4, "aprīlis aprīļa aprīlī aprīlim aprīli apr."),
        (5, "maijs maija maijā maijam maiju"),
        (6, "jūnijs jūnija jūnijā jūnijam jūniju"),
        (7, "jūlijs jūlija jūlijā jūlijam jūliju"),
        (8, "augusts augusta augustā augustam augustu aug."),
        (9, "septembris septembra septembrī septembrim septembri sept."),
        (10, "oktobris oktobra oktobrī oktobrim oktobri okt."),
        (11, "novembris novembra novembrī novembrim novembri nov."),
        (12, "decembris decembra decembrī decembrim decembri dec."));

    /// <summary>On their own only full, unabbreviated forms count, and never "marta"/"maija" (also personal names) without a cue.</summary>
    public override Lexicon<int> BareMonths => field ??= Lex(
        (1, "janvāris janvāra janvārī janvārim janvāri"),
        (2, "februāris februāra februārī februārim februāri"),
        (3, "martā martam"),
        (4, "aprīlis aprīļa aprīlī aprīlim aprīli"),
        (5, "maijā maijam"),
        (6, "jūnijs jūnija jūnijā jūnijam jūniju"),
        (7, "jūlijs jūlija jūlijā jūlijam jūliju"),
        (8, "augusts augusta augustā augustam augustu"),
        (9, "septembris septembra septembrī septembrim septembri"),
        (10, "oktobris oktobra oktobrī oktobrim oktobri"),
        (11, "novembris novembra novembrī novembrim novembri"),
        (12, "decembris decembra decembrī decembrim decembri"));

    public override Lexicon<Season> Seasons => field ??= Lex(
        (Season.Spring, "pavasaris pavasara pavasarī pavasarim pavasari"),
        (Season.Summer, "vasara vasaras vasarā vasarai vasaru"),
        (Season.Autumn, "rudens rudenī rudenim rudeni"),
        (Season.Winter, "ziema ziemas ziemā ziemai ziemu"));

    public override Lexicon<PeriodPart> Parts => field ??= Lex(
        (PeriodPart.Early, "sākumā sākums sākuma sākumam sākumu"),
        (PeriodPart.Mid, "vidū vidus vidum vidu"),
        (PeriodPart.Late, "beigās beigas beigām beigu"),
        (PeriodPart.Whole, "laikā garumā"));

    public override Lexicon<TimeUnit> Units => field ??= Lex(
        (TimeUnit.Second, "sekunde sekundes sekundē sekunžu sekundēm sekundi"),
        (TimeUnit.Minute, "minūte minūtes minūtē minūšu minūtēm minūti"),
        (TimeUnit.Hour, "stunda stundas stundā stundu stundām"),
        (TimeUnit.Day, "diena dienas dienā dienu dienām dienai diennakts diennaktis diennakti"),
        (TimeUnit.Week, "nedēļa nedēļas nedēļā nedēļu nedēļām"),
        (TimeUnit.Month, "mēnesis mēneša mēnesī mēnešus mēnešiem mēnešu mēnesi"),
        (TimeUnit.Year, "gads gada gadā gadu gadus gadiem gadi gados"),
        (TimeUnit.Decade, "desmitgade desmitgades desmitgadē desmitgadi desmitgadu gadu_desmits gadu_desmitu gadu_desmitus gadu_desmitiem gadu_desmitos"),
        (TimeUnit.Century, "gadsimts gadsimta gadsimtā gadsimtu gadsimtus gadsimtiem"));

    public override Lexicon<Direction> Directions => field ??= Lex(
        (new Direction(1, false), "nākamajā nākamā nākamais nākamajam nākamo vēlāk pēc"),
        (new Direction(-1, false), "iepriekšējā iepriekšējais iepriekšējo agrāk pirms"),
        (new Direction(0, false), "tajā_pašā tai_pašā tas_pats tā_pati"),
        (new Direction(-1, true), "pagājušajā pagājušais pagājušo vakar"),
        (new Direction(1, true), "rīt"),
        (new Direction(0, true), "šajā šogad šomēnes šonedēļ šis šī"));

    public override Lexicon<DayOfWeek> Weekdays => field ??= Lex(
        (DayOfWeek.Monday, "pirmdiena pirmdien pirmdienā"), (DayOfWeek.Tuesday, "otrdiena otrdien otrdienā"),
        (DayOfWeek.Wednesday, "trešdiena trešdien trešdienā"), (DayOfWeek.Thursday, "ceturtdiena ceturtdien ceturtdienā"),
        (DayOfWeek.Friday, "piektdiena piektdien piektdienā"), (DayOfWeek.Saturday, "sestdiena sestdien sestdienā"),
        (DayOfWeek.Sunday, "svētdiena svētdien svētdienā"));

    public override Lexicon<int> NumberWords => field ??= Lex(
        (1, "viens viena vienu vienā vienam"), (2, "divi divas divām diviem divus divu"), (3, "trīs trijām trijiem trijos"),
        (4, "četri četras četrām četriem četrus četru"), (5, "pieci piecas piecām pieciem piecus piecu"),
        (6, "seši sešas sešām sešiem sešus sešu"), (7, "septiņi septiņas septiņām septiņiem septiņus septiņu"),
        (8, "astoņi astoņas astoņām astoņiem astoņus astoņu"), (9, "deviņi deviņas deviņām deviņiem deviņus deviņu"),
        (10, "desmit"), (-1, "vairāki vairākas vairākām vairākiem vairākus vairāku dažas dažām dažiem dažus dažu"));

    public override Lexicon<string> References => field ??= Lex(
        ("PRESENT_REF", "tagad pašlaik šobrīd mūsdienās patlaban"), ("PAST_REF", "agrāk senāk"));

    public override Lexicon<string> DayParts => field ??= Lex(
        ("MO", "rīts rīta rītā"), ("AF", "pēcpusdiena pēcpusdienā"), ("EV", "vakars vakara vakarā"), ("NI", "nakts naktī naktij"));

    public override Lexicon<string> SetWords => field ??= Lex(
        ("XXXX", "ik_gadu katru_gadu ikgadēji"), ("XXXX-XX", "katru_mēnesi ik_mēnesi"),
        ("XXXX-XX-XX", "katru_dienu ik_dienu ikdienā"));

    protected override IReadOnlyList<string> ListConjunctions => field ??= ["un", "vai"];

    /// <summary>"1994. gada pamiers": a year in the genitive with no month or day after it qualifies a noun.</summary>
    public override bool IsAttributive(string text, int index, int length) =>
        text.AsSpan(index, length).EndsWith("gada", StringComparison.OrdinalIgnoreCase);

    protected override IEnumerable<string> ExtraPrefixWords => ["no", "līdz", "kopš", "ap", "aptuveni", "vismaz", "katru", "ik", "gada", "gadu", "un"];

    /// <summary>A range needs a dash or a joining word close after its start.</summary>
    private static System.Text.RegularExpressions.Regex RangeNear => RangeNearRegex();

    [System.Text.RegularExpressions.GeneratedRegex(
        @"[-–—−]|\s(?:līdz|un)\s", System.Text.RegularExpressions.RegexOptions.Compiled | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex RangeNearRegex();

    /// <summary>The words that join the two dates of a range (besides a dash).</summary>
    private static readonly string[] JoinerWords = ["līdz", "un"];

    protected override IEnumerable<TemporalRule> BuildRules()
    {
        string month = Alt(Months), bare = Alt(BareMonths), part = Alt(Parts), season = Alt(Seasons);
        string year = Year + @"\.?";
        string gada = @"(?:gada|gadā|gadam|gadu|gads|g\.)";
        string partSuffix = $@"(?:\s+(?<p>{part}))?";

        string[] forms =
        [
            $@"(?<y>{year})\s*{gada}\s+(?<d>{Day})\.\s*(?<m>{month}){partSuffix}",
            $@"(?<y>{year})\s*(?:gada|g\.)\s+(?<m>{month}){partSuffix}",
            $@"(?<y>{year})\s*gada\s+(?<s>{season})",
            $@"(?<y>{year})\s*{gada}{partSuffix}",
            $@"(?<y>{Year})\.?",
            $@"(?<d>{Day})\.\s*(?<m>{month}){partSuffix}",
            $@"(?<d>\d{{1,2}})\.(?<mn>\d{{1,2}})\.(?<y>{Year})",
            $@"(?<y>{Year})-(?<mn>\d\d)-(?<d>\d\d)",
            $@"(?<m>{bare}){partSuffix}",
        ];
        string one = string.Join("|", forms);

        // A range's first half may lean on the second for its month ("2016. gada 1. līdz 5. aprīlim", "12.–16. jūlijā").
        string firstOnly = $@"(?<y>{year})\s*gada\s+(?<d>{Day})\.|(?<d>{Day})\.";

        // "1980. gadu beigās" (plural genitive "gadu" + a part) is a part of the decade, not of the
        // year 1980; it may open a range too ("no 1980. gadu beigām līdz 1994. gada maijam"), so it
        // comes before the year forms, which would read "1980. gadu beigām" as the end of 1980.
        string decade = $@"(?<dec>1\d\d0|20\d0)\.\s*(?:gadu\s+(?<p>{part})|gados|gadi|gadiem)";
        string first = string.Join("|", forms.Prepend(decade).Append(firstOnly));
        string opener = @"no\s+", joiner = RangeReach.JoinerPattern(JoinerWords);
        yield return Rule("lv-decade", RuleKind.Absolute, Indexed(decade, 1));
        yield return Rule("lv-century", RuleKind.Absolute,
            $@"(?<cent>\d{{1,2}}\.|[XVI]+)\s*gadsimt\p{{L}}*(?:\s+(?<p1>{part}))?");

        // One rule per form: each compiles to a small anchored matcher that fails fast.
        foreach (var form in forms)
        {
            yield return Rule("lv-date", RuleKind.Absolute, Indexed(form, 1));
        }

        // "Rudenī …", "ar rudeni …": a season without a year, in the locative (when) or after "ar"
        // (by), is that season of the year the text is speaking of. Only the diacritic forms: the
        // nominative "vasara" (a summer) names the season rather than dating anything.
        yield return Rule("lv-season", RuleKind.Absolute,
            @"(?:ar\s+(?<s1>rudeni|ziemu|pavasari|vasaru)|(?<s1>rudenī|ziemā|pavasarī|vasarā))(?!\p{L})");

        yield return ComposedRange(
            "lv-range", firstHalfRule: "lv-date", opener, Indexed(first, 1), Indexed(firstOnly, 1), JoinerWords,
            $@"{Indexed(one, 2)}|(?<open2>mūsdienām|šodienai|šodienai)", RangeNear);
        string dir = Alt(Directions), unit = Alt(Units), num = Alt(NumberWords), wd = Alt(Weekdays), dp = Alt(DayParts);
        string count = $@"(?<n>\d+|{num})";
        yield return Rule("lv-deictic", RuleKind.Deictic,
            $@"(?<dir>šajā|pagājušajā)\s+(?<unit>gadā|mēnesī|nedēļā)|(?<wd>{wd})(?:\s+(?<tod>{dp}))?|(?<day>vakar|rīt)");
        yield return Rule("lv-relative", RuleKind.Relative,
            $@"(?<dir>nākamajā|iepriekšējā|tajā\s+pašā|tai\s+pašā)\s+(?<unit>dienā|gadā|mēnesī|nedēļā|{dp})|(?<dir>pēc|pirms)\s+{count}\s+(?<unit>{unit})");
        yield return Rule("lv-duration", RuleKind.Duration,
            $@"{count}\s+(?<unit>{unit})(?!\s+(?:vēlāk|agrāk))|(?<n>{num})\s+(?<unit>gadu\s+desmit\p{{L}}*)");
        yield return Rule("lv-set", RuleKind.Set, $@"(?<set>{Alt(SetWords)})");
        yield return Rule("lv-reference", RuleKind.Reference, $@"(?<ref>{Alt(References)})");
    }
}
