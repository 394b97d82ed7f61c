using Concord.Temporal.Engine;

namespace Concord.Temporal.Languages;

/// <summary>
/// Spanish temporal resources: "el 7 de agosto de 2008", "7 de agosto", "en 1994", "agosto de
/// 2008", "en la primavera de 1992", "a principios de los años noventa", "entre 1988 y 1994",
/// "del 12 al 16 de julio de 2020", "al día siguiente", "hace dos años". Day, "de", month,
/// "de", year; months are lower case.
/// </summary>
public sealed partial class EsTemporal : TemporalLanguage
{
    public override string Language => "es";

    public override Lexicon<int> Months => field ??= Lex(
        (1, "enero ene."), (2, "febrero feb."), (3, "marzo mar."), (4, "abril abr."), (5, "mayo may."), (6, "junio jun."),
        (7, "julio jul."), (8, "agosto ago."), (9, "septiembre setiembre sept. sep."), (10, "octubre oct."),
        (11, "noviembre nov."), (12, "diciembre dic."));

    /// <summary>Alone only full names count, and not "mayo" (also a common surname) nor "marzo".</summary>
    public override Lexicon<int> BareMonths => field ??= Lex(
        (1, "enero"), (2, "febrero"), (4, "abril"), (6, "junio"), (7, "julio"), (8, "agosto"), (9, "septiembre setiembre"),
        (10, "octubre"), (11, "noviembre"), (12, "diciembre"));

    public override Lexicon<Season> Seasons => field ??= Lex(
        (Season.Spring, "primavera"), (Season.Summer, "verano"), (Season.Autumn, "otoño"), (Season.Winter, "invierno"));

    public override Lexicon<PeriodPart> Parts => field ??= Lex(
        (PeriodPart.Early, "principios comienzos inicios"),
        (PeriodPart.Mid, "mediados"),
        (PeriodPart.Late, "finales fines"),
        (PeriodPart.Whole, "durante"));

    public override Lexicon<TimeUnit> Units => field ??= Lex(
        (TimeUnit.Second, "segundo segundos"), (TimeUnit.Minute, "minuto minutos"), (TimeUnit.Hour, "hora horas"),
        (TimeUnit.Day, "día días jornada jornadas"), (TimeUnit.Week, "semana semanas"), (TimeUnit.Month, "mes meses"),
        (TimeUnit.Quarter, "trimestre trimestres"), (TimeUnit.Year, "año años"), (TimeUnit.Decade, "década décadas decenio"),
        (TimeUnit.Century, "siglo siglos"));

    public override Lexicon<Direction> Directions => field ??= Lex(
        (new Direction(1, false), "siguiente siguientes después más_tarde posterior"),
        (new Direction(-1, false), "anterior anteriores antes previo"),
        (new Direction(0, false), "mismo misma"),
        (new Direction(-1, true), "hace pasado pasada último última ayer"),
        (new Direction(0, true), "este esta en_curso"),
        (new Direction(1, true), "próximo próxima que_viene mañana"));

    public override Lexicon<DayOfWeek> Weekdays => field ??= Lex(
        (DayOfWeek.Monday, "lunes"), (DayOfWeek.Tuesday, "martes"), (DayOfWeek.Wednesday, "miércoles"),
        (DayOfWeek.Thursday, "jueves"), (DayOfWeek.Friday, "viernes"), (DayOfWeek.Saturday, "sábado"),
        (DayOfWeek.Sunday, "domingo"));

    public override Lexicon<int> NumberWords => field ??= Lex(
        (1, "un una uno"), (2, "dos"), (3, "tres"), (4, "cuatro"), (5, "cinco"), (6, "seis"), (7, "siete"), (8, "ocho"),
        (9, "nueve"), (10, "diez"), (11, "once"), (12, "doce"), (15, "quince"), (20, "veinte"), (30, "treinta"),
        (-1, "varios varias algunos algunas"));

    public override Lexicon<int> DecadeWords => field ??= Lex(
        (1920, "veinte"), (1930, "treinta"), (1940, "cuarenta"), (1950, "cincuenta"), (1960, "sesenta"),
        (1970, "setenta"), (1980, "ochenta"), (1990, "noventa"));

    public override Lexicon<string> References => field ??= Lex(
        ("PRESENT_REF", "ahora hoy actualmente hoy_en_día"),
        ("PAST_REF", "antiguamente entonces"),
        ("FUTURE_REF", "próximamente"));

    public override Lexicon<string> DayParts => field ??= Lex(
        ("MO", "mañana madrugada"), ("AF", "tarde"), ("EV", "anochecer"), ("NI", "noche"));

    public override Lexicon<string> SetWords => field ??= Lex(
        ("XXXX", "anualmente"), ("XXXX-XX", "mensualmente"), ("XXXX-WXX", "semanalmente"), ("XXXX-XX-XX", "diariamente"));

    protected override IReadOnlyList<string> ListConjunctions => field ??= ["y", "e", "o", "u"];

    /// <summary>"entre 1988 et/y 1994" is one span, not a list of two years.</summary>
    public override bool OpensRange(string expression) => expression.StartsWith("entre ", StringComparison.OrdinalIgnoreCase);

    public override bool SpeaksOfFuture(ReadOnlySpan<char> sentence) => FutureCue.IsMatch(sentence);

    // The simple future ends in -rá/-rán; "va/van a" + infinitive is the near future.
    private static System.Text.RegularExpressions.Regex FutureCue => FutureCueRegex();

