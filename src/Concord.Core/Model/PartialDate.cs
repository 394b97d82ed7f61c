using System.Globalization;

namespace Concord.Model;

/// <summary>ISO 8601 partial dates ("1994", "1994-05", "1994-05-12") as the day range they cover.</summary>
public static class PartialDate
{
    public static bool TryFirstDay(string? value, out DateOnly day) => TryRange(value, out day, out _);

    public static bool TryLastDay(string? value, out DateOnly day) => TryRange(value, out _, out day);

    public static bool TryRange(string? value, out DateOnly first, out DateOnly last)
    {
        first = last = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var parts = value.Split('-');
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y < 1 || y > 9999)
        {
            return false;
        }

        if (parts.Length == 1)
        {
            (first, last) = (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
            return true;
        }

        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12)
        {
            return false;
        }

        if (parts.Length == 2)
        {
            first = new DateOnly(y, m, 1);
            last = first.AddMonths(1).AddDays(-1);
            return true;
        }

        if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var d) || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        first = last = new DateOnly(y, m, d);
        return true;
    }

    /// <summary>Does [start, end] (end defaults to start) intersect [from, to]? Open bounds when null.</summary>
    public static bool Intersects(string? start, string? end, DateOnly? from, DateOnly? to)
    {
        if (!TryFirstDay(start, out var lo) || !TryLastDay(end ?? start, out var hi))
        {
            return from is null && to is null;
        }

        return (from is null || hi >= from) && (to is null || lo <= to);
    }
}
