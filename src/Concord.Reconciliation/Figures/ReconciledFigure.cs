using System.Globalization;
using Concord.Model;
using Concord.Reconciliation.Common;
using Concord.Reconciliation.Copies;
using Concord.Reconciliation.Events;

namespace Concord.Reconciliation.Figures;

/// <summary>
/// One figure reconciled from its statements: <see cref="Low"/> the lowest value stated,
/// <see cref="High"/> the highest (open "at least n" gives n), <see cref="Best"/> the median of the
/// independent sources' point estimates, as for event tolls.
/// </summary>
public sealed record ReconciledFigure
{
    public required string Id { get; init; }

    public required string Measure { get; init; }

    public required string Group { get; init; }

    public DateInterval? Period { get; init; }

    public required double Low { get; init; }

    public required double Best { get; init; }

    public required double High { get; init; }

    public required IReadOnlyList<Mention> Mentions { get; init; }

    public required IReadOnlyList<SourceQuote> Sources { get; init; }

    public required int IndependentSources { get; init; }

    public bool Disputed { get; init; }

    public string Label => $"{Measure}: {Group}{(Period is null ? "" : " (" + Period + ")")}";

    public static ReconciledFigure From(string id, IReadOnlyList<Mention> mentions, CopyAnalysis copies)
    {
        var periods = mentions.Select(m => DateInterval.Parse(m.PeriodStart, m.PeriodEnd)).Where(p => p is not null).Select(p => p!.Value).ToList();
        var perSource = SourceCounting.BySource(mentions, copies).Select(g => SourceCounting.Median(g.Select(Point).ToList())).ToList();
        double low = mentions.Min(m => m.ValueLow!.Value);
        double high = mentions.Max(m => m.ValueHigh ?? m.ValueLow!.Value);
        return new ReconciledFigure
        {
            Id = id,
            Measure = mentions[0].Measure ?? "other",
            Group = mentions.GroupBy(m => m.Group ?? "").OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key,
            Period = periods.Count == 0 ? null : periods.OrderBy(DateAgreement.Specificity).First(),
            Low = low,
            Best = Math.Clamp(SourceCounting.Median(perSource), low, high),
            High = high,
            Mentions = mentions,
            Sources = mentions.Select(m => SourceQuote.Of(m, FormatValue(m))).ToList(),
            IndependentSources = SourceCounting.Independent(mentions, copies),
        };
    }

    public static double Point(Mention m) => m.ValueHigh is double h ? (m.ValueLow!.Value + h) / 2 : m.ValueLow!.Value;

    public static string FormatValue(Mention m)
    {
        string lo = m.ValueLow!.Value.ToString("#,0.##", CultureInfo.InvariantCulture);
        return m.ValueHigh is null ? "≥" + lo
            : m.ValueHigh == m.ValueLow ? lo
            : lo + "–" + m.ValueHigh.Value.ToString("#,0.##", CultureInfo.InvariantCulture);
    }
}
