using System.Globalization;
using System.Text.RegularExpressions;
using Concord.Model;

namespace Concord.Temporal.Engine;

public sealed partial class TemporalResolver
{
    /// <summary>The point deictic words count from: the document date, else the last date mentioned.</summary>
    private (Anchor? Ref, bool FromContext, bool NeedsDct) DeicticReference() =>
        documentDate is { } d ? (Anchor.From(d), false, false)
        : lastInDocument is { } a ? (a, true, true)
        : (null, false, true);

    /// <summary>The point anaphoric words count from: the last date mentioned, else the document date.</summary>
    private (Anchor? Ref, bool FromContext, bool NeedsDct) AnaphoricReference() =>
        lastInDocument is { } a ? (a, true, false)
        : documentDate is { } d ? (Anchor.From(d), false, false)
        : (null, false, true);

    private Resolved? Deictic(Match m, TemporalLanguage lang)
    {
        var (r, fromContext, needsDct) = DeicticReference();
        int sign = Word(m, GroupSlot.Dir, out var dirText) && lang.Directions.TryGet(dirText, out var dir) ? dir.Sign : 0;
        string? tod = G(m, GroupSlot.Tod) is { } todText ? lang.DayParts.Get(todText) : null;
        if (r is not { } at)
        {
            return null;
        }

        if (Word(m, GroupSlot.Wd, out var wdText) && lang.Weekdays.TryGet(wdText, out var weekday))
        {
            if (at.Day is null)
            {
                return null;
            }

            var day = WeekdayNear(new DateOnly(at.Year, at.Month!.Value, at.Day.Value), weekday, sign);
            return DayResult(Anchor.From(day), tod, fromContext, needsDct);
        }

        if (G(m, GroupSlot.Day) is { } dayWord)
        {
            if (at.Day is null)
            {
                return null;
            }

            int shift = lang.Directions.TryGet(dayWord, out var dd) ? dd.Sign : 0;
            var day = new DateOnly(at.Year, at.Month!.Value, at.Day.Value).AddDays(shift);
            return DayResult(Anchor.From(day), tod, fromContext, needsDct);
        }

        if (Word(m, GroupSlot.M1, out var monthText) && lang.Months.TryGet(monthText, out var month))
        {
            int year = at.Year;
            if (at.Month is { } cm)
            {
                year += sign switch
                {
                    < 0 => month < cm ? 0 : -1,
                    > 0 => month > cm ? 0 : 1,
                    _ => 0,
                };
            }

            var a = new Anchor(year, month);
            return new Resolved(TimexType.Date, a.Iso, DatePrecision.Month, a, a, fromContext, needsDct);
        }

        if (Word(m, GroupSlot.S1, out var seasonText) && lang.Seasons.TryGet(seasonText, out var season))
        {
            var (lo, hi) = SeasonMonths(season);
            int year = at.Year;
            if (at.Month is { } cm)
            {
                year += sign switch
                {
                    < 0 => hi < cm ? 0 : -1,
                    > 0 => lo > cm ? 0 : 1,
                    _ => 0,
                };
            }

            return new Resolved(TimexType.Date, $"{year:D4}-{SeasonCode(season)}", DatePrecision.Season,
                new Anchor(year, lo), new Anchor(year, hi), fromContext, needsDct);
        }

        if (Word(m, GroupSlot.Unit, out var unitText) && lang.Units.TryGet(unitText, out var unit))
        {
            return Shift(at, unit, sign, fromContext, needsDct, deicticWeek: true);
        }

        if (tod is not null && at.Day is not null)
        {
            return DayResult(at, tod, fromContext, needsDct);
        }

        return null;
    }

