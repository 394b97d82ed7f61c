using Concord.Model;
using Concord.Reconciliation.Common;

namespace Concord.Reconciliation.Events;

/// <summary>
/// How likely two event mentions tell the same occurrence, from 0 to 1, or a negative value when
/// they cannot (dates incompatible at their precision, or disjoint actors).
/// </summary>
public sealed class EventSimilarity
{
    public double DateWeight { get; init; } = 0.45;

    public double ActorWeight { get; init; } = 0.2;

    public double PlaceWeight { get; init; } = 0.15;

    public double SubTypeWeight { get; init; } = 0.2;

    public double Score(EventFeatures a, EventFeatures b)
    {
        double date = DateSimilarity(a.Date, b.Date);
        if (date <= 0)
        {
            return -1;
        }

        double actors = ActorSimilarity(a.ActorIds, b.ActorIds);
        if (actors < 0)
        {
            return -1;
        }

        double subType = a.SubType == b.SubType ? 1 : a.Type == b.Type ? 0.3 : 0;
        return (DateWeight * date) + (ActorWeight * actors) + (PlaceWeight * PlaceSimilarity(a, b)) + (SubTypeWeight * subType);
    }

    /// <summary>
    /// Compared at the coarser precision of the two ("1994" vs "1994-05-12" compares years, so
    /// they agree fully): the overlap of the calendar units each covers over their union. Two
    /// mentions starting on the same day or month agree at least 0.6 (a war, and the day it began); two
    /// single days one day apart agree 0.8 (the same signing dated on either side of midnight).
    /// </summary>
    public static double DateSimilarity(DateInterval a, DateInterval b)
    {
        var p = DateInterval.Coarser(a.Precision, b.Precision);
        int a0 = DateInterval.Unit(a.FirstDay, p), a1 = DateInterval.Unit(a.LastDay, p);
        int b0 = DateInterval.Unit(b.FirstDay, p), b1 = DateInterval.Unit(b.LastDay, p);
        int inter = Math.Min(a1, b1) - Math.Max(a0, b0) + 1;
        if (inter <= 0)
        {
            bool nextDay = p == DatePrecision.Day && inter == 0 && a0 == a1 && b0 == b1;
            return nextDay ? 0.8 : 0;
        }

        double jaccard = inter / (double)(Math.Max(a1, b1) - Math.Min(a0, b0) + 1);
        bool sameStart = a0 == b0 && p is DatePrecision.Day or DatePrecision.Month;
        double sim = sameStart ? Math.Max(jaccard, 0.6) : jaccard;

        // A day inside a span of a week at most ("9–10 November" and "10 November") is the same date told loosely.
        bool withinWeek = p == DatePrecision.Day && Math.Max(a1 - a0, b1 - b0) <= 6 && ((a0 <= b0 && b1 <= a1) || (b0 <= a0 && a1 <= b1));
        sim = withinWeek ? Math.Max(sim, 0.8) : sim;

        // A coarse date fits many precise ones: agreeing with it says less than agreeing day for day.
        int levels = Math.Abs(Level(a.Precision) - Level(b.Precision));
        return sim * (levels == 0 ? 1 : levels == 1 ? 0.85 : 0.7);
    }

    private static int Level(DatePrecision p) => p switch
    {
        DatePrecision.Day => 0,
        DatePrecision.Month or DatePrecision.Season => 1,
        _ => 2,
    };

    /// <summary>Jaccard of the two actor sets; 0.5 when one side names none; −1 when both name actors and share none.</summary>
    public static double ActorSimilarity(int[] a, int[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0.5;
        }

        int i = 0, j = 0, inter = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                inter++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return inter == 0 ? -1 : inter / (double)(a.Length + b.Length - inter);
    }

    /// <summary>1 for a shared place name or points within 25 km, 0.5 when a side names no place or only a country or region, else 0 (names of different levels, such as a region and a town in it, cannot be told apart from different places without a hierarchy).</summary>
    public static double PlaceSimilarity(EventFeatures a, EventFeatures b)
    {
        if (a.Places.Length == 0 || b.Places.Length == 0)
        {
            return 0.5;
        }

        foreach (var p in a.Places)
        {
            if (Array.IndexOf(b.Places, p) >= 0)
            {
                return 1;
            }
        }

        var la = a.Mention.Location;
        var lb = b.Mention.Location;

        // A country or region may contain the other place: different names there are not a contradiction.
        if (la?.Precision is PlacePrecision.Country or PlacePrecision.Region || lb?.Precision is PlacePrecision.Country or PlacePrecision.Region)
        {
            return 0.5;
        }

        if (la?.Latitude is double lat1 && la.Longitude is double lon1 && lb?.Latitude is double lat2 && lb.Longitude is double lon2)
        {
            return Geo.DistanceKm(lat1, lon1, lat2, lon2) <= 25 ? 1 : 0;
        }

        return 0;
    }
}
