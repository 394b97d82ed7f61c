using Concord.Temporal.Engine;

namespace Concord.Temporal.Languages;

/// <summary>
/// Lithuanian temporal resources: "2020 m. lapkričio 9 d.", "1988–1994 m.", "2016 metais balandžio
/// mėnesį", "nuo 1994 iki 2020". The lexicon folds diacritics, so "lapkricio" and "menesi" typed
/// without them match too.
/// </summary>
public sealed partial class LtTemporal : TemporalLanguage
{
    public override string Language => "lt";

    // Nominative, genitive (dates: "lapkričio 9 d."), accusative, locative.
    public override Lexicon<int> Months => field ??= Lex(
        (1, "sausis sausio sausį sausyje saus."), (2, "vasaris vasario vasarį vasaryje vas."),
        (3, "kovas kovo kovą kove"), (4, "balandis balandžio balandį balandyje bal."),
        (5, "gegužė gegužės gegužę gegužėje geg."), (6, "birželis birželio birželį birželyje birž."),
        (7, "liepa liepos liepą liepoje liep."), (8, "rugpjūtis rugpjūčio rugpjūtį rugpjūtyje rugpj."),
        (9, "rugsėjis rugsėjo rugsėjį rugsėjyje rugs."), (10, "spalis spalio spalį spalyje spal."),
        (11, "lapkritis lapkričio lapkritį lapkrityje lapkr."), (12, "gruodis gruodžio gruodį gruodyje gruod."));

    /// <summary>
    /// Alone only the locative forms ("lapkrityje") are dates; "kovą" (a fight), "liepa" (a lime
    /// tree), "vasarį"/"vasara" (summer) need "mėnesį" or a year or day beside them.
    /// </summary>
    public override Lexicon<int> BareMonths => field ??= Lex(
        (1, "sausyje"), (2, "vasaryje"), (4, "balandyje"), (5, "gegužėje"), (6, "birželyje"), (8, "rugpjūtyje"),
        (9, "rugsėjyje"), (10, "spalyje"), (11, "lapkrityje"), (12, "gruodyje"));

    public override Lexicon<Season> Seasons => field ??= Lex(
        (Season.Spring, "pavasaris pavasario pavasarį"), (Season.Summer, "vasara vasaros vasarą"),
        (Season.Autumn, "ruduo rudens rudenį"), (Season.Winter, "žiema žiemos žiemą"));

    public override Lexicon<PeriodPart> Parts => field ??= Lex(
        (PeriodPart.Early, "pradžioje pradžia pradžios pradžią"),
        (PeriodPart.Mid, "viduryje vidurys vidurio"),
        (PeriodPart.Late, "pabaigoje pabaiga pabaigos pabaigą"));

    public override Lexicon<TimeUnit> Units => field ??= Lex(
        (TimeUnit.Second, "sekundė sekundės sekundžių sekundes"), (TimeUnit.Minute, "minutė minutės minučių minutes minutę"),
        (TimeUnit.Hour, "valanda valandos valandų valandas valandą"),
        (TimeUnit.Day, "diena dienos dienų dienas dieną dienomis parą paros parų paras"),
        (TimeUnit.Week, "savaitė savaitės savaičių savaites savaitę"),
        (TimeUnit.Month, "mėnuo mėnesio mėnesių mėnesius mėnesį"),
        (TimeUnit.Year, "metai metų metus metais"),
        (TimeUnit.Decade, "dešimtmetis dešimtmečio dešimtmečių dešimtmečius dešimtmetį dešimtmetyje"),
        (TimeUnit.Century, "amžius amžiaus amžių amžiuje šimtmetis šimtmečio"));

