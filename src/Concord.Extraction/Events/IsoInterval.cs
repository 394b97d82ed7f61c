using System.Runtime.CompilerServices;
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    private static DateOnly? Bound(string? iso, bool last)
    {
        if (string.IsNullOrEmpty(iso))
        {
            return null;
        }

        // The parts between dashes, read in place (the same parts and parses as iso.Split('-')).
        var rest = iso.AsSpan();
        var year = NextPart(ref rest, out bool more);
        if (!TryParsePart(year, out int y) || y < 1 || y > 9999)
        {
            return null;
        }

        if (!more)
        {
            return last ? new DateOnly(y, 12, 31) : new DateOnly(y, 1, 1);
        }

        var month = NextPart(ref rest, out more);
        if (!TryParsePart(month, out int m) || m < 1 || m > 12)
        {
            return null;
        }

        if (!more)
        {
            return last ? new DateOnly(y, m, DateTime.DaysInMonth(y, m)) : new DateOnly(y, m, 1);
        }

        return TryParsePart(NextPart(ref rest, out _), out int d) && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;
    }

    /// <summary>
    /// <see cref="int.TryParse(ReadOnlySpan{char}, out int)"/> of a part: up to nine ASCII digits (every
    /// part of a date the tagger writes) are read in place, giving what TryParse gives them without
    /// its culture look-up; anything else is left to TryParse.
    /// </summary>
    private static bool TryParsePart(ReadOnlySpan<char> part, out int value)
    {
        if (part.Length is 0 or > 9)
        {
            return int.TryParse(part, out value);
        }

        int read = 0;
        foreach (char c in part)
        {
            uint digit = (uint)(c - '0');
            if (digit > 9)
            {
                return int.TryParse(part, out value);
            }

            read = (read * 10) + (int)digit;
        }

        value = read;
        return true;
    }

    /// <summary>The text up to the next dash (or the end); <paramref name="more"/>: a dash followed.</summary>
    private static ReadOnlySpan<char> NextPart(ref ReadOnlySpan<char> rest, out bool more)
    {
        int dash = rest.IndexOf('-');
        more = dash >= 0;
        var part = more ? rest[..dash] : rest;
        rest = more ? rest[(dash + 1)..] : [];
        return part;
    }
}
