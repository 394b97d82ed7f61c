using System.Globalization;

namespace Concord.Temporal.Engine;

/// <summary>A calendar point at the precision the text gave it (year, year-month or full date).</summary>
public readonly record struct Anchor(int Year, int? Month = null, int? Day = null)
{
    public static Anchor From(DateOnly d) => new(d.Year, d.Month, d.Day);

    public bool IsValid =>
        Year is >= 1 and <= 9999
        && (Month is null || Month is >= 1 and <= 12)
        && (Day is null || (Month is not null && Day >= 1 && Day <= DateTime.DaysInMonth(Year, Month.Value)));

    public string Iso => Month is not { } month ? YearIso(Year)
        : Year is < 0 or > 9999 || month is < 0 or > 99 || Day is < 0 or > 99 ? FormattedIso
        : Day is not { } day ? Digits(Year, month, 0, 7)
        : Digits(Year, month, day, 10);

    private string FormattedIso => Day is null ? $"{Year:D4}-{Month:D2}" : $"{Year:D4}-{Month:D2}-{Day:D2}";

    /// <summary>
    /// "YYYY-MM" (length 7) or "YYYY-MM-DD" (length 10) written digit by digit: every resolved
    /// date asks for its value, start and end, and interpolating nullable numbers boxes them.
    /// </summary>
    private static string Digits(int year, int month, int day, int length) =>
        string.Create(length, (year, month, day), static (c, d) =>
        {
            c[0] = (char)('0' + (d.year / 1000));
            c[1] = (char)('0' + (d.year / 100 % 10));
            c[2] = (char)('0' + (d.year / 10 % 10));
            c[3] = (char)('0' + (d.year % 10));
            c[4] = '-';
            c[5] = (char)('0' + (d.month / 10));
            c[6] = (char)('0' + (d.month % 10));
            if (c.Length == 10)
            {
                c[7] = '-';
                c[8] = (char)('0' + (d.day / 10));
                c[9] = (char)('0' + (d.day % 10));
            }
        });

    /// <summary>Years repeat across a document and each expression asks for its start and end: format each once.</summary>
    private static readonly string?[] YearStrings = new string?[10000];

    private static string YearIso(int year) =>
        year is >= 0 and < 10000
            ? YearStrings[year] ??= year.ToString("D4", CultureInfo.InvariantCulture)
            : year.ToString("D4", CultureInfo.InvariantCulture);

    public Model.DatePrecision Precision => Day is not null ? Model.DatePrecision.Day
        : Month is not null ? Model.DatePrecision.Month : Model.DatePrecision.Year;

    /// <summary>Compares at the coarser of the two precisions (1994 vs 1994-05 are equal).</summary>
    public int CompareCoarse(Anchor other)
    {
        int c = Year.CompareTo(other.Year);
        if (c != 0 || Month is null || other.Month is null)
        {
            return c;
        }

        c = Month.Value.CompareTo(other.Month.Value);
        return c != 0 || Day is null || other.Day is null ? c : Day.Value.CompareTo(other.Day.Value);
    }
}