    public override Lexicon<Direction> Directions => field ??= Lex(
        (new Direction(1, false), "kitą kitais kitų kitais kitais_metais vėliau po"),
        (new Direction(-1, false), "ankstesnį anksčiau prieš"),
        (new Direction(0, false), "tą_pačią tais_pačiais tą_patį"),
        (new Direction(-1, true), "praėjusiais praėjusią praėjusį pernai vakar"),
        (new Direction(0, true), "šiais šią šį šiemet"),
        (new Direction(1, true), "rytoj"));

    public override Lexicon<DayOfWeek> Weekdays => field ??= Lex(
        (DayOfWeek.Monday, "pirmadienis pirmadienį"), (DayOfWeek.Tuesday, "antradienis antradienį"),
        (DayOfWeek.Wednesday, "trečiadienis trečiadienį"), (DayOfWeek.Thursday, "ketvirtadienis ketvirtadienį"),
        (DayOfWeek.Friday, "penktadienis penktadienį"), (DayOfWeek.Saturday, "šeštadienis šeštadienį"),
        (DayOfWeek.Sunday, "sekmadienis sekmadienį"));

    public override Lexicon<int> NumberWords => field ??= Lex(
        (1, "vienas viena vieną vienerius vieneri"), (2, "du dvi dviejų dvejus dveji"), (3, "trys trijų tris trejus treji"),
        (4, "keturi keturios keturių keturis keturias ketverius ketveri"), (5, "penki penkios penkių penkis penkias penkerius"),
        (6, "šeši šešios šešių šešis šešias šešerius"), (7, "septyni septynios septynių septynis septynias septynerius"),
        (8, "aštuoni aštuonios aštuonių aštuonis aštuonias aštuonerius"), (9, "devyni devynios devynių devynis devynias devynerius"),
        (10, "dešimt dešimties"), (-1, "keletą keleto kelis kelias kelerius keli kelios daug"));

    public override Lexicon<string> References => field ??= Lex(
        ("PRESENT_REF", "dabar šiuo_metu šiandien šiandiena"), ("PAST_REF", "senovėje anksčiau"));

    public override Lexicon<string> DayParts => field ??= Lex(
        ("MO", "rytas ryte ryto rytą"), ("AF", "popietė popiet"), ("EV", "vakaras vakare vakaro"), ("NI", "naktis naktį nakties"));

    public override Lexicon<string> SetWords => field ??= Lex(
        ("XXXX", "kasmet kiekvienais_metais"), ("XXXX-XX", "kas_mėnesį"), ("XXXX-XX-XX", "kasdien kiekvieną_dieną"));

    protected override IReadOnlyList<string> ListConjunctions => field ??= ["ir", "bei", "arba"];

    protected override IEnumerable<string> ExtraPrefixWords => ["nuo", "iki", "apie", "beveik", "per", "kas", "kiekvieną", "kiekvienais", "m", "metais", "metų"];

    /// <summary>A range needs a dash or a joining word close after its start.</summary>
    private static System.Text.RegularExpressions.Regex RangeNear => RangeNearRegex();

