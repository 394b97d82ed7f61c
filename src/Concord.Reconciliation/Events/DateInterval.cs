using System.Globalization;
using Concord.Model;

namespace Concord.Reconciliation.Events;

/// <summary>
/// The days an ISO partial date range covers ("1994" → all of 1994; "2016-04-01".."2016-04-05"),
/// with the precision the text gave: the coarser of its two ends.
/// </summary>
public readonly record struct DateInterval(int FirstDay, int LastDay, DatePrecision Precision)
{
    public bool IsPoint => Unit(FirstDay, Precision) == Unit(LastDay, Precision);

    public static DateInterval? Parse(string? start, string? end)
    {
        if (!TryParse(start, out var s, out var ps, first: true))
        {
            return null;
        }

        if (!TryParse(end ?? start, out var e, out var pe, first: false))
        {
            e = LastDayOf(start!, ps);
            pe = ps;
        }

        if (e < s)
        {
            (s, e) = (e, s);
        }

        return new DateInterval(s, e, Coarser(ps, pe));
    }

    public static DatePrecision Coarser(DatePrecision a, DatePrecision b) => a >= b ? a : b;

    /// <summary>Index of the calendar unit (day number, month number or year) that holds a day.</summary>
    public static int Unit(int dayNumber, DatePrecision precision)
    {
        if (precision == DatePrecision.Day)
        {
            return dayNumber;
        }

        var d = DateOnly.FromDayNumber(dayNumber);
        return precision == DatePrecision.Month ? (d.Year * 12) + d.Month - 1 : d.Year;
    }

    /// <summary>ISO text at this interval's precision: "1994", "1994-05" or "1994-05-12".</summary>
    public static string Format(int dayNumber, DatePrecision precision)
    {
        var d = DateOnly.FromDayNumber(dayNumber);
        return precision switch
        {
            DatePrecision.Day => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DatePrecision.Month => d.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            _ => d.Year.ToString("D4", CultureInfo.InvariantCulture),
        };
    }

    public string StartText => Format(FirstDay, Precision);

    public string EndText => Format(LastDay, Precision);

    public override string ToString() => IsPoint ? StartText : StartText + ".." + EndText;

    private static bool TryParse(string? iso, out int day, out DatePrecision precision, bool first)
    {
        day = 0;
        precision = DatePrecision.Unknown;
        if (string.IsNullOrWhiteSpace(iso))
        {
            return false;
        }

        var parts = iso.Split('-');
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int y) || y < 1 || y > 9999)
        {
            return false;
        }

        if (parts.Length == 1)
        {
            precision = DatePrecision.Year;
            day = first ? new DateOnly(y, 1, 1).DayNumber : new DateOnly(y, 12, 31).DayNumber;
            return true;
        }

        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int m) || m < 1 || m > 12)
        {
            return false;
        }

        if (parts.Length == 2)
        {
            precision = DatePrecision.Month;
            day = first ? new DateOnly(y, m, 1).DayNumber : new DateOnly(y, m, DateTime.DaysInMonth(y, m)).DayNumber;
            return true;
        }

        if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out int dd) || dd < 1 || dd > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        precision = DatePrecision.Day;
        day = new DateOnly(y, m, dd).DayNumber;
        return true;
    }

    private static int LastDayOf(string iso, DatePrecision p)
    {
        TryParse(iso, out int d, out _, first: false);
        return d;
    }
}
