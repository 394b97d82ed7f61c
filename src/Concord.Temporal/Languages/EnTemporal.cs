using Concord.Temporal.Engine;

namespace Concord.Temporal.Languages;

/// <summary>English temporal resources and patterns.</summary>
public sealed partial class EnTemporal : TemporalLanguage
{
    public override string Language => "en";

    public override Lexicon<int> Months => field ??= Lex(
        (1, "january jan"), (2, "february feb"), (3, "march mar"), (4, "april apr"), (5, "may"), (6, "june jun"),
        (7, "july jul"), (8, "august aug"), (9, "september sept sep"), (10, "october oct"), (11, "november nov"),
        (12, "december dec"));

    /// <summary>Abbreviations and "may"/"march" need a year or day beside them (checked case-sensitively by the resolver).</summary>
    public override Lexicon<int> BareMonths => field ??= Lex(
        (1, "january"), (2, "february"), (3, "march"), (4, "april"), (5, "may"), (6, "june"), (7, "july"), (8, "august"),
        (9, "september"), (10, "october"), (11, "november"), (12, "december"));

    public override Lexicon<Season> Seasons => field ??= Lex(
        (Season.Spring, "spring"), (Season.Summer, "summer"), (Season.Autumn, "autumn fall"), (Season.Winter, "winter"));

    public override Lexicon<PeriodPart> Parts => field ??= Lex(
        (PeriodPart.Early, "early beginning_of start_of the_beginning_of the_start_of"),
        (PeriodPart.Mid, "mid middle_of the_middle_of"),
        (PeriodPart.Late, "late end_of the_end_of"),
        (PeriodPart.Whole, "throughout"));

    public override Lexicon<TimeUnit> Units => field ??= Lex(
        (TimeUnit.Second, "second seconds"), (TimeUnit.Minute, "minute minutes"), (TimeUnit.Hour, "hour hours"),
        (TimeUnit.Day, "day days"), (TimeUnit.Week, "week weeks"), (TimeUnit.Month, "month months"),
        (TimeUnit.Quarter, "quarter quarters"), (TimeUnit.Year, "year years"), (TimeUnit.Decade, "decade decades"),
        (TimeUnit.Century, "century centuries"));

    public override Lexicon<Direction> Directions => field ??= Lex(
        (new Direction(1, false), "later after following next subsequent"),
        (new Direction(-1, false), "earlier before previous prior preceding"),
        (new Direction(0, false), "same"),
        (new Direction(-1, true), "ago last past yesterday"),
        (new Direction(0, true), "this current"),
        (new Direction(1, true), "coming tomorrow"));

    public override Lexicon<DayOfWeek> Weekdays => field ??= Lex(
        (DayOfWeek.Monday, "monday"), (DayOfWeek.Tuesday, "tuesday"), (DayOfWeek.Wednesday, "wednesday"),
        (DayOfWeek.Thursday, "thursday"), (DayOfWeek.Friday, "friday"), (DayOfWeek.Saturday, "saturday"),
        (DayOfWeek.Sunday, "sunday"));

    public override Lexicon<int> NumberWords => field ??= Lex(
        (1, "a an one"), (2, "two"), (3, "three"), (4, "four"), (5, "five"), (6, "six"), (7, "seven"), (8, "eight"),
        (9, "nine"), (10, "ten"), (11, "eleven"), (12, "twelve"), (13, "thirteen"), (14, "fourteen"), (15, "fifteen"),
        (16, "sixteen"), (17, "seventeen"), (18, "eighteen"), (19, "nineteen"), (20, "twenty"), (30, "thirty"),
        (40, "forty"), (50, "fifty"), (60, "sixty"), (70, "seventy"), (80, "eighty"), (90, "ninety"), (100, "hundred"),
        (-1, "several few many some recent"));

    public override Lexicon<string> References => field ??= Lex(
        ("PRESENT_REF", "now currently today nowadays presently"),
        ("PAST_REF", "the_past formerly at_the_time"),
        ("FUTURE_REF", "the_future"));

    public override Lexicon<string> DayParts => field ??= Lex(
        ("MO", "morning"), ("AF", "afternoon"), ("EV", "evening"), ("NI", "night overnight"));

    public override Lexicon<string> SetWords => field ??= Lex(
        ("XXXX", "annually yearly"), ("XXXX-XX", "monthly"), ("XXXX-WXX", "weekly"), ("XXXX-XX-XX", "daily nightly"));

    protected override IReadOnlyList<string> ListConjunctions => field ??= ["and", "or"];

