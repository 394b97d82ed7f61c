using Concord.Temporal.Engine;

namespace Concord.Temporal.Languages;

/// <summary>
/// French temporal resources: "le 7 août 2008", "le 1er août", "en 1994", "au printemps 1992",
/// "au début des années 1990", "de 1988 à 1994", "du 12 au 16 juillet 2020", "le lendemain".
/// Day before month with no dot; months are lower case; "1er" is the first of the month.
/// </summary>
public sealed partial class FrTemporal : TemporalLanguage
{
    public override string Language => "fr";

    public override Lexicon<int> Months => field ??= Lex(
        (1, "janvier janv."), (2, "février févr. fév."), (3, "mars"), (4, "avril avr."), (5, "mai"), (6, "juin"),
        (7, "juillet juil."), (8, "août aout"), (9, "septembre sept."), (10, "octobre oct."), (11, "novembre nov."),
        (12, "décembre déc."));

    /// <summary>Alone, "mars" (Mars) and "mai" are too ambiguous; they need a day, a year or "en"/"au mois de" (rules below).</summary>
    public override Lexicon<int> BareMonths => field ??= Lex(
        (1, "janvier"), (2, "février"), (4, "avril"), (6, "juin"), (7, "juillet"), (8, "août"), (9, "septembre"),
        (10, "octobre"), (11, "novembre"), (12, "décembre"));

    public override Lexicon<Season> Seasons => field ??= Lex(
        (Season.Spring, "printemps"), (Season.Summer, "été"), (Season.Autumn, "automne"), (Season.Winter, "hiver"));

    public override Lexicon<PeriodPart> Parts => field ??= Lex(
        (PeriodPart.Early, "début au_début à_l'aube"),
        (PeriodPart.Mid, "mi milieu au_milieu"),
        (PeriodPart.Late, "fin à_la_fin"),
        (PeriodPart.Whole, "pendant durant"));

    public override Lexicon<TimeUnit> Units => field ??= Lex(
        (TimeUnit.Second, "seconde secondes"), (TimeUnit.Minute, "minute minutes"), (TimeUnit.Hour, "heure heures"),
        (TimeUnit.Day, "jour jours journée journées lendemain veille"), (TimeUnit.Week, "semaine semaines"),
        (TimeUnit.Month, "mois"), (TimeUnit.Quarter, "trimestre trimestres"), (TimeUnit.Year, "an ans année années"),
        (TimeUnit.Decade, "décennie décennies"), (TimeUnit.Century, "siècle siècles"));

    public override Lexicon<Direction> Directions => field ??= Lex(
        (new Direction(1, false), "suivant suivante suivants lendemain plus_tard après"),
        (new Direction(-1, false), "précédent précédente veille auparavant plus_tôt"),
        (new Direction(0, false), "même"),
        (new Direction(-1, true), "il_y_a dernier dernière passé passée hier"),
        (new Direction(0, true), "cette ce cet en_cours"),
        (new Direction(1, true), "prochain prochaine demain"));

    public override Lexicon<DayOfWeek> Weekdays => field ??= Lex(
        (DayOfWeek.Monday, "lundi"), (DayOfWeek.Tuesday, "mardi"), (DayOfWeek.Wednesday, "mercredi"),
        (DayOfWeek.Thursday, "jeudi"), (DayOfWeek.Friday, "vendredi"), (DayOfWeek.Saturday, "samedi"),
        (DayOfWeek.Sunday, "dimanche"));

    public override Lexicon<int> NumberWords => field ??= Lex(
        (1, "un une"), (2, "deux"), (3, "trois"), (4, "quatre"), (5, "cinq"), (6, "six"), (7, "sept"), (8, "huit"),
        (9, "neuf"), (10, "dix"), (11, "onze"), (12, "douze"), (15, "quinze"), (20, "vingt"), (30, "trente"),
        (-1, "plusieurs quelques"));

