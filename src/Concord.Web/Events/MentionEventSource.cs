using Concord.Model;

namespace Concord.Web.Events;

/// <summary>
/// Interim events until reconciliation is wired in: event mentions that agree on date, type
/// and place form one event; a statement whose words also stand in a document it copies is
/// marked as a copy. Repeats inside one document are not separate statements.
/// </summary>
public sealed class MentionEventSource : IEventSource
{
    private const double CopyShareThreshold = 0.2;

    private readonly StoreGate store;
    private Snapshot current = Snapshot.Empty;

    public MentionEventSource(StoreGate store)
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
        var (mentions, docs, texts) = store.Read(s =>
        {
            var documents = s.Documents();
            return (s.Mentions(kind: MentionKind.Event), documents, documents.ToDictionary(d => d.Name, d => TextKey.Of(s.DocumentText(d.Name) ?? "")));
        });
        var statements = mentions.Where(m => m.RepeatOf is null).ToList();
        var holders = new QuoteHolders(texts);
        var copies = CopyGraph(statements, texts, holders);
        var events = statements
            .GroupBy(GroupKey)
            .Select(g => Merge(g.ToList(), copies, holders))
            .OrderBy(e => e.FirstDay ?? DateOnly.MaxValue)
            .ThenBy(e => e.LastDay ?? DateOnly.MaxValue)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        var sources = docs.Select(d => new WebSource(
                d.Name,
                d.Language,
                d.Chars,
                (int)d.Events,
                (int)d.Figures,
                copies.Where(c => c.Key.Copier == d.Name).Select(c => new CopyLink(c.Key.Original, Math.Round(c.Value.Share, 3), c.Value.Count)).ToList()))
            .ToList();
        current = new Snapshot(events, events.ToDictionary(e => e.Id), DisputeFinder.Find(events), sources);
    }

    private static string GroupKey(Mention m) => m.DateStart is null
        ? "undated\u0001" + m.Doc + "\u0001" + m.Id
        : string.Join('\u0001', m.DateStart, m.DateEnd ?? m.DateStart, m.EventType, m.Location?.Name?.ToLowerInvariant());

    /// <summary>
    /// Document-level copying: the share of a document's statements whose words stand in
    /// another document. The direction is the one with the larger share (ties: later name copies).
    /// </summary>
    private static Dictionary<(string Copier, string Original), (double Share, int Count)> CopyGraph(
        List<Mention> statements, Dictionary<string, string> texts, QuoteHolders holders)
    {
        var result = new Dictionary<(string, string), (double, int)>();
        var byDoc = statements.GroupBy(m => m.Doc).ToDictionary(g => g.Key, g => g.Select(m => TextKey.Of(m.Quote)).ToList());
        var shares = new Dictionary<(string, string), (double Share, int Count)>();
        foreach (var (doc, quotes) in byDoc)
        {
            foreach (var other in texts.Keys.Where(o => o != doc))
            {
                var hits = quotes.Count(q => q.Length >= 20 && holders.Holds(other, q));
                shares[(doc, other)] = (quotes.Count == 0 ? 0 : (double)hits / quotes.Count, hits);
            }
        }

        foreach (var ((doc, other), (share, count)) in shares)
        {
            var back = shares.GetValueOrDefault((other, doc)).Share;
            var copies = share >= CopyShareThreshold && (share > back || (share == back && string.CompareOrdinal(doc, other) > 0));
            if (copies)
            {
                result[(doc, other)] = (share, count);
            }
        }

        return result;
    }

    private static WebEvent Merge(
        List<Mention> group,
        Dictionary<(string Copier, string Original), (double Share, int Count)> copies,
        QuoteHolders holders)
    {
        var ordered = group.OrderBy(m => m.Doc, StringComparer.Ordinal).ThenBy(m => m.Span.Start).ToList();
        var statements = ordered.Select(m => new EventSourceStatement(
            m.Id, m.Doc, m.Language, m.Quote, m.Span.Start, m.Span.End, m.DateStart, m.DateEnd,
            m.SubEventType ?? m.EventType, m.Location?.Name, m.Actors, m.Fatalities?.Low, m.Fatalities?.High,
            CopyOf(m, copies, holders))).ToList();
        var independent = statements.Where(s => s.CopyOf is null).ToList();
        if (independent.Count == 0)
        {
            independent = statements;
        }

        var first = ordered[0];
        var date = independent.GroupBy(s => (s.DateStart, s.DateEnd)).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.DateStart?.Length ?? 0).First().Key;
        var tolls = independent.Where(s => s.DeathsLow is not null).ToList();
        var located = ordered.FirstOrDefault(m => m.Location?.Latitude is not null && m.Location.Longitude is not null);
        return new WebEvent
        {
            Id = first.Id,
            DateStart = date.DateStart,
            DateEnd = date.DateEnd ?? date.DateStart,
            Type = first.EventType,
            SubType = first.SubEventType,
            Place = first.Location?.Name,
            Latitude = located?.Location?.Latitude,
            Longitude = located?.Location?.Longitude,
            Actors = ordered.SelectMany(m => m.Actors).Distinct(StringComparer.Ordinal).ToList(),
            DeathsLow = tolls.Count == 0 ? null : tolls.Min(s => s.DeathsLow),
            DeathsBest = tolls.Count == 0 ? null : Median(tolls.Select(s => s.DeathsLow!.Value)),
            DeathsHigh = tolls.Count == 0 ? null : tolls.Max(s => s.DeathsHigh ?? s.DeathsLow),
            Languages = ordered.Select(m => m.Language).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            Sources = statements,
            FirstDay = PartialDate.TryFirstDay(date.DateStart, out var lo) ? lo : null,
            LastDay = PartialDate.TryLastDay(date.DateEnd ?? date.DateStart, out var hi) ? hi : null,
        };
    }

    private static string? CopyOf(Mention m, Dictionary<(string Copier, string Original), (double Share, int Count)> copies, QuoteHolders holders)
    {
        var key = TextKey.Of(m.Quote);
        return copies.Keys
            .Where(c => c.Copier == m.Doc && holders.Holds(c.Original, key))
            .Select(c => c.Original)
            .FirstOrDefault();
    }

    /// <summary>UCDP "best": here the median of the independent sources' stated lows.</summary>
    private static int Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToList();
        return sorted[(sorted.Count - 1) / 2];
    }

    private sealed record Snapshot(
        IReadOnlyList<WebEvent> Events,
        IReadOnlyDictionary<string, WebEvent> ById,
        IReadOnlyList<WebDispute> Disputes,
        IReadOnlyList<WebSource> Sources)
    {
        public static readonly Snapshot Empty = new([], new Dictionary<string, WebEvent>(), [], []);
    }
}
