using System.Runtime.CompilerServices;
using System.Globalization;
using System.Text.RegularExpressions;
using Concord.Model;

namespace Concord.Temporal.Engine;

public sealed partial class TemporalResolver
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Resolved? Absolute(Match m, TemporalLanguage lang, string text)
    {
        if (G(m, GroupSlot.Cent) is { } centText)
        {
            int? c = RomanOrInt(centText);
            if (c is null or < 1 or > 21)
            {
                return null;
            }

            int from = (c.Value - 1) * 100;
            var (lo, hi) = PartOf(Part(m, lang, GroupSlot.P1), from, 100);
            return new Resolved(TimexType.Date, (c.Value - 1).ToString("D2", CultureInfo.InvariantCulture), DatePrecision.Century,
                new Anchor(lo), new Anchor(hi));
        }

        if (G(m, GroupSlot.Dec1) is { } decText)
        {
            int from = DecadeStart(decText, lang);
            if (from <= 0)
            {
                return null;
            }

            var part = Part(m, lang, GroupSlot.P1);
            var (lo, hi) = PartOf(part, from, 10);
            if (Group(m, GroupSlot.Y2).Success || Group(m, GroupSlot.M2).Success)
            {
                // "the late 1980s to May 1994": the decade opens a range that a date closes.
                var close = new Anchor(Int(m, GroupSlot.Y2) ?? hi, MonthOf(m, lang, 2));
                if (close.IsValid && close.Year >= lo)
                {
                    return new Resolved(TimexType.Date, new Anchor(lo).Iso, (DatePrecision)Math.Max((int)DatePrecision.Year, (int)close.Precision),
                        new Anchor(lo), close);
                }
            }

            string value = (from / 10).ToString(CultureInfo.InvariantCulture) + "X";
            return new Resolved(TimexType.Date, value, part is null or PeriodPart.Whole ? DatePrecision.Decade : DatePrecision.Year,
                new Anchor(lo), new Anchor(hi));
        }

        int? y1 = Int(m, GroupSlot.Y1), y2 = Int(m, GroupSlot.Y2);
        if (y2 is { } short2 && Group(m, GroupSlot.Y2).Length == 2)
        {
            if (y1 is null)
            {
                return null;
            }

            y2 = (y1.Value / 100 * 100) + short2;
        }

        int? m1 = MonthOf(m, lang, 1), m2 = MonthOf(m, lang, 2);
        int? d1 = Int(m, GroupSlot.D1), d2 = Int(m, GroupSlot.D2);
        bool hasEnd = y2 is not null || m2 is not null || d2 is not null;
        bool openEnd = Group(m, GroupSlot.Open2).Success;

        if (Word(m, GroupSlot.S1, out var seasonText) && lang.Seasons.TryGet(seasonText, out var season))
        {
            return SeasonOf(season, y1 ?? y2);
        }

        // A month name standing alone must pass the language's own check ("May" the verb is not a date).
        if (y1 is null && d1 is null && m1 is not null && !hasEnd && !openEnd
            && !lang.AcceptsBareMonth(text, Group(m, GroupSlot.M1).Index, Value(Group(m, GroupSlot.M1))))
        {
            return null;
        }

        // "and" joins two dates into one span only when one of them borrows from the other ("1 and 5 April 2016").
        if (hasEnd && y1 is not null && y2 is not null && IsListJoin(m, lang))
        {
            return null;
        }

        int? sy = y1, sm = m1, sd = d1, ey = y2, em = m2, ed = d2;
        if (!hasEnd)
        {
            (ey, em, ed) = (sy, sm, sd);
        }
        else
        {
            if (sd is not null && sm is null)
            {
                sm = em;
            }

            if (ed is not null && em is null)
            {
                em = sm;
            }

            sy ??= ey;
            ey ??= sy;
        }

        if (sm is null && sy is null)
        {
            return null;
        }

        bool fromContext = false, needsDct = false;
        if (sy is null)
        {
            var (cy, nd) = ContextYear(sm, sd);
            if (cy is null)
            {
                needsDct = nd;
            }
            else
            {
                sy = cy;
                fromContext = true;
            }

            if (ey is null && cy is not null)
            {
                ey = cy;
            }

            // "from November through February": the end falls in the next year.
            if (ey is not null && em is not null && sm is not null && em < sm && y2 is null)
            {
                ey++;
            }
        }

        if (sy is null)
        {
            // Year unknown: TIMEX3 keeps the unknown part as XXXX.
            string v = sd is null ? $"XXXX-{sm:D2}" : $"XXXX-{sm:D2}-{sd:D2}";
            return new Resolved(TimexType.Date, v, sd is null ? DatePrecision.Month : DatePrecision.Day, null, null,
                NeedsDct: true, StartText: v, EndText: v);
        }

        var start = new Anchor(sy.Value, sm, sm is null ? null : sd);
        Anchor end = openEnd ? Open() : new Anchor(ey!.Value, em, em is null ? null : ed);
        if (!start.IsValid || !end.IsValid || end.CompareCoarse(start) < 0)
        {
            return null;
        }

        var precision = (DatePrecision)Math.Max((int)start.Precision, (int)end.Precision);
        return new Resolved(TimexType.Date, start.Iso, precision, start, end, fromContext, needsDct || (openEnd && documentDate is null));
    }

    private Anchor Open() => documentDate is { } d ? new Anchor(d.Year) : new Anchor(DateTime.UtcNow.Year);

    private bool IsListJoin(Match m, TemporalLanguage lang)
    {
        var g1 = Group(m, GroupSlot.Y1);
        var g2 = Group(m, GroupSlot.Y2);
        if (!g1.Success || !g2.Success || lang.OpensRange(m.Value))
        {
            return false;
        }

        int from = g1.Index + g1.Length, to = g2.Index;
        var between = m.Value.AsSpan(from - m.Index, Math.Max(0, to - from));
        return lang.IsListConjunction(between);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int? MonthOf(Match m, TemporalLanguage lang, int i)
    {
        if (Word(m, i == 1 ? GroupSlot.M1 : GroupSlot.M2, out var word))
        {
            return lang.Months.TryGet(word.TrimEnd('.'), out var v) ? v : null;
        }

        return Int(m, i == 1 ? GroupSlot.Mn1 : GroupSlot.Mn2);
    }

    private PeriodPart? Part(Match m, TemporalLanguage lang, int group) =>
        Word(m, group, out var s) && lang.Parts.TryGet(s, out var p) ? p : null;

    /// <summary>The years an early/mid/late part of a span covers (early 1990s → 1990–1993).</summary>
    private static (int Lo, int Hi) PartOf(PeriodPart? part, int from, int length) => part switch
    {
        PeriodPart.Early => (from, from + (length * 3 / 10) + (length == 10 ? 0 : -1)),
        PeriodPart.Mid => (from + (length * 4 / 10), from + (length * 6 / 10)),
        PeriodPart.Late => (from + (length * 7 / 10), from + length - 1),
        _ => (from, from + length - 1),
    };

    private Resolved SeasonOf(Season season, int? year)
    {
        bool fromContext = false, needsDct = false;
        if (year is null)
        {
            var (cy, nd) = ContextYear();
            year = cy;
            fromContext = cy is not null;
            needsDct = nd;

            // A narrative told forward: "23 July … In winter the fighting went on" is the winter
            // after July, which (GUIDELINES) carries the next year's number.
            if (cy is not null && season == Season.Winter && NarrativeAnchor() is { Month: > 2 })
            {
                year = cy + 1;
            }
        }

        string code = SeasonCode(season);
        if (year is null)
        {
            return new Resolved(TimexType.Date, "XXXX-" + code, DatePrecision.Season, null, null, NeedsDct: true);
        }

        var (lo, hi) = SeasonMonths(season);
        return new Resolved(TimexType.Date, $"{year:D4}-{code}", DatePrecision.Season,
            new Anchor(year.Value, lo), new Anchor(year.Value, hi), fromContext, needsDct);
    }

    internal static string SeasonCode(Season s) => s switch
    {
        Season.Spring => "SP",
        Season.Summer => "SU",
        Season.Autumn => "FA",
        _ => "WI",
    };

    /// <summary>Months of a season (GUIDELINES: spring 03–05, summer 06–08, autumn 09–11, winter of Y = Y-01..Y-02).</summary>
    internal static (int Lo, int Hi) SeasonMonths(Season s) => s switch
    {
        Season.Spring => (3, 5),
        Season.Summer => (6, 8),
        Season.Autumn => (9, 11),
        _ => (1, 2),
    };

    private static int? RomanOrInt(string s)
    {
        s = s.TrimEnd('.');
        if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v))
        {
            return v;
        }

        int total = 0, prev = 0;
        for (int i = s.Length - 1; i >= 0; i--)
        {
            int x = char.ToUpperInvariant(s[i]) switch
            {
                'I' => 1,
                'V' => 5,
                'X' => 10,
                'L' => 50,
                'C' => 100,
                _ => -1,
            };
            if (x < 0)
            {
                return null;
            }

            total += x < prev ? -x : x;
            prev = Math.Max(prev, x);
        }

        return total;
    }

    /// <summary>
    /// The first year of a decade written "1990", "90" (twentieth century, as in "los años 90") or
    /// as a word of the language ("noventa", "quatre-vingt-dix"); 0 when unknown.
    /// </summary>
    private static int DecadeStart(string decText, TemporalLanguage lang)
    {
        if (int.TryParse(decText, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return year < 100 ? 1900 + year : year;
        }

        return lang.DecadeWords.TryGet(decText, out var word) ? word : 0;
    }
}
