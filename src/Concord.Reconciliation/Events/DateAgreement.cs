using Concord.Model;

namespace Concord.Reconciliation.Events;

/// <summary>When two dates of the same event disagree, and when one is only less precise than the other.</summary>
public static class DateAgreement
{
    /// <summary>
    /// Compared at the coarser precision: dates that share no unit disagree (9 vs 10 November;
    /// spring 1992 vs spring 1993). Two ranges at day or month precision that share neither their
    /// start nor their end disagree too (8 April–16 June vs 8–17 May). A coarser date containing a
    /// finer one (May 1994 vs 12 May 1994), or a day that starts or ends a range, is agreement.
    /// </summary>
    public static bool Conflict(DateInterval a, DateInterval b)
    {
        var p = DateInterval.Coarser(a.Precision, b.Precision);
        int a0 = DateInterval.Unit(a.FirstDay, p), a1 = DateInterval.Unit(a.LastDay, p);
        int b0 = DateInterval.Unit(b.FirstDay, p), b1 = DateInterval.Unit(b.LastDay, p);
        if (a1 < b0 || b1 < a0)
        {
            return true;
        }

        bool sameFinePrecision = a.Precision == b.Precision && a.Precision is DatePrecision.Day or DatePrecision.Month;
        return sameFinePrecision && !a.IsPoint && !b.IsPoint && a0 != b0 && a1 != b1;
    }

    /// <summary>Finer dates first: day before month before year; shorter spans before longer ones.</summary>
    public static int Specificity(DateInterval d) => ((int)d.Precision * 100000) + Math.Min(99999, d.LastDay - d.FirstDay);
}