    private Resolved? Relative(Match m, TemporalLanguage lang)
    {
        if (!Word(m, GroupSlot.Dir, out var dirText) || !lang.Directions.TryGet(dirText, out var dir))
        {
            return null;
        }

        int n = !Group(m, GroupSlot.N).Success ? 1 : Count(m, lang) ?? -1;
        if (n < 0)
        {
            return null;
        }

        var unitText = G(m, GroupSlot.Unit)!;
        string? tod = lang.DayParts.Get(unitText);
        if (!lang.Units.TryGet(unitText, out var unit))
        {
            if (tod is null)
            {
                return null;
            }

            unit = TimeUnit.Day;
        }

        var (r, fromContext, needsDct) = dir.Deictic ? DeicticReference() : AnaphoricReference();
        if (r is not { } at)
        {
            return null;
        }

        // A year named in passing ("… since 1994. Five more were killed the following night")
        // cannot anchor a day: "the following night/day" counts from the last day told in the paragraph.
        if (!dir.Deictic && unit == TimeUnit.Day && at.Day is null && lastDayInParagraph is { } lastDay)
        {
            at = lastDay;
        }

        var res = Shift(at, unit, dir.Sign * n, fromContext, needsDct, deicticWeek: false);
        if (res is { } x && tod is not null && x.Precision == DatePrecision.Day && dir.Sign != 0)
        {
            // "The following night" after a told day runs from that day's evening into the next
            // morning: its dates span both days (the value keeps the TIMEX form of the next day).
            bool nightAfter = tod == "NI" && dir.Sign > 0 && n == 1 && at.Day is not null;
            return x with { Type = TimexType.Time, Value = x.Value + "T" + tod, Start = nightAfter ? at : x.Start };
        }

        return res;
    }

    private static Resolved? Shift(Anchor at, TimeUnit unit, int by, bool fromContext, bool needsDct, bool deicticWeek)
    {
        Anchor a;
        switch (unit)
        {
            case TimeUnit.Year:
                a = new Anchor(at.Year + by);
                break;
            case TimeUnit.Decade:
                int dec = (at.Year / 10) + by;
                return new Resolved(TimexType.Date, dec.ToString(CultureInfo.InvariantCulture) + "X", DatePrecision.Decade,
                    new Anchor(dec * 10), new Anchor((dec * 10) + 9), fromContext, needsDct);
            case TimeUnit.Century:
                int c = (at.Year / 100) + by;
                return new Resolved(TimexType.Date, c.ToString("D2", CultureInfo.InvariantCulture), DatePrecision.Century,
                    new Anchor(c * 100), new Anchor((c * 100) + 99), fromContext, needsDct);
            case TimeUnit.Month or TimeUnit.Quarter when at.Month is { } mo:
                if (unit == TimeUnit.Quarter)
                {
                    int q = ((at.Year * 4) + ((mo - 1) / 3)) + by;
                    int qy = q / 4, qn = (q % 4) + 1;
                    return new Resolved(TimexType.Date, $"{qy:D4}-Q{qn}", DatePrecision.Month,
                        new Anchor(qy, ((qn - 1) * 3) + 1), new Anchor(qy, qn * 3), fromContext, needsDct);
                }

                int months = (at.Year * 12) + (mo - 1) + by;
                a = new Anchor(months / 12, (months % 12) + 1);
                break;
            case TimeUnit.Week when at.Day is not null:
                var wd = new DateOnly(at.Year, at.Month!.Value, at.Day.Value).AddDays(7 * by);
                if (deicticWeek)
                {
                    var dt = wd.ToDateTime(TimeOnly.MinValue);
                    var week = $"{ISOWeek.GetYear(dt):D4}-W{ISOWeek.GetWeekOfYear(dt):D2}";
                    var monday = wd.AddDays(-(((int)wd.DayOfWeek + 6) % 7));
                    return new Resolved(TimexType.Date, week, DatePrecision.Day, Anchor.From(monday), Anchor.From(monday.AddDays(6)),
                        fromContext, needsDct);
                }

                a = Anchor.From(wd);
                break;
            case TimeUnit.Day when at.Day is not null:
                a = Anchor.From(new DateOnly(at.Year, at.Month!.Value, at.Day.Value).AddDays(by));
                break;
            default:
                return null;
        }

        return new Resolved(TimexType.Date, a.Iso, a.Precision, a, a, fromContext, needsDct);
    }

