using Concord.Model;
using Concord.Reconciliation.Common;

namespace Concord.Reconciliation.Events;

/// <summary>A date some sources give for an event, with the statements that give it.</summary>
public sealed record DateClaim(DateInterval Date, IReadOnlyList<SourceQuote> Statements, int IndependentSources);

/// <summary>
/// Deaths in UCDP's form: <see cref="Low"/> the lowest stated, <see cref="High"/> the highest
/// stated (an open "at least n" counts as n), <see cref="Best"/> the median of the independent
/// sources' point estimates (a range's midpoint; "at least n" gives n; a copy group gives the
/// median of its own statements, so copies count once).
/// </summary>
public sealed record DeathToll(int Low, int Best, int High);

/// <summary>One occurrence, reconciled from all the mentions that tell it.</summary>
public sealed record ReconciledEvent
{
    public required string Id { get; init; }

    public required IReadOnlyList<Mention> Mentions { get; init; }

    public required DateInterval Date { get; init; }

    /// <summary>Dates that disagree with <see cref="Date"/> (not merely less precise), with their sources.</summary>
    public required IReadOnlyList<DateClaim> CompetingDates { get; init; }

    public string? EventType { get; init; }

    public string? SubEventType { get; init; }

    public Location? Location { get; init; }

    public required IReadOnlyList<string> Actors { get; init; }

    public DeathToll? Deaths { get; init; }

    public required IReadOnlyList<SourceQuote> Sources { get; init; }

    public int SourceCount => Mentions.Select(m => m.Doc).Distinct().Count();

    public required int IndependentSources { get; init; }

    public bool Disputed { get; init; }

    public string Label => $"{SubEventType ?? EventType ?? "Event"}, {Date}{(Location is null ? "" : ", " + Location.Name)}";
}