    [System.Text.RegularExpressions.GeneratedRegex(
        @"[-–—−]|\s(?:iki|ir)\s", System.Text.RegularExpressions.RegexOptions.Compiled | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex RangeNearRegex();

    /// <summary>The words that join the two dates of a range (besides a dash).</summary>
    private static readonly string[] JoinerWords = ["iki", "ir"];

    protected override IEnumerable<TemporalRule> BuildRules()
    {
        string month = Alt(Months), bare = Alt(BareMonths), part = Alt(Parts), season = Alt(Seasons);

        // "m." (metai) after a year, with or without the dot or a space: "2020 m.", "2020m", "1994 metais".
        string yearWord = @"(?:m\.?(?!\p{L})|metais|metų|metai|metus|metams)";
        string dayWord = @"\s*d\.?(?!\p{L})|\s*(?:dieną|dienos|diena)";
        string monthWord = @"(?:\s+(?:mėnesį|mėnesio|mėn\.?))";
        string partSuffix = $@"(?:\s+(?<p>{part}))?";

        string[] forms =
        [
            $@"(?<y>{Year})\s*{yearWord}\s*(?<m>{month})\s*(?<d>{Day})(?:{dayWord})",
            $@"(?<y>{Year})\s*{yearWord}\s*(?<m>{month}){monthWord}?{partSuffix}",
            $@"(?<y>{Year})\s*{yearWord}\s*(?<s>{season})",
            $@"(?<y>{Year})\s*{yearWord}{partSuffix}",
            $@"(?<y>{Year})",
            $@"(?<m>{month})\s*(?<d>{Day})(?:{dayWord})",
            $@"(?<m>{month}){monthWord}{partSuffix}",
            $@"(?<m>{bare}){partSuffix}",
            $@"(?<y>{Year})-(?<mn>\d\d)-(?<d>\d\d)",
        ];
        string one = string.Join("|", forms);
        string firstOnly = $@"(?<d>{Day})(?=\s*[-–—]\s*\d)";
        string first = string.Join("|", forms.Append(firstOnly));
        string opener = @"nuo\s+", joiner = RangeReach.JoinerPattern(JoinerWords);
        yield return Rule("lt-century", RuleKind.Absolute,
            $@"(?<cent>[XVI]+|\d{{1,2}})\s*(?:a\.|amžiaus|amžiuje|amžių|amžius)(?:\s+(?<p1>{part}))?");
        yield return Rule("lt-decade", RuleKind.Absolute,
            $@"(?<dec1>1\d\d0|20\d0)\s*-?\s*(?:aisiais|ųjų|ieji|aisias)(?:\s+m\.)?(?:\s+(?<p1>{part}))?");
        // One rule per form: each compiles to a small anchored matcher that fails fast.
        foreach (var form in forms)
        {
            yield return Rule("lt-date", RuleKind.Absolute, Indexed(form, 1));
        }

        // "Rudenį …", "žiemą …": a season in the accusative of time, without a year, is that season
        // of the year the text is speaking of (also typed without diacritics: "rudeni", "ziema").
        yield return Rule("lt-season", RuleKind.Absolute,
            @"(?<s1>rudenį|rudeni|žiemą|ziema|pavasarį|pavasari|vasarą|vasara)(?!\p{L})");

        yield return ComposedRange(
            "lt-range", firstHalfRule: "lt-date", opener, Indexed(first, 1), Indexed(firstOnly, 1), JoinerWords,
            $@"{Indexed(one, 2)}|(?<open2>dabar|šiol)", RangeNear);

        string unit = Alt(Units), num = Alt(NumberWords), wd = Alt(Weekdays), dp = Alt(DayParts);
        string count = $@"(?<n>\d+|{num})";
        yield return Rule("lt-deictic", RuleKind.Deictic,
            $@"(?<dir>šiais|praėjusiais)\s+(?<unit>metais)|(?<dir>šį|praėjusį)\s+(?<unit>mėnesį)|(?<dir>šią|praėjusią)\s+(?<unit>savaitę)|(?<wd>{wd})(?:\s+(?<tod>{dp}))?|(?<day>vakar|rytoj)");
        yield return Rule("lt-relative", RuleKind.Relative,
            $@"(?<dir>kitą|kitais|tą\s+pačią|tais\s+pačiais|tą\s+patį)\s+(?<unit>dieną|metais|mėnesį|savaitę|{dp})|(?<dir>po|prieš)\s+{count}\s+(?<unit>{unit})|{count}\s+(?<unit>{unit})\s+(?<dir>vėliau|anksčiau)");
        yield return Rule("lt-duration", RuleKind.Duration, $@"{count}\s+(?<unit>{unit})");
        yield return Rule("lt-set", RuleKind.Set, $@"(?<set>{Alt(SetWords)})");
        yield return Rule("lt-reference", RuleKind.Reference, $@"(?<ref>{Alt(References)})");
    }
}
