using Concord.Gazetteer.Data;
using Concord.Model;

namespace Concord.Gazetteer;

/// <summary>
/// Helpers for the extraction stage: the location of an event from the places in its clause
/// (the most specific wins: settlement &gt; district &gt; line &gt; region &gt; country), a
/// document-wide default, and the distinct sides of a set of actor matches.
/// </summary>
public static class LocationChooser
{
    /// <summary>Lower is more specific.</summary>
    public static int Specificity(PlacePrecision precision) => precision switch
    {
        PlacePrecision.Exact => 0,
        PlacePrecision.Settlement => 1,
        PlacePrecision.District => 2,
        PlacePrecision.Line => 3,
        PlacePrecision.Region => 4,
        PlacePrecision.Country => 5,
        _ => 6,
    };

    /// <summary>
    /// The most specific place; among equals, a town before a national capital (a capital often
    /// stands for its government: "Baku and Moscow refused"), then the first named.
    /// </summary>
    public static Location? Choose(IEnumerable<PlaceMatch> places)
    {
        var list = places.ToList();
        if (list.Count == 0)
        {
            return null;
        }

        var capitals = GazetteerData.Default.Capitals;
        return list.OrderBy(p => Specificity(p.Precision))
            .ThenBy(p => p.Precision == PlacePrecision.Settlement && capitals.Contains(p.CanonicalName) ? 1 : 0)
            .ThenBy(p => p.Span.Start)
            .Select(ToLocation).First();
    }

    /// <summary>The most specific place inside <paramref name="clause"/>.</summary>
    public static Location? Choose(IEnumerable<PlaceMatch> places, TextSpan clause) =>
        Choose(places.Where(p => clause.Contains(p.Span)));

    /// <summary>
    /// The location of an event stated in <paramref name="clause"/>: its most specific place, but
    /// when the clause names no place or only countries, <paramref name="documentDefault"/> (see
    /// <see cref="DocumentDefault"/>): in conflict reporting a country in a clause is mostly who
    /// acted ("Azerbaijan began an offensive"), while the where is the region the text is about.
    /// </summary>
    public static Location? Choose(IEnumerable<PlaceMatch> places, TextSpan clause, Location? documentDefault)
    {
        var pick = Choose(places, clause);
        return pick is null || pick.Precision == PlacePrecision.Country ? documentDefault ?? pick : pick;
    }

    /// <summary>
    /// What a document is about when a clause names no place: its most often named region
    /// (else country) in the given spans, e.g. the body sections.
    /// </summary>
    public static Location? DocumentDefault(IEnumerable<PlaceMatch> places)
    {
        var list = places.ToList();
        foreach (var precision in new[] { PlacePrecision.Region, PlacePrecision.Country })
        {
            var top = list.Where(p => p.Precision == precision)
                .GroupBy(p => p.CanonicalName)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(p => p.Span.Start))
                .FirstOrDefault();
            if (top is not null)
            {
                return ToLocation(top.First());
            }
        }

        return null;
    }

    /// <summary>Distinct sides in order of first mention.</summary>
    public static IReadOnlyList<string> Sides(IEnumerable<ActorMatch> actors) =>
        actors.OrderBy(a => a.Span.Start).Select(a => a.Actor).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Distinct groups as named (details), in order of first mention.</summary>
    public static IReadOnlyList<string> Details(IEnumerable<ActorMatch> actors) =>
        actors.OrderBy(a => a.Span.Start).Select(a => a.Detail ?? a.Actor).Distinct(StringComparer.Ordinal).ToList();

    public static Location ToLocation(PlaceMatch p) => new(p.CanonicalName, p.Latitude, p.Longitude, p.Precision);
}
