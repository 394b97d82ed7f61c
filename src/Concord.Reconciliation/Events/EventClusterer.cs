using Concord.Model;
using Concord.Reconciliation.Common;

namespace Concord.Reconciliation.Events;

/// <summary>
/// Groups event mentions that tell the same occurrence. Blocking: mentions are only compared
/// within an event-type family, sorted by first day, each against the following mentions that
/// start before it ends (at most <see cref="Window"/> of them): O(n log n) for the sort plus
/// O(n·Window) comparisons. Pairs scoring at least <see cref="Threshold"/> are joined best first
/// (union-find), and a join is refused when the two groups' dates no longer share a day (one day
/// of slack between events shorter than a week): that stops a year-only mention from chaining two separate events of that year.
/// </summary>
public sealed class EventClusterer
{
    public double Threshold { get; init; } = 0.8;

    public int Window { get; init; } = 200;

    public EventSimilarity Similarity { get; init; } = new();

    /// <summary>Clusters as lists of indexes into <paramref name="mentions"/>; undated mentions stay alone.</summary>
    public List<List<int>> Cluster(IReadOnlyList<Mention> mentions)
    {
        var features = Featurize(mentions);
        var edges = CandidateEdges(features);
        edges.Sort((x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));

        var uf = new UnionFind(mentions.Count);
        var coreFirst = new int[mentions.Count];
        var coreLast = new int[mentions.Count];
        foreach (var f in features)
        {
            coreFirst[f.Index] = f.Date.FirstDay;
            coreLast[f.Index] = f.Date.LastDay;
        }

        foreach (var (a, b, _) in edges)
        {
            int ra = uf.Find(a), rb = uf.Find(b);
            if (ra == rb)
            {
                continue;
            }

            int first = Math.Max(coreFirst[ra], coreFirst[rb]);
            int last = Math.Min(coreLast[ra], coreLast[rb]);
            // One day of slack only between short events (a signing dated either side of midnight).
            bool shortEvents = coreLast[ra] - coreFirst[ra] < 7 && coreLast[rb] - coreFirst[rb] < 7;
            if (first - last > (shortEvents ? 1 : 0))
            {
                continue;
            }

            int r = uf.Union(ra, rb);
            coreFirst[r] = first;
            coreLast[r] = last;
        }

        return uf.Groups();
    }

    private List<EventFeatures> Featurize(IReadOnlyList<Mention> mentions)
    {
        var actorIds = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var features = new List<EventFeatures>(mentions.Count);
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Kind != MentionKind.Event || m.RepeatOf is not null || DateInterval.Parse(m.DateStart, m.DateEnd) is not DateInterval date)
            {
                continue;
            }

            var ids = m.Actors.Select(a => actorIds.TryGetValue(a, out int id) ? id : actorIds[a] = actorIds.Count).Distinct().Order().ToArray();
            features.Add(new EventFeatures(i, m, date, ids));
        }

        return features;
    }

    private List<(int A, int B, double Score)> CandidateEdges(List<EventFeatures> features)
    {
        var edges = new List<(int, int, double)>();
        foreach (var block in features.GroupBy(f => f.Family))
        {
            // Coarser mentions first on the same first day, so a year scans the days inside it.
            var sorted = block.OrderBy(f => f.Date.FirstDay).ThenByDescending(f => f.Date.LastDay).ToArray();
            for (int i = 0; i < sorted.Length; i++)
            {
                var a = sorted[i];
                for (int j = i + 1, seen = 0; j < sorted.Length && seen < Window && sorted[j].Date.FirstDay <= a.Date.LastDay + 1; j++, seen++)
                {
                    var b = sorted[j];
                    double s = Similarity.Score(a, b);
                    if (s >= Threshold)
                    {
                        edges.Add((Math.Min(a.Index, b.Index), Math.Max(a.Index, b.Index), s));
                    }
                }
            }
        }

        return edges;
    }
}