    public override Lexicon<int> DecadeWords => field ??= Lex(
        (1920, "vingt"), (1930, "trente"), (1940, "quarante"), (1950, "cinquante"), (1960, "soixante"),
        (1970, "soixante-dix"), (1980, "quatre-vingt"), (1990, "quatre-vingt-dix"));

    public override Lexicon<string> References => field ??= Lex(
        ("PRESENT_REF", "maintenant aujourd'hui actuellement désormais"),
        ("PAST_REF", "autrefois jadis"),
        ("FUTURE_REF", "prochainement"));

    public override Lexicon<string> DayParts => field ??= Lex(
        ("MO", "matin matinée"), ("AF", "après-midi"), ("EV", "soir soirée"), ("NI", "nuit"));

    public override Lexicon<string> SetWords => field ??= Lex(
        ("XXXX", "annuellement"), ("XXXX-XX", "mensuellement"), ("XXXX-WXX", "hebdomadairement"), ("XXXX-XX-XX", "quotidiennement"));

    protected override IReadOnlyList<string> ListConjunctions => field ??= ["et", "ou", "ainsi que"];

    /// <summary>"entre 1988 et/y 1994" is one span, not a list of two years.</summary>
    public override bool OpensRange(string expression) => expression.StartsWith("entre ", StringComparison.OrdinalIgnoreCase);

    public override bool SpeaksOfFuture(ReadOnlySpan<char> sentence) => FutureCue.IsMatch(sentence);

    // The simple future ends in -ra/-ront; "va/vont" + infinitive is the near future.
    private static System.Text.RegularExpressions.Regex FutureCue => FutureCueRegex();

