using Concord.Reconciliation.Common;

namespace Concord.Reconciliation.Disputes;

/// <summary>One value a side of a dispute gives, with the statements that give it.</summary>
public sealed record DisputeSide(string Value, IReadOnlyList<SourceQuote> Statements, int IndependentSources);

/// <summary>
/// A fact on which sources disagree: an event's date or toll, or a figure's value, with each side's
/// statements. <see cref="Materiality"/> orders disputes (rule in <see cref="DisputeFinder"/>).
/// </summary>
public sealed record Dispute(
    string Id,
    string Subject,
    string SubjectLabel,
    string Attribute,
    IReadOnlyList<DisputeSide> Sides,
    double Materiality)
{
    /// <summary>True when at least two sides are backed by different independent sources (not one copy group against itself).</summary>
    public bool BetweenIndependentSources { get; init; }
}
