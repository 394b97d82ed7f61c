using System.Globalization;
using Concord.Model;
using Concord.Reconciliation.Common;
using Concord.Reconciliation.Copies;

namespace Concord.Reconciliation.Events;

/// <summary>Turns one cluster of event mentions into a <see cref="ReconciledEvent"/>.</summary>
public static class EventReconciler
{
    public static ReconciledEvent Reconcile(string id, IReadOnlyList<Mention> mentions, CopyAnalysis copies)
    {
        var dated = mentions
            .Select(m => (Mention: m, Date: DateInterval.Parse(m.DateStart, m.DateEnd)))
            .Where(x => x.Date is not null)
            .Select(x => (x.Mention, Date: x.Date!.Value))
            .ToList();
        var claims = dated
            .GroupBy(x => x.Date)
            .Select(g => new DateClaim(g.Key, g.Select(x => SourceQuote.Of(x.Mention, g.Key.ToString())).ToList(), SourceCounting.Independent(g.Select(x => x.Mention), copies)))
            .ToList();
        var date = ChooseDate(dated, claims, copies);
        var competing = claims.Where(c => DateAgreement.Conflict(c.Date, date)).OrderByDescending(c => c.IndependentSources).ToList();

        var (type, subType) = Majority(mentions.Where(m => m.EventType is not null), m => (m.EventType, m.SubEventType), copies);
        var place = Majority(mentions.Where(m => m.Location is not null), m => m.Location!.Name, copies).Item1;
        var location = place is null ? null : mentions.Select(m => m.Location).Where(l => l?.Name == place).OrderByDescending(l => l!.Latitude is not null).First();
        var actors = mentions.SelectMany(m => m.Actors).GroupBy(a => a).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();

        return new ReconciledEvent
        {
            Id = id,
            Mentions = mentions,
            Date = date,
            CompetingDates = competing,
            EventType = type,
            SubEventType = subType,
            Location = location,
            Actors = actors,
            Deaths = Toll(mentions, copies),
            Sources = mentions.Select(m => SourceQuote.Of(m, DateInterval.Parse(m.DateStart, m.DateEnd)?.ToString() ?? "")).ToList(),
            IndependentSources = SourceCounting.Independent(mentions, copies),
            Disputed = competing.Count > 0,
        };
    }

    /// <summary>
    /// The most precise date that a majority of independent sources agree with (agreeing includes
    /// stating it less precisely); when no date has a majority, the most precise of those with the
    /// most support. Dates stated exactly by at least two independent sources are preferred over
    /// dates only one source states. When the chosen date is a single day that begins a stated
    /// span of three days or more at the same precision, the span is kept (a war is dated by its span, not its first day).
    /// </summary>
    private static DateInterval ChooseDate(List<(Mention Mention, DateInterval Date)> dated, List<DateClaim> claims, CopyAnalysis copies)
    {
        var groups = dated.GroupBy(x => copies.GroupOf(x.Mention.Doc)).ToList();
        var support = claims.ToDictionary(
            c => c.Date,
            c => groups.Count(g => g.Any(x => !DateAgreement.Conflict(x.Date, c.Date))));
        int best = support.Values.Max();
        var eligible = claims.Where(c => support[c.Date] * 2 > groups.Count).ToList();
        if (eligible.Count == 0)
        {
            eligible = claims.Where(c => support[c.Date] == best).ToList();
        }

        var majority = eligible;

        // A date only one source states exactly gives way to one that two independent sources state.
        if (eligible.Any(c => c.IndependentSources >= 2))
        {
            eligible = eligible.Where(c => c.IndependentSources >= 2).ToList();
        }

        var chosen = eligible
            .OrderBy(c => DateAgreement.Specificity(c.Date))
            .ThenByDescending(c => support[c.Date])
            .ThenByDescending(c => c.IndependentSources)
            .ThenBy(c => c.Date.FirstDay)
            .First().Date;

        // A day on which a stated span begins is when the event began, not all of it: keep the span.
        var span = majority
            .Where(c => c.Date.LastDay - c.Date.FirstDay >= 2 && chosen.IsPoint && c.Date.Precision == chosen.Precision && c.Date.FirstDay == chosen.FirstDay)
            .OrderByDescending(c => support[c.Date]).ThenByDescending(c => c.IndependentSources).ThenBy(c => c.Date.LastDay)
            .FirstOrDefault();
        return span?.Date ?? chosen;
    }

    /// <summary>The value most independent sources give, then the one most mentions give, then the first in order.</summary>
    private static (T?, object?) Majority<T>(IEnumerable<Mention> mentions, Func<Mention, T> value, CopyAnalysis copies)
    {
        var best = mentions
            .GroupBy(value)
            .Select(g => (g.Key, Sources: SourceCounting.Independent(g, copies), Count: g.Count()))
            .OrderByDescending(x => x.Sources)
            .ThenByDescending(x => x.Count)
            .ThenBy(x => x.Key?.ToString(), StringComparer.Ordinal)
            .FirstOrDefault();
        return (best.Key, null);
    }

    private static (string?, string?) Majority(IEnumerable<Mention> mentions, Func<Mention, (string?, string?)> value, CopyAnalysis copies)
    {
        var (pair, _) = Majority<(string?, string?)>(mentions, value, copies);
        return pair;
    }

    /// <summary>UCDP low/best/high; see <see cref="DeathToll"/> for the rule.</summary>
    public static DeathToll? Toll(IEnumerable<Mention> mentions, CopyAnalysis copies)
    {
        var stated = mentions.Where(m => m.Fatalities is not null).ToList();
        if (stated.Count == 0)
        {
            return null;
        }

        int low = stated.Min(m => m.Fatalities!.Low);
        int high = stated.Max(m => m.Fatalities!.High ?? m.Fatalities.Low);
        var perSource = SourceCounting.BySource(stated, copies)
            .Select(g => SourceCounting.Median(g.Select(m => Point(m.Fatalities!)).ToList()))
            .ToList();
        int best = (int)Math.Round(SourceCounting.Median(perSource), MidpointRounding.AwayFromZero);
        return new DeathToll(low, Math.Clamp(best, low, high), high);
    }

    public static double Point(Fatalities f) => f.High is int h ? (f.Low + h) / 2.0 : f.Low;

    public static string Format(Fatalities f) =>
        f.High is null ? $"≥{f.Low}" : f.High == f.Low ? f.Low.ToString(CultureInfo.InvariantCulture) : $"{f.Low}–{f.High}";
}
