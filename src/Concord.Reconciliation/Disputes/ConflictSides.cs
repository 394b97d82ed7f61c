using Concord.Reconciliation.Common;

namespace Concord.Reconciliation.Disputes;

/// <summary>
/// Splits statements into sides. Values compatible with every other value (a coarser date, an
/// open "at least 2") take no side; the rest are joined when compatible, so each side is a set of
/// values that agree with each other and disagree with some other side.
/// </summary>
public static class ConflictSides
{
    public static List<List<int>> Split<T>(IReadOnlyList<T> values, Func<T, T, bool> conflict)
    {
        int n = values.Count;
        var conflicted = new bool[n];
        bool any = false;
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                if (conflict(values[i], values[j]))
                {
                    conflicted[i] = conflicted[j] = true;
                    any = true;
                }
            }
        }

        if (!any)
        {
            return [];
        }

        var uf = new UnionFind(n);
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                if (conflicted[i] && conflicted[j] && !conflict(values[i], values[j]))
                {
                    uf.Union(i, j);
                }
            }
        }

        var sides = uf.Groups().Where(g => conflicted[g[0]]).ToList();

        // A side must disagree with another side as a whole; chains that mix both are not split further.
        return sides.Count >= 2 ? sides : [];
    }
}
