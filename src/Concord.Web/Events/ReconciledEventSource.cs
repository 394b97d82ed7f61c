using Concord.Model;
using Concord.Reconciliation;
using Concord.Reconciliation.Copies;
using Concord.Reconciliation.Input;

namespace Concord.Web.Events;

/// <summary>
/// Events, disputes and sources from the reconciliation stage over everything in the store:
/// mentions clustered across documents and languages, copies and repeats counted once.
/// </summary>
public sealed class ReconciledEventSource : IEventSource
{
    private readonly StoreGate store;
    private Snapshot current = Snapshot.Empty;

    public ReconciledEventSource(StoreGate store)
    {
        this.store = store;
        Refresh();
    }

    public IReadOnlyList<WebEvent> Events => current.Events;

    public IReadOnlyList<WebDispute> Disputes => current.Disputes;

    public IReadOnlyList<WebSource> Sources => current.Sources;

    public WebEvent? Find(string id) => current.ById.GetValueOrDefault(id);

    public void Refresh()
    {
        var (stored, documents, mentions) = store.Read(s =>
        {
            var docs = s.Documents();
            return (docs, docs.Select(d => new ReconDocument(d.Name, d.Language, s.DocumentText(d.Name) ?? "")).ToList(), s.Mentions());
        });
        var result = new Reconciler().Run(documents, mentions);
        var copies = result.Copies;
        var events = result.Events.Select(e => ToWeb(e, copies)).ToList();
        var byId = events.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var disputes = result.Disputes.Select(d => new WebDispute(
                d.Subject,
                byId.ContainsKey(d.Subject) ? d.Subject : null,
                d.Attribute,
                d.SubjectLabel,
                d.Sides.Select(side => new DisputeSide(
                    side.Value,
                    side.Statements.Select(q => q.MentionId).ToList(),
                    side.Statements.Select(q => q.Doc).Distinct(StringComparer.Ordinal).ToList())).ToList())
        { Spread = d.Materiality })
            .ToList();
        var sources = stored.Select(d => new WebSource(
                d.Name,
                d.Language,
                d.Chars,
                (int)d.Events,
                (int)d.Figures,
                copies.Copies.Where(c => c.Copy == d.Name)
                    .Select(c => new CopyLink(c.Source, Math.Round(c.ShareOfCopyInSource, 3), c.SharedPassages, c.DirectionKnown)).ToList())
        { SourceGroup = copies.GroupOf(d.Name) })
            .ToList();
        current = new Snapshot(events, byId, disputes, sources);
    }

    private static WebEvent ToWeb(Concord.Reconciliation.Events.ReconciledEvent e, CopyAnalysis copies)
    {
        var statements = e.Mentions
            .OrderBy(m => m.Doc, StringComparer.Ordinal).ThenBy(m => m.Span.Start)
            .Select(m => new EventSourceStatement(
                m.Id, m.Doc, m.Language, m.Quote, m.Span.Start, m.Span.End, m.DateStart, m.DateEnd,
                m.SubEventType ?? m.EventType, m.Location?.Name, m.Actors, m.Fatalities?.Low, m.Fatalities?.High,
                CopyOf(m, copies)))
            .ToList();
        return new WebEvent
        {
            Id = e.Id,
            DateStart = e.Date.StartText,
            DateEnd = e.Date.EndText,
            Type = e.EventType,
            SubType = e.SubEventType,
            Place = e.Location?.Name,
            Latitude = e.Location?.Latitude,
            Longitude = e.Location?.Longitude,
            Actors = e.Actors,
            DeathsLow = e.Deaths?.Low,
            DeathsBest = e.Deaths?.Best,
            DeathsHigh = e.Deaths?.High,
            Languages = e.Mentions.Select(m => m.Language).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            Sources = statements,
            IndependentSources = e.IndependentSources,
            FirstDay = DateOnly.FromDayNumber(e.Date.FirstDay),
            LastDay = DateOnly.FromDayNumber(e.Date.LastDay),
        };
    }

    /// <summary>The document a statement's document copies (a repeat inside one document names its own).</summary>
    private static string? CopyOf(Mention m, CopyAnalysis copies) =>
        m.RepeatOf is not null
            ? m.Doc
            : copies.Copies.FirstOrDefault(c => c.Copy == m.Doc && c.DirectionKnown)?.Source;

    private sealed record Snapshot(
        IReadOnlyList<WebEvent> Events,
        IReadOnlyDictionary<string, WebEvent> ById,
        IReadOnlyList<WebDispute> Disputes,
        IReadOnlyList<WebSource> Sources)
    {
        public static readonly Snapshot Empty = new([], new Dictionary<string, WebEvent>(), [], []);
    }
}
