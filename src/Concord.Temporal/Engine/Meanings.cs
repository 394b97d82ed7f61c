namespace Concord.Temporal.Engine;

/// <summary>Part of a period a modifier picks out ("early", "sākumā", "pabaigoje").</summary>
public enum PeriodPart
{
    Early,
    Mid,
    Late,
    Whole,
}

public enum Season
{
    Spring,
    Summer,
    Autumn,
    Winter,
}

public enum TimeUnit
{
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

/// <summary>
/// What a relative word does: shift by <see cref="Sign"/> units; <see cref="Deictic"/> words
/// ("ago", "last", "this") count from the document's date, the others ("later", "following",
/// "same") from the last date the text mentioned.
/// </summary>
public readonly record struct Direction(int Sign, bool Deictic);

/// <summary>How a rule's match is turned into a value.</summary>
public enum RuleKind
{
    /// <summary>Calendar dates and ranges: groups y1 m1 mn1 d1 p1 s1 dec1 cent, and the same with 2, open2.</summary>
    Absolute,

    /// <summary>"last year", "this week", "last June", "Friday": groups dir unit m1 s1 wd tod p1; counted from the document date.</summary>
    Deictic,

    /// <summary>"five days later", "the following year", "four years ago": groups n unit dir.</summary>
    Relative,

    /// <summary>"three years", "a decade", "90 days": groups n unit.</summary>
    Duration,

    /// <summary>"every morning", "annually": group set (lexicon) or unit.</summary>
    Set,

    /// <summary>"now", "the past": group ref (lexicon).</summary>
    Reference,
}

/// <summary>
/// A compiled pattern of one language and how to read its groups. <see cref="Near"/>, when set,
/// is a cheap test on the next characters that must pass before the pattern is tried.
/// </summary>
public sealed record TemporalRule(string Name, TieredRegex Regex, RuleKind Kind, System.Text.RegularExpressions.Regex? Near = null)
{
    /// <summary>What the first token of a match can be; null = anything.</summary>
    public FirstTokens? Openers { get; init; }

    /// <summary>How far ahead <see cref="Near"/> looks.</summary>
    public const int NearWindow = 64;

    /// <summary>
    /// For a range composed of single dates: the name of the single-date rules its first half is
    /// made of. The range is tried at a start only where one of them matched, or where
    /// <see cref="Gate"/> matches (an opener word, or a first half that is no date on its own
    /// followed by the joiner), because a failing range backtracks through every form of its first half.
    /// </summary>
    public string? FirstHalfRule { get; init; }

    /// <summary>The other ways a composed range can begin; see <see cref="FirstHalfRule"/>.</summary>
    public TieredRegex? Gate { get; init; }

    /// <summary>
    /// What must follow a composed range's first half ("to", "and", a dash), anchored: a single
    /// date matched at the start opens a range only when this follows where it ends.
    /// </summary>
    public TieredRegex? Joiner { get; init; }

    /// <summary>For a composed range: whether its joiner and second half can follow a start at all, tested before the range is run.</summary>
    public RangeReach? Reach { get; init; }

    /// <summary>
    /// Whether the only named groups of the pattern are the year ("y1") and its part ("p1"): a
    /// match of four digits can then only be the year alone, which the resolver reads without
    /// the groups.
    /// </summary>
    /// <summary>The pattern's group number per <see cref="GroupSlot"/>, resolved once.</summary>
    public int[] GroupNumbers { get; } = GroupSlot.NumbersIn(Regex);

    /// <summary>Whether a match's groups can be read off its capture arrays (<see cref="MatchGroups.NumbersDensely"/>).</summary>
    public bool GroupsReadDirectly { get; } = MatchGroups.NumbersDensely(Regex.GroupNumbers);

    public bool ReadsOnlyYear { get; } = Kind == RuleKind.Absolute && OnlyYearGroups(Regex.GroupNames);

    private static bool OnlyYearGroups(string[] names) =>
        names.Contains("y1") && names.All(n => n is "y1" or "p1" || int.TryParse(n, out _));
}
