using System.Globalization;
using Concord.Model;
using Concord.Reconciliation.Common;
using Concord.Reconciliation.Copies;
using Concord.Reconciliation.Events;
using Concord.Reconciliation.Figures;

namespace Concord.Reconciliation.Disputes;

/// <summary>
/// Finds disagreements inside reconciled events (date, toll) and figures (value). Differences of
/// precision only are agreement (see <see cref="DateAgreement"/>); numbers disagree when their
/// ranges do not overlap ("at least n" is open above).
/// Materiality, used to rank: for numbers, the relative gap between the closest values of two
/// sides (0..1) times a size weight log10(1 + largest value) / 4 capped at 1; for dates, 0.5 plus
/// half the gap in years capped at 1; either multiplied by the number of independent sources
/// involved, since a disagreement between many sources matters more than one outlier.
/// </summary>
public static class DisputeFinder
{
    public static List<Dispute> Find(IReadOnlyList<ReconciledEvent> events, IReadOnlyList<ReconciledFigure> figures, CopyAnalysis copies)
    {
        var disputes = new List<Dispute>();
        foreach (var e in events)
        {
            var dated = e.Mentions.Select(m => (m, d: DateInterval.Parse(m.DateStart, m.DateEnd))).Where(x => x.d is not null).ToList();
            var dateValues = dated.GroupBy(x => x.d!.Value).Select(g => (Value: g.Key, Mentions: g.Select(x => x.m).ToList())).ToList();
            var sides = ConflictSides.Split(dateValues, (a, b) => DateAgreement.Conflict(a.Value, b.Value));
            if (sides.Count > 0)
            {
                disputes.Add(Make(e.Id, e.Label, "date", sides.Select(s => s.Select(i => dateValues[i]).ToList()).Select(vals =>
                    Side(string.Join(" | ", vals.Select(v => v.Value.ToString())), vals.SelectMany(v => v.Mentions), m => DateInterval.Parse(m.DateStart, m.DateEnd)!.Value.ToString(), copies)).ToList(),
                    DateMateriality(sides.Select(s => s.Select(i => dateValues[i].Value).ToList()).ToList()), copies));
            }

            var tolls = e.Mentions.Where(m => m.Fatalities is not null).GroupBy(m => (m.Fatalities!.Low, m.Fatalities.High, Sides: SidesCounted(m.Fatalities)))
                .Select(g => (Low: (double)g.Key.Low, High: (double?)g.Key.High, Mentions: g.ToList(), Counted: g.Key.Sides)).ToList();
            AddNumeric(disputes, e.Id, e.Label, "fatalities", tolls, m => EventReconciler.Format(m.Fatalities!), copies);
        }

        foreach (var f in figures)
        {
            var values = f.Mentions.GroupBy(m => (m.ValueLow!.Value, m.ValueHigh))
                .Select(g => (Low: g.Key.Value, High: g.Key.ValueHigh, Mentions: g.ToList(), Counted: "")).ToList();
            AddNumeric(disputes, f.Id, f.Label, "value", values, ReconciledFigure.FormatValue, copies);
        }

        var ranked = disputes.OrderByDescending(d => d.Materiality).ThenBy(d => d.Subject, StringComparer.Ordinal).ToList();
        return ranked.Select((d, i) => d with { Id = $"D{i + 1:0000}" }).ToList();
    }

    /// <summary>
    /// Whose dead a toll counts, when the statement breaks it down by side ("" when it does not):
    /// tolls of different sides (one side's soldiers, another's fighters) are not the same number.
    /// </summary>
    private static string SidesCounted(Fatalities f) =>
        string.Join("+", f.BySide.Select(s => s.Side).Where(s => !s.Equals("unknown", StringComparison.OrdinalIgnoreCase)).Distinct().Order(StringComparer.Ordinal));

    private static void AddNumeric(List<Dispute> disputes, string subject, string label, string attribute, List<(double Low, double? High, List<Mention> Mentions, string Counted)> values, Func<Mention, string> format, CopyAnalysis copies)
    {
        var sides = ConflictSides.Split(values, (a, b) =>
            (a.Counted.Length == 0 || b.Counted.Length == 0 || a.Counted == b.Counted)
            && ((a.High ?? double.PositiveInfinity) < b.Low || (b.High ?? double.PositiveInfinity) < a.Low));
        if (sides.Count == 0)
        {
            return;
        }

        var sideValues = sides.Select(s => s.Select(i => values[i]).ToList()).ToList();
        double gap = double.MaxValue, largest = 0;
        for (int x = 0; x < sideValues.Count; x++)
        {
            for (int y = x + 1; y < sideValues.Count; y++)
            {
                foreach (var a in sideValues[x])
                {
                    foreach (var b in sideValues[y])
                    {
                        double lo = Math.Min(a.High ?? a.Low, b.High ?? b.Low), hi = Math.Max(a.Low, b.Low);
                        double g = hi <= 0 ? 0 : Math.Abs(hi - lo) / hi;
                        gap = Math.Min(gap, g);
                        largest = Math.Max(largest, Math.Max(a.High ?? a.Low, b.High ?? b.Low));
                    }
                }
            }
        }

        double materiality = gap * Math.Min(1, Math.Log10(1 + largest) / 4);
        disputes.Add(Make(subject, label, attribute, sideValues.Select(vals =>
            Side(string.Join(" | ", vals.Select(v => format(v.Mentions[0]))), vals.SelectMany(v => v.Mentions), format, copies)).ToList(), materiality, copies));
    }

    private static DisputeSide Side(string value, IEnumerable<Mention> mentions, Func<Mention, string> format, CopyAnalysis copies)
    {
        var list = mentions.ToList();
        return new DisputeSide(value, list.Select(m => SourceQuote.Of(m, format(m))).ToList(), SourceCounting.Independent(list, copies));
    }

    private static Dispute Make(string subject, string label, string attribute, List<DisputeSide> sides, double baseMateriality, CopyAnalysis copies)
    {
        var groupsPerSide = sides.Select(s => s.Statements.Select(q => copies.GroupOf(q.Doc)).ToHashSet()).ToList();
        int independent = groupsPerSide.SelectMany(g => g).Distinct().Count();
        bool between = groupsPerSide.Count >= 2 && groupsPerSide.Any(a => groupsPerSide.Any(b => !a.SetEquals(b)));
        return new Dispute("", subject, label, attribute, sides, Math.Round(baseMateriality * independent, 4, MidpointRounding.AwayFromZero))
        {
            BetweenIndependentSources = between,
        };
    }

    private static double DateMateriality(List<List<DateInterval>> sides)
    {
        int gap = int.MaxValue;
        for (int x = 0; x < sides.Count; x++)
        {
            for (int y = x + 1; y < sides.Count; y++)
            {
                foreach (var a in sides[x])
                {
                    foreach (var b in sides[y])
                    {
                        int g = Math.Max(0, Math.Max(a.FirstDay - b.LastDay, b.FirstDay - a.LastDay));
                        gap = Math.Min(gap, Math.Max(g, Math.Abs(a.FirstDay - b.FirstDay)));
                    }
                }
            }
        }

        return 0.5 + (0.5 * Math.Min(1, gap / 365.0));
    }

    public static string Describe(Dispute d) =>
        string.Join(" vs ", d.Sides.Select(s => s.Value + " (" + s.IndependentSources.ToString(CultureInfo.InvariantCulture) + " src)"));
}