    /// <summary>Words after which "May" or "March" is the month rather than the verb.</summary>
    private static readonly HashSet<string> MonthCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "since", "until", "till", "by", "of", "early", "late", "mid", "last", "next", "this", "from", "through",
        "to", "and", "during", "before", "after", "throughout", "end", "beginning", "between", "on",
    };

    /// <summary>English month names are capitalised; "May" and "March" also need a cue word before them.</summary>
    public override bool AcceptsBareMonth(string text, int index, string word)
    {
        if (!char.IsUpper(word[0]))
        {
            return false;
        }

        if (!word.Equals("May", StringComparison.Ordinal) && !word.Equals("March", StringComparison.Ordinal))
        {
            return true;
        }

        int end = index;
        while (end > 0 && !char.IsLetter(text[end - 1]))
        {
            end--;
        }

        int start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return MonthCues.Contains(text[start..end]);
    }

    /// <summary>A bare year after "the" or "a" modifies a noun: "the 1994 ceasefire", "a 2009 analysis".</summary>
    public override bool IsAttributive(string text, int index, int length) =>
        length == 4 && index >= 4 && AttributiveCue.IsMatch(text.AsSpan(Math.Max(0, index - 6), Math.Min(6, index)));

    private static readonly System.Text.RegularExpressions.Regex AttributiveCue = new(
        @"(?:\bthe|\ba|\ban|'s)\s+$", System.Text.RegularExpressions.RegexOptions.Compiled | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    public override bool SpeaksOfFuture(ReadOnlySpan<char> sentence) => FutureCue.IsMatch(sentence);

    // Generated at build time, as the rules' patterns are: building a regex at run time cost ≈ 15 ms of
    // every process (parse, analysis, first-use type loads and JIT) when English was first met.
    private static System.Text.RegularExpressions.Regex FutureCue => FutureCueRegex();

    [System.Text.RegularExpressions.GeneratedRegex(
        @"\b(?:will|shall|'ll|is\s+to|are\s+to|due\s+to|expected\s+to|scheduled|planned|plans\s+to|going\s+to|through|until|upcoming|next)\b",
        System.Text.RegularExpressions.RegexOptions.Compiled | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex FutureCueRegex();

    protected override IEnumerable<string> ExtraPrefixWords => ["the", "a", "an", "from", "between", "throughout", "by", "of", "almost", "nearly", "about", "around", "some", "more", "than", "less", "over", "under", "mere", "just", "only", "at", "least", "every", "each", "per", "fiscal", "beginning", "start", "end", "middle", "mid", "several", "few", "recent"];

    /// <summary>A range needs a dash or a joining word close after its start.</summary>
    private static System.Text.RegularExpressions.Regex RangeNear => RangeNearRegex();

    [System.Text.RegularExpressions.GeneratedRegex(
        @"[-–—−]|\s(?:to|through|until|till|and)\s", System.Text.RegularExpressions.RegexOptions.Compiled | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex RangeNearRegex();

    /// <summary>The words that join the two dates of a range (besides a dash).</summary>
    private static readonly string[] JoinerWords = ["to", "through", "until", "till", "and"];

    protected override IEnumerable<TemporalRule> BuildRules()
    {
        string month = Alt(Months), bare = Alt(BareMonths), part = Alt(Parts), season = Alt(Seasons);
        string day = Day + "(?:st|nd|rd|th)?";
        string partPrefix = $@"(?:(?:the\s+)?(?<p>{part})(?:\s*-\s*|\s+(?:of\s+)?))?";

        // One date at any precision; the resolver borrows missing parts across a range.
        string[] forms =
        [
            $@"(?:the\s+)?(?:(?<p>{part})[\s-]+)?(?<s>{season})(?:\s+of)?,?\s+(?<y>{Year})",
            $@"(?:the\s+)?(?:(?<p>{part})[\s-]+)?(?<dec>1\d\d0|20\d0)[’']?s",
            $@"{partPrefix}(?<d>{day})(?:\s+of)?\s+(?<m>{month})\.?(?:,?\s+(?<y>{Year}))?",
            $@"{partPrefix}(?<m>{month})\.?\s+(?<d>{day})(?:,?\s+(?<y>{Year}))?",
            $@"{partPrefix}(?<m>{month})\.?,?\s+(?:of\s+)?(?<y>{Year})",
            $@"(?<d>\d{{1,2}})\.(?<mn>\d{{1,2}})\.(?<y>{Year})",
            $@"(?<y>{Year})-(?<mn>\d\d)-(?<d>\d\d)",
            $@"(?<mn>\d{{1,2}})/(?<d>\d{{1,2}})/(?<y>{Year})",
            $@"{partPrefix}(?<y>{Year})(?!\s*[%‰])",
            $@"{partPrefix}(?<m>{bare})",
        ];
        string one = string.Join("|", forms);
        string firstOnly = $@"(?<d>{day})";
        string first = string.Join("|", forms.Append(firstOnly));
        string opener = @"(?:from|between)\s+", joiner = RangeReach.JoinerPattern(JoinerWords);
        // One rule per form: each compiles to a small anchored matcher that fails fast.
        foreach (var form in forms)
        {
            yield return Rule("en-date", RuleKind.Absolute, Indexed(form, 1));
        }

        yield return ComposedRange(
            "en-range", firstHalfRule: "en-date", opener, Indexed(first, 1), Indexed(firstOnly, 1), JoinerWords,
            $@"{Indexed(one, 2)}|(?<open2>present|today|now)", RangeNear);
        yield return Rule("en-year-range-short", RuleKind.Absolute, $@"(?<y1>{Year})[-–](?<y2>\d\d)(?![\d-])");
        yield return Rule("en-century", RuleKind.Absolute, $@"(?:the\s+)?(?:(?<p1>{part})[\s-]+)?(?<cent>\d{{1,2}})(?:st|nd|rd|th)[\s-]+century");

        string dir = Alt(Directions), unit = Alt(Units), num = Alt(NumberWords), wd = Alt(Weekdays), dp = Alt(DayParts);
        string count = $@"(?<n>\d+(?:\.\d+)?|{num})";
        string qualifier = @"(?:(?:almost|nearly|about|around|some|more\s+than|less\s+than|over|under|a\s+mere|just|only|at\s+least)\s+)?";

        // Counted from the document date: "last year", "this week", "late last July", "early this year", "Friday afternoon".
        yield return Rule("en-deictic-unit", RuleKind.Deictic,
            $@"(?:(?<p1>{part})\s+)?(?:the\s+)?(?<dir>this|last|next|past|coming|current)\s+(?:fiscal\s+)?(?<unit>week|month|year|quarter)");
        yield return Rule("en-deictic-month", RuleKind.Deictic,
            $@"(?:(?<p1>{part})\s+)?(?<dir>this|last|next)\s+(?:(?<m1>{bare})|(?<s1>{season}))");
        yield return Rule("en-deictic-day", RuleKind.Deictic,
            $@"(?<day>yesterday|tomorrow)(?:\s+(?<tod>{dp}))?|(?:(?<dir>last|next|this)\s+)?(?<wd>{wd})(?:\s+(?<tod>{dp}))?|(?<dir>this|last)\s+(?<tod>{dp})|tonight");

        // Counted from the last date mentioned (or, failing that, the document date).
        yield return Rule("en-relative", RuleKind.Relative,
            $@"{qualifier}{count}(?:\s+|-)(?<unit>{unit})\s+(?<dir>later|after(?:wards)?|earlier|before|ago)(?!\s+(?:the|a|an|his|her|their|its|than|he|she|they|it|we|I)\b)");
        yield return Rule("en-relative-the", RuleKind.Relative,
            $@"the\s+(?<dir>following|next|previous|same|preceding|prior)\s+(?<unit>day|week|month|year|morning|night|evening)");

        // Durations: "three years", "a decade", "90 days", "the past two years", "four-week".
        yield return Rule("en-duration", RuleKind.Duration,
            $@"(?:(?:the\s+)?(?:past|last|next|first|coming|previous)\s+)?{qualifier}{count}(?:\s+|-)(?<unit>{unit})(?:[’']|(?=[\s.,;:)]|$))(?!\s+(?:ago|later|earlier)\b)");
        yield return Rule("en-duration-unit", RuleKind.Duration,
            $@"(?:the\s+)?(?:past|last|next|coming|following)\s+(?<unit>decade|century)");
        yield return Rule("en-duration-vague", RuleKind.Duration,
            $@"(?:(?:the\s+)?(?:past|last|next|coming|recent)\s+)(?<unit>days|weeks|months|years|decades)|(?<=\b(?:for|in|over|within|recent|past|take|takes|took|taking|last|lasted)\s+)(?<unit>minutes|hours|days|weeks|months|years|decades)(?=\s*[,.;]|\s+(?:ago|to|of|now|and|before|after)\b)|(?<unit>minutes|hours|days|weeks|months)(?=\s+(?:before|after|later|earlier)\b)");

        yield return Rule("en-set", RuleKind.Set,
            $@"(?:every|each|per)\s+(?:(?<unit>day|week|month|year|season)|(?<tod>{dp}))|(?<set>{Alt(SetWords)})");
        yield return Rule("en-reference", RuleKind.Reference,
            $@"(?<ref>{Alt(References)})");
    }
}
