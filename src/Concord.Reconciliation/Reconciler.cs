using Concord.Model;
using Concord.Reconciliation.Copies;
using Concord.Reconciliation.Disputes;
using Concord.Reconciliation.Events;
using Concord.Reconciliation.Figures;
using Concord.Reconciliation.Input;

namespace Concord.Reconciliation;

/// <summary>Everything reconciliation produces from a set of documents and their mentions.</summary>
public sealed record ReconciliationResult(
    IReadOnlyList<ReconDocument> Documents,
    CopyAnalysis Copies,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<ReconciledEvent> Events,
    IReadOnlyList<ReconciledFigure> Figures,
    IReadOnlyList<Dispute> Disputes);

/// <summary>
/// The reconciliation stage: repeats and copies first (so a paste is stated once and a copy
/// counts once), then events and figures clustered and reconciled, then their disagreements.
/// </summary>
public sealed class Reconciler
{
    public DuplicateDetector Duplicates { get; init; } = new();

    public EventClusterer EventClusterer { get; init; } = new();

    public FigureClusterer FigureClusterer { get; init; } = new();

    public ReconciliationResult Run(IReadOnlyList<ReconDocument> documents, IReadOnlyList<Mention> mentions)
    {
        var copies = Duplicates.Analyze(documents);
        var texts = documents.ToDictionary(d => d.Name, d => d.Text, StringComparer.Ordinal);
        var marked = RepeatMarker.Mark(mentions, copies, texts);
        return Reconcile(documents, copies, marked);
    }

    /// <summary>Clusters and reconciles mentions whose repeats are already marked, with a known copy analysis.</summary>
    public ReconciliationResult Reconcile(IReadOnlyList<ReconDocument> documents, CopyAnalysis copies, IReadOnlyList<Mention> marked)
    {
        var events = EventClusterer.Cluster(marked)
            .Where(c => marked[c[0]].Kind == MentionKind.Event && marked[c[0]].RepeatOf is null)
            .Select(c => c.Select(i => marked[i]).ToList())
            .Where(c => c.Any(m => DateInterval.Parse(m.DateStart, m.DateEnd) is not null))
            .Select(c => EventReconciler.Reconcile("", c, copies))
            .OrderBy(e => e.Date.FirstDay).ThenBy(e => e.Date.LastDay).ThenBy(e => e.Mentions[0].Id, StringComparer.Ordinal)
            .Select((e, i) => e with { Id = $"E{i + 1:00000}" })
            .ToList();
        var figures = FigureClusterer.Cluster(marked)
            .Select(c => c.Select(i => marked[i]).ToList())
            .Select(c => ReconciledFigure.From("", c, copies))
            .OrderBy(f => f.Measure, StringComparer.Ordinal).ThenBy(f => f.Period?.FirstDay ?? 0).ThenBy(f => f.Mentions[0].Id, StringComparer.Ordinal)
            .Select((f, i) => f with { Id = $"F{i + 1:00000}" })
            .ToList();
        var disputes = DisputeFinder.Find(events, figures, copies);
        var disputedSubjects = disputes.Select(d => d.Subject).ToHashSet(StringComparer.Ordinal);
        events = events.Select(e => e with { Disputed = disputedSubjects.Contains(e.Id) }).ToList();
        figures = figures.Select(f => f with { Disputed = disputedSubjects.Contains(f.Id) }).ToList();
        return new ReconciliationResult(documents, copies, marked, events, figures, disputes);
    }
}
