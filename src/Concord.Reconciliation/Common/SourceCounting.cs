using Concord.Model;
using Concord.Reconciliation.Copies;

namespace Concord.Reconciliation.Common;

/// <summary>Statements grouped by the independent source they come from (a copy group counts once).</summary>
public static class SourceCounting
{
    public static int Independent(IEnumerable<Mention> mentions, CopyAnalysis copies) =>
        copies.IndependentCount(mentions.Select(m => m.Doc).Distinct());

    public static IEnumerable<IGrouping<string, Mention>> BySource(IEnumerable<Mention> mentions, CopyAnalysis copies) =>
        mentions.GroupBy(m => copies.GroupOf(m.Doc));

    public static double Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var s = values.Order().ToArray();
        return s.Length % 2 == 1 ? s[s.Length / 2] : (s[(s.Length / 2) - 1] + s[s.Length / 2]) / 2;
    }
}
