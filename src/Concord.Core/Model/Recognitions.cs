namespace Concord.Model;

/// <summary>TIMEX3 types.</summary>
public enum TimexType
{
    Date,
    Time,
    Duration,
    Set,
}

/// <summary>How precise a date is; a range keeps the precision of its coarser end.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Season,
    Year,
    Decade,
    Century,
    Unknown,
}

/// <summary>
/// A time expression found in text. <see cref="Value"/> is the TIMEX3 value (e.g. "1994-05-12",
/// "199X", "P3D"); <see cref="RangeStart"/>/<see cref="RangeEnd"/> are ISO partial dates at the
/// precision the text gives ("1994", "1994-05", "1994-05-12"), equal for a single date.
/// </summary>
public sealed record TimeExpression(
    TextSpan Span,
    string Text,
    TimexType Type,
    string Value,
    DatePrecision Precision,
    string? RangeStart,
    string? RangeEnd,
    bool ResolvedFromContext = false,
    bool NeedsDocumentDate = false,
    string Rule = "");

/// <summary>How a stated number bounds the true value.</summary>
public enum NumberQualifier
{
    Exact,
    About,
    AtLeast,
    MoreThan,
    AtMost,
    LessThan,
}

/// <summary>
/// A number or numeric range in text. <see cref="High"/> is null for an open upper bound
/// ("at least 49", "541–547+"). <see cref="Counted"/> is what the following words say is counted
/// ("soldiers", "civilians"), normalised to English where the language rules know it.
/// </summary>
public sealed record NumberExpression(
    TextSpan Span,
    string Text,
    double Low,
    double? High,
    NumberQualifier Qualifier,
    string? Unit = null,
    string? Counted = null,
    string Rule = "");

/// <summary>Place precision, in the spirit of UCDP's where_prec.</summary>
public enum PlacePrecision
{
    Exact,
    Settlement,
    District,
    Region,
    Country,
    Line,
    Unknown,
}

/// <summary>A recognised place, linked to its English canonical name and coordinates.</summary>
public sealed record PlaceMatch(
    TextSpan Span,
    string Text,
    string CanonicalName,
    double? Latitude,
    double? Longitude,
    PlacePrecision Precision,
    string Source = "");

/// <summary>
/// A recognised actor. <see cref="Actor"/> is the side at the level of states, de facto states
/// and international organisations ("Armenia", "Artsakh", "OSCE"); <see cref="Detail"/> is the
/// group as named ("Azerbaijani OMON").
/// </summary>
public sealed record ActorMatch(TextSpan Span, string Text, string Actor, string? Detail = null, string Source = "");
