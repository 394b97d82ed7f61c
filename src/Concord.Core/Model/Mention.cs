namespace Concord.Model;

public enum MentionKind
{
    Event,
    Figure,
}

/// <summary>Deaths stated for one event, all sides summed; <see cref="High"/> null means "at least Low".</summary>
public sealed record Fatalities(int Low, int? High)
{
    /// <summary>Per-side breakdown as stated ("Armenian soldiers" → 88..88), when the text gives one.</summary>
    public IReadOnlyList<SideCount> BySide { get; init; } = [];
}

public sealed record SideCount(string Side, int Low, int? High);

/// <summary>Where an event happened: English canonical name and coordinates when known.</summary>
public sealed record Location(string Name, double? Latitude, double? Longitude, PlacePrecision Precision = PlacePrecision.Unknown);

/// <summary>One step of the reasoning behind a mention: which rule fired on which text.</summary>
public sealed record Evidence(string Role, string Rule, TextSpan Span, string Text);

/// <summary>
/// One thing one document says: an event (a dated occurrence) or a figure (a number over a
/// period or group), tied to its evidence span. Fields follow shared/eval/GUIDELINES.md.
/// </summary>
public sealed record Mention
{
    public required string Id { get; init; }
    public required string Doc { get; init; }
    public required MentionKind Kind { get; init; }
    public required TextSpan Span { get; init; }
    public required string Quote { get; init; }
    public required string Language { get; init; }
    public int SentenceIndex { get; init; }

    // Events
    public string? EventType { get; init; }
    public string? SubEventType { get; init; }
    public string? DateStart { get; init; }
    public string? DateEnd { get; init; }
    public bool NeedsDct { get; init; }
    public Location? Location { get; init; }
    public IReadOnlyList<string> Actors { get; init; } = [];
    public IReadOnlyList<string> ActorsDetail { get; init; } = [];
    public Fatalities? Fatalities { get; init; }

    // Figures
    public string? Measure { get; init; }
    public double? ValueLow { get; init; }
    public double? ValueHigh { get; init; }
    public string? PeriodStart { get; init; }
    public string? PeriodEnd { get; init; }
    public string? Group { get; init; }

    /// <summary>Id of the first statement when this mention sits in text repeated verbatim.</summary>
    public string? RepeatOf { get; init; }

    /// <summary>Why this mention exists: trigger, date, number, place and actor evidence.</summary>
    public IReadOnlyList<Evidence> Explanation { get; init; } = [];
}
