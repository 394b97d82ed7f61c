using Concord.Model;
using Concord.Reconciliation.Common;
using Concord.Reconciliation.Events;

namespace Concord.Reconciliation.Figures;

/// <summary>
/// Groups figure statements of the same figure: same measure, same group (category and side), and
/// periods that mostly cover each other (share of calendar units at the coarser precision at least
/// <see cref="PeriodOverlap"/>). Blocked by measure and group category, sorted by period start,
/// each compared with the following ones that start before it ends: O(n log n + n·Window).
/// </summary>
public sealed class FigureClusterer
{
    public double PeriodOverlap { get; init; } = 0.25;

    public int Window { get; init; } = 200;

    public List<List<int>> Cluster(IReadOnlyList<Mention> mentions)
    {
        var items = new List<(int Index, string Block, FigureGroup Group, DateInterval? Period)>();
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Kind != MentionKind.Figure || m.RepeatOf is not null || m.ValueLow is null)
            {
                continue;
            }

            // A figure that does not say who is counted cannot be said to be the same figure as another.
            if (string.IsNullOrWhiteSpace(m.Group))
            {
                items.Add((i, "?" + i, FigureGroup.Parse(null), null));
                continue;
            }

            var group = FigureGroup.Parse(m.Group);
            items.Add((i, (m.Measure ?? "other") + "|" + group.Key, group, DateInterval.Parse(m.PeriodStart, m.PeriodEnd)));
        }

        var uf = new UnionFind(mentions.Count);
        var coreFirst = new int[mentions.Count];
        var coreLast = new int[mentions.Count];
        foreach (var x in items)
        {
            coreFirst[x.Index] = x.Period?.FirstDay ?? 0;
            coreLast[x.Index] = x.Period?.LastDay ?? 0;
        }

        foreach (var block in items.GroupBy(x => x.Block))
        {
            var sorted = block.OrderBy(x => x.Period?.FirstDay ?? int.MinValue).ThenByDescending(x => x.Period?.LastDay ?? int.MinValue).ToArray();
            for (int i = 0; i < sorted.Length; i++)
            {
                var a = sorted[i];
                for (int j = i + 1, seen = 0; j < sorted.Length && seen < Window; j++, seen++)
                {
                    var b = sorted[j];
                    if (a.Period is DateInterval pa && b.Period is DateInterval pb)
                    {
                        if (pb.FirstDay > pa.LastDay)
                        {
                            break;
                        }

                        if (PeriodSimilarity(pa, pb) < PeriodOverlap)
                        {
                            continue;
                        }
                    }
                    else if (a.Period is not null || b.Period is not null)
                    {
                        continue;
                    }

                    if (!a.Group.Matches(b.Group))
                    {
                        continue;
                    }

                    // Every statement of one figure shares some day of its period: no chaining 2020 to 2021–2022 through 2020–2023.
                    int ra = uf.Find(a.Index), rb = uf.Find(b.Index);
                    int first = Math.Max(coreFirst[ra], coreFirst[rb]), last = Math.Min(coreLast[ra], coreLast[rb]);
                    if (ra != rb && first <= last)
                    {
                        int r = uf.Union(ra, rb);
                        coreFirst[r] = first;
                        coreLast[r] = last;
                    }
                }
            }
        }

        var clustered = items.Select(x => x.Index).ToHashSet();
        return uf.Groups().Where(g => clustered.Contains(g[0])).ToList();
    }

    /// <summary>Shared calendar units over all units covered, at the coarser precision of the two periods.</summary>
    public static double PeriodSimilarity(DateInterval a, DateInterval b)
    {
        var p = DateInterval.Coarser(a.Precision, b.Precision);
        int a0 = DateInterval.Unit(a.FirstDay, p), a1 = DateInterval.Unit(a.LastDay, p);
        int b0 = DateInterval.Unit(b.FirstDay, p), b1 = DateInterval.Unit(b.LastDay, p);
        int inter = Math.Min(a1, b1) - Math.Max(a0, b0) + 1;
        return inter <= 0 ? 0 : inter / (double)(Math.Max(a1, b1) - Math.Min(a0, b0) + 1);
    }
}
