namespace Concord.Extraction.Events;

/// <summary>The days an ISO partial date ("1994", "1994-05", "1994-05-12") covers.</summary>
internal readonly record struct IsoInterval(DateOnly First, DateOnly Last)
{
    public static IsoInterval? Of(string? start, string? end)
    {
        var lo = Bound(start, last: false);
        var hi = Bound(end ?? start, last: true);
        return lo is null || hi is null ? null : new IsoInterval(lo.Value, hi.Value);
    }

    public bool Contains(IsoInterval other) => First <= other.First && other.Last <= Last;

    public int Days => Last.DayNumber - First.DayNumber + 1;

    /// <summary>True when the start is a whole year (no month): the text only locates it within a year or more.</summary>
    public static bool IsYearOrCoarser(string? start, string? end) =>
        start is not null && !start.Contains('-', StringComparison.Ordinal) && (end is null || !end.Contains('-', StringComparison.Ordinal));

    private static DateOnly? Bound(string? iso, bool last)
    {
        if (string.IsNullOrEmpty(iso))
        {
            return null;
        }

        var parts = iso.Split('-');
        if (!int.TryParse(parts[0], out int y) || y < 1 || y > 9999)
        {
            return null;
        }

        if (parts.Length == 1)
        {
            return last ? new DateOnly(y, 12, 31) : new DateOnly(y, 1, 1);
        }

        if (!int.TryParse(parts[1], out int m) || m < 1 || m > 12)
        {
            return null;
        }

        if (parts.Length == 2)
        {
            return last ? new DateOnly(y, m, DateTime.DaysInMonth(y, m)) : new DateOnly(y, m, 1);
        }

        return int.TryParse(parts[2], out int d) && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;
    }
}