    [System.Text.RegularExpressions.GeneratedRegex(
        @"\b(?:\w+rá|\w+rán|va\s+a|van\s+a|previsto|prevista)\b",
        System.Text.RegularExpressions.RegexOptions.Compiled | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex FutureCueRegex();

    protected override IEnumerable<string> ExtraTriggers => ["noventa", "ochenta", "setenta", "sesenta", "cincuenta", "cuarenta"];

    protected override IEnumerable<string> ExtraPrefixWords =>
        ["el", "la", "los", "las", "del", "de", "al", "a", "en", "entre", "desde", "hasta", "hacia", "unos", "unas", "cerca", "casi",
         "más", "menos", "hace", "durante", "cada", "todos", "todas", "principios", "comienzos", "inicios", "mediados", "finales", "fines"];

    /// <summary>A range needs a dash or a joining word close after its start.</summary>
    private static System.Text.RegularExpressions.Regex RangeNear => RangeNearRegex();

    [System.Text.RegularExpressions.GeneratedRegex(
        @"[-–—−]|\s(?:a|al|y|hasta)\s", System.Text.RegularExpressions.RegexOptions.Compiled | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex RangeNearRegex();

    /// <summary>The year of "09/11/2020" or "09.11.2020": the shared <see cref="TemporalLanguage"/> year refuses a digit and a separator before it.</summary>
    private const string NumericYear = @"(?:1\d{3}|2[01]\d{2})(?!\d)";

    protected override IEnumerable<TemporalRule> BuildRules()
    {
        string month = Alt(Months), bare = Alt(BareMonths), part = Alt(Parts), season = Alt(Seasons);

        // "a principios de agosto", "a finales de febrero de 1992", "a mediados del año 1994".
        string partPrefix = $@"(?:(?:a\s+)?(?<p>{part})\s+(?:del?\s+)?)?";
        string of = @"\s+(?:de|del)\s+(?:(?:año)\s+)?";

        string[] forms =
        [
            $@"{partPrefix}(?:(?:la|el)\s+)?(?<s>{season}){of}(?<y>{Year})",
            $@"{partPrefix}(?<d>{Day})º?\s+de\s+(?<m>{month})(?:{of}(?<y>{Year}))?",
            $@"{partPrefix}(?<m>{month}){of}(?<y>{Year})",
            $@"(?<d>\d{{1,2}})[./](?<mn>\d{{1,2}})[./](?<y>{NumericYear})",
            $@"(?<y>{Year})-(?<mn>\d\d)-(?<d>\d\d)",
            $@"{partPrefix}(?:(?:el\s+)?año\s+)?(?<y>{Year})(?!\s*[%‰])",
            $@"{partPrefix}(?:(?:en|el\s+mes\s+de)\s+)?(?<m>{bare})",
            $@"(?:en|el\s+mes\s+de)\s+(?<m>marzo|mayo)(?!{of}\d)",
        ];
        string one = string.Join("|", forms);
        string first = string.Join("|", forms.Append($@"(?<d>{Day})"));

        // "los años noventa", "a principios de los años 90", "la década de 1990".
        yield return Rule("es-decade", RuleKind.Absolute,
            $@"(?:(?:a\s+)?(?<p1>{part})\s+de\s+)?(?:(?:los|la)\s+)?(?:años|década\s+de(?:\s+los)?)\s+(?<dec1>1\d\d0|20\d0|[2-9]0|{Alt(DecadeWords)})");
        yield return Rule("es-century", RuleKind.Absolute,
            $@"(?:(?:a\s+)?(?<p1>{part})\s+del\s+)?(?:(?:el)\s+)?siglo\s+(?<cent>\d{{1,2}}|[XVI]+)");

        foreach (var form in forms)
        {
            yield return Rule("es-date", RuleKind.Absolute, Indexed(form, 1));
        }

        yield return Rule("es-range", RuleKind.Absolute,
            $@"(?:(?:de|del|desde|entre)\s+(?:el\s+)?)?(?:{Indexed(first, 1)})(?:{Dash}|\s+(?:a|al|y|hasta(?:\s+el)?)\s+)(?:{Indexed(one, 2)}|(?<open2>hoy|la\s+actualidad))", RangeNear);

        string unit = Alt(Units), num = Alt(NumberWords), wd = Alt(Weekdays), dp = Alt(DayParts);
        string count = $@"(?<n>\d+|{num})";
        yield return Rule("es-deictic", RuleKind.Deictic,
            $@"(?<dir>este|esta)\s+(?<unit>año|mes|semana)|(?:el|la)\s+(?<unit>año|mes|semana)\s+(?<dir>pasado|pasada|próximo|próxima)|(?:el\s+)?(?<wd>{wd})(?:\s+por\s+la\s+(?<tod>{dp}))?|(?<day>ayer)");
        yield return Rule("es-relative", RuleKind.Relative,
            $@"(?:al|el|a\s+la|la|del)\s+(?<unit>día|mes|año|semana|{dp})\s+(?<dir>siguiente|anterior|posterior|previo)|(?:ese|esa|el|la)\s+(?<dir>mismo|misma)\s+(?<unit>día|mes|año|semana)|(?<dir>hace)\s+{count}\s+(?<unit>{unit})|{count}\s+(?<unit>{unit})\s+(?<dir>después|más\s+tarde|antes)");
        yield return Rule("es-duration", RuleKind.Duration,
            $@"(?:(?:unos|unas|cerca\s+de|casi|más\s+de)\s+)?{count}\s+(?<unit>{unit})(?!\s+(?:después|más\s+tarde|antes))");
        yield return Rule("es-set", RuleKind.Set, $@"(?:cada|todos\s+los|todas\s+las)\s+(?<unit>día|días|semana|semanas|mes|meses|año|años)|(?<set>{Alt(SetWords)})");
        yield return Rule("es-reference", RuleKind.Reference, $@"(?<ref>{Alt(References)})");
    }
}
