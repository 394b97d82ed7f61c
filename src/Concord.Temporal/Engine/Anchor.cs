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

    public string Iso => Month is null ? YearIso(Year)
        : Day is null ? $"{Year:D4}-{Month:D2}"
        : $"{Year:D4}-{Month:D2}-{Day:D2}";

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
