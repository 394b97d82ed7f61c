namespace Concord.Web.Events;

/// <summary>
/// One event as the web app shows it: what happened (merged over its sources) and every
/// source's statement of it. Deaths follow UCDP: low, best, high.
/// </summary>
public sealed record WebEvent
{
    public required string Id { get; init; }
    public string? DateStart { get; init; }
    public string? DateEnd { get; init; }
    public string? Type { get; init; }
    public string? SubType { get; init; }
    public string? Place { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public IReadOnlyList<string> Actors { get; init; } = [];
    public int? DeathsLow { get; init; }
    public int? DeathsBest { get; init; }
    public int? DeathsHigh { get; init; }
    public IReadOnlyList<string> Languages { get; init; } = [];
    public required IReadOnlyList<EventSourceStatement> Sources { get; init; }

    /// <summary>Documents that tell this event, counting a document and its copies once.</summary>
    public int IndependentSources { get; init; }

    /// <summary>First day covered (for sorting and the time axis); null when undated.</summary>
    public DateOnly? FirstDay { get; init; }

    public DateOnly? LastDay { get; init; }
}

/// <summary>What one document says about an event, in its own language and words.</summary>
public sealed record EventSourceStatement(
    string MentionId,
    string Doc,
    string Language,
    string Quote,
    int Start,
    int End,
    string? DateStart,
    string? DateEnd,
    string? Type,
    string? Place,
    IReadOnlyList<string> Actors,
    int? DeathsLow,
    int? DeathsHigh,
    string? CopyOf);

/// <summary>Facts on which an event's sources disagree, one value per side.</summary>
/// <summary><see cref="EventId"/> is set when the subject is an event the app can show (else a figure).</summary>
public sealed record WebDispute(string Subject, string? EventId, string Attribute, string About, IReadOnlyList<DisputeSide> Sides)
{
    /// <summary>How material the difference is (for deaths: largest minus smallest stated).</summary>
    public double Spread { get; init; }
}

public sealed record DisputeSide(string Value, IReadOnlyList<string> MentionIds, IReadOnlyList<string> Docs);

/// <summary>A document as a source: how much it says, and whom it copies.</summary>
public sealed record WebSource(string Doc, string Language, long Chars, int Events, int Figures, IReadOnlyList<CopyLink> Copies)
{
    /// <summary>The document this one counts as when sources are counted independently.</summary>
    public string SourceGroup { get; init; } = Doc;
}

/// <summary>This document copies <see cref="Of"/>: <see cref="Share"/> of its text is found there.</summary>
public sealed record CopyLink(string Of, double Share, int SharedPassages, bool DirectionKnown);
