namespace Concord.Gazetteer.Matching;

public static class Geo
{
    private const double EarthRadiusKm = 6371.0;

    /// <summary>Whether two points lie within <paramref name="km"/>; a cheap latitude test rules out most pairs first.</summary>
    public static bool Within(double lat1, double lon1, double lat2, double lon2, double km) =>
        Math.Abs(lat1 - lat2) * 111.2 <= km && DistanceKm(lat1, lon1, lat2, lon2) <= km;

    /// <summary>Great-circle distance in kilometres.</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        static double Rad(double d) => d * Math.PI / 180.0;
        var dLat = Rad(lat2 - lat1);
        var dLon = Rad(lon2 - lon1);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