    private static Resolved DayResult(Anchor day, string? tod, bool fromContext, bool needsDct) =>
        tod is null
            ? new Resolved(TimexType.Date, day.Iso, DatePrecision.Day, day, day, fromContext, needsDct)
            : new Resolved(TimexType.Time, day.Iso + "T" + tod, DatePrecision.Day, day, day, fromContext, needsDct);

    /// <summary>
    /// The weekday a bare "Friday" means in news: the reference day itself or the closest one
    /// before it; "next Friday" the first one after, "last Friday" the one before.
    /// </summary>
    private static DateOnly WeekdayNear(DateOnly reference, DayOfWeek weekday, int sign)
    {
        int back = ((int)reference.DayOfWeek - (int)weekday + 7) % 7;
        return sign switch
        {
            > 0 => reference.AddDays(back == 0 ? 7 : 7 - back),
            < 0 => reference.AddDays(back == 0 ? -7 : -back),
            _ => back <= 5 ? reference.AddDays(-back) : reference.AddDays(7 - back),
        };
    }

    private Resolved? Duration(Match m, TemporalLanguage lang)
    {
        if (G(m, GroupSlot.Unit) is not { } unitText || !lang.Units.TryGet(unitText, out var unit))
        {
            return null;
        }

        string amount;
        if (G(m, GroupSlot.N) is null)
        {
            // "the next decade" is one decade; bare "weeks" an unknown number of them.
            amount = unitText.EndsWith('s') ? "X" : "1";
        }
        else if (G(m, GroupSlot.N)!.Contains('.') && double.TryParse(G(m, GroupSlot.N), NumberStyles.Float, CultureInfo.InvariantCulture, out var dec))
        {
            amount = dec.ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            int? n = Count(m, lang);
            if (n is null)
            {
                return null;
            }

            amount = n < 0 ? "X" : n.Value.ToString(CultureInfo.InvariantCulture);
        }

        string Times(int k) => amount == "X" ? "X" : (double.Parse(amount, CultureInfo.InvariantCulture) * k).ToString(CultureInfo.InvariantCulture);
        string value = unit switch
        {
            TimeUnit.Second => $"PT{amount}S",
            TimeUnit.Minute => $"PT{amount}M",
            TimeUnit.Hour => $"PT{amount}H",
            TimeUnit.Day => $"P{amount}D",
            TimeUnit.Week => $"P{amount}W",
            TimeUnit.Month => $"P{amount}M",
            TimeUnit.Quarter => $"P{Times(3)}M",
            TimeUnit.Year => $"P{amount}Y",
            TimeUnit.Decade => amount == "X" ? "PXDE" : $"P{Times(10)}Y",
            _ => amount == "X" ? "PXCE" : $"P{Times(100)}Y",
        };
        return new Resolved(TimexType.Duration, value, DatePrecision.Unknown, null, null);
    }

    private Resolved? Set(Match m, TemporalLanguage lang)
    {
        string? value = null;
        if (G(m, GroupSlot.Set) is { } s)
        {
            value = lang.SetWords.Get(s);
        }
        else if (G(m, GroupSlot.Tod) is { } t && lang.DayParts.Get(t) is { } code)
        {
            value = "XXXX-XX-XXT" + code;
        }
        else if (Word(m, GroupSlot.Unit, out var u) && lang.Units.TryGet(u, out var unit))
        {
            value = unit switch
            {
                TimeUnit.Day => "XXXX-XX-XX",
                TimeUnit.Week => "XXXX-WXX",
                TimeUnit.Month => "XXXX-XX",
                TimeUnit.Year => "XXXX",
                _ => null,
            };
        }

        return value is null ? null : new Resolved(TimexType.Set, value, DatePrecision.Unknown, null, null);
    }

    private Resolved? Reference(Match m, TemporalLanguage lang) =>
        G(m, GroupSlot.Ref) is { } r && lang.References.Get(r) is { } value
            ? new Resolved(TimexType.Date, value, DatePrecision.Unknown, null, null)
            : null;
}