    [System.Text.RegularExpressions.GeneratedRegex(
        @"\b(?:\w+eront|\w+iront|\w+era|\w+ira|va|vont|prévu|prévue|d'ici)\b",
        System.Text.RegularExpressions.RegexOptions.Compiled | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex FutureCueRegex();

    protected override IEnumerable<string> ExtraTriggers => ["lendemain", "veille"];

    protected override IEnumerable<string> ExtraPrefixWords =>
        ["le", "la", "les", "l'", "du", "de", "des", "d'", "au", "aux", "à", "en", "entre", "depuis", "jusqu'", "vers", "environ", "près",
         "plus", "moins", "il", "y", "a", "dans", "chaque", "tous", "toutes", "début", "mi", "milieu", "fin", "mois", "cours", "l'an", "l'année"];

    /// <summary>A range needs a dash or a joining word close after its start.</summary>
    private static System.Text.RegularExpressions.Regex RangeNear => RangeNearRegex();

    [System.Text.RegularExpressions.GeneratedRegex(
        @"[-–—−]|\s(?:à|au|et|jusqu)", System.Text.RegularExpressions.RegexOptions.Compiled | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex RangeNearRegex();

    /// <summary>The year of "09/11/2020" or "09.11.2020": the shared <see cref="TemporalLanguage"/> year refuses a digit and a separator before it.</summary>
    private const string NumericYear = @"(?:1\d{3}|2[01]\d{2})(?!\d)";

    protected override IEnumerable<TemporalRule> BuildRules()
    {
        string month = Alt(Months), bare = Alt(BareMonths), part = Alt(Parts), season = Alt(Seasons);

        // "début août", "fin février 1992", "mi-août", "au début de l'année 1994".
        string partPrefix = $@"(?:(?<p>{part})(?:\s+|-)(?:(?:de\s+la|de\s+l'|du|des|de|d')\s*)?)?";
        string day = $@"(?<d>{Day})(?:er|ᵉʳ)?";

        string[] forms =
        [
            $@"{partPrefix}(?:(?:au|en|à\s+l'|l')\s*)?(?<s>{season})\s+(?:(?:de\s+l'année|de|d')\s*)?(?<y>{Year})",
            $@"{partPrefix}{day}\s+(?<m>{month})(?:\s+(?<y>{Year}))?",
            $@"{partPrefix}(?:(?:le\s+)?mois\s+d'\s*)?(?<m>{month})\s+(?<y>{Year})",
            $@"(?<d>\d{{1,2}})[./](?<mn>\d{{1,2}})[./](?<y>{NumericYear})",
            $@"(?<y>{Year})-(?<mn>\d\d)-(?<d>\d\d)",
            $@"{partPrefix}(?:(?:l'an(?:née)?|l'année)\s+)?(?<y>{Year})(?!\s*[%‰])",
            $@"{partPrefix}(?:(?:en|au\s+mois\s+de|au\s+mois\s+d')\s*)?(?<m>{bare})",
            $@"(?:en|au\s+mois\s+de)\s+(?<m>mars|mai)(?!\s+\d)",
        ];
        string one = string.Join("|", forms);
        string first = string.Join("|", forms.Append(day));

        // "les années 1990", "au début des années 90", "la fin des années quatre-vingt".
        yield return Rule("fr-decade", RuleKind.Absolute,
            $@"(?:(?<p1>{part})\s+(?:des\s+)?)?(?:(?:les|des|dans\s+les)\s+)?années\s+(?<dec1>1\d\d0|20\d0|[2-9]0|{Alt(DecadeWords)})");
        yield return Rule("fr-century", RuleKind.Absolute,
            $@"(?:(?<p1>{part})\s+(?:du\s+)?)?(?:(?:le|au|du)\s+)?(?<cent>\d{{1,2}}|[XVI]+)(?:e|ème|ᵉ)\s+siècle");

        foreach (var form in forms)
        {
            yield return Rule("fr-date", RuleKind.Absolute, Indexed(form, 1));
        }

        yield return Rule("fr-range", RuleKind.Absolute,
            $@"(?:(?:de|du|d'|entre)\s*)?(?:{Indexed(first, 1)})(?:{Dash}|\s+(?:à|au|et|jusqu'\s*(?:à|au|en))\s+)(?:{Indexed(one, 2)}|(?<open2>aujourd'hui|nos\s+jours))", RangeNear);

        string unit = Alt(Units), num = Alt(NumberWords), wd = Alt(Weekdays), dp = Alt(DayParts);
        string count = $@"(?<n>\d+|{num})";
        yield return Rule("fr-deictic", RuleKind.Deictic,
            $@"(?<dir>cette|ce|cet)\s+(?<unit>année|mois|semaine)|l'(?<unit>an|année)\s+(?<dir>dernier|dernière|passé|passée|prochain|prochaine)|(?:le\s+)?(?<wd>{wd})(?:\s+(?<tod>{dp}))?|(?<day>hier|demain)");
        yield return Rule("fr-relative", RuleKind.Relative,
            $@"(?:le\s+|la\s+)?(?=(?<unit>lendemain|veille))(?<dir>lendemain|veille)|(?:le|la|l')\s*(?<unit>jour|semaine|mois|année|an|{dp})\s+(?<dir>suivant|suivante|précédent|précédente|même)|(?<dir>il\s+y\s+a)\s+{count}\s+(?<unit>{unit})|{count}\s+(?<unit>{unit})\s+(?<dir>plus\s+tard|plus\s+tôt|auparavant|après)");
        yield return Rule("fr-duration", RuleKind.Duration,
            $@"(?:(?:environ|près\s+de|presque|plus\s+de)\s+)?{count}\s+(?<unit>{unit})(?!\s+(?:plus\s+tard|plus\s+tôt|auparavant|après))");
        yield return Rule("fr-set", RuleKind.Set, $@"(?:chaque|tous\s+les|toutes\s+les)\s+(?<unit>jour|jours|semaine|semaines|mois|année|ans)|(?<set>{Alt(SetWords)})");
        yield return Rule("fr-reference", RuleKind.Reference, $@"(?<ref>{Alt(References)})");
    }
}
