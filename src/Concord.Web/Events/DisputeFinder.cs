namespace Concord.Web.Events;

/// <summary>
/// Disagreements among an event's independent sources: deaths whose stated ranges do not
/// overlap. Copies never count as a side of their own.
/// </summary>
public static class DisputeFinder
{
    public static IReadOnlyList<WebDispute> Find(IEnumerable<WebEvent> events)
    {
        var disputes = new List<WebDispute>();
        foreach (var e in events)
        {
            var tolls = e.Sources
                .Where(s => s.CopyOf is null && s.DeathsLow is not null)
                .GroupBy(s => (s.DeathsLow!.Value, High: s.DeathsHigh ?? s.DeathsLow!.Value))
                .ToList();
            if (tolls.Count < 2)
            {
                continue;
            }

            var disjoint = tolls.Any(a => tolls.Any(b => a.Key.High < b.Key.Value || b.Key.High < a.Key.Value));
            if (!disjoint)
            {
                continue;
            }

            var sides = tolls
                .OrderBy(t => t.Key.Value)
                .Select(t => new DisputeSide(
                    t.Key.Value == t.Key.High ? $"{t.Key.Value}" : $"{t.Key.Value}–{t.Key.High}",
                    t.Select(s => s.MentionId).ToList(),
                    t.Select(s => s.Doc).Distinct(StringComparer.Ordinal).ToList()))
                .ToList();
            var spread = tolls.Max(t => t.Key.High) - tolls.Min(t => t.Key.Value);
            disputes.Add(new WebDispute(e.Id, "deaths", $"Deaths: {e.SubType ?? e.Type} {e.DateStart} {e.Place}".TrimEnd(), sides) { Spread = spread });
        }

        return disputes.OrderByDescending(d => d.Spread).ThenBy(d => d.EventId, StringComparer.Ordinal).ToList();
    }
}
