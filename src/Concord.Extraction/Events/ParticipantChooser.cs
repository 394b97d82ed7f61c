using Concord.Model;

namespace Concord.Extraction.Events;

/// <summary>
/// Where and who: the most specific place named in the clause, else in the sentence, else the
/// document's main place; the distinct sides named in the sentence.
/// </summary>
internal static class ParticipantChooser
{
    public static (Location? Location, Evidence? Evidence) ChooseLocation(DocumentIndex index, TextSpan clause, TextSpan sentence, PlaceMatch? documentPlace)
    {
        var place = MostSpecific(index.PlacesIn(clause)) ?? MostSpecific(index.PlacesIn(sentence));
        string rule = "place.in-text";
        if (place is null && documentPlace is not null)
        {
            place = documentPlace;
            rule = "place.document-main";
        }

        return place is null
            ? (null, null)
            : (new Location(place.CanonicalName, place.Latitude, place.Longitude, place.Precision), new Evidence("place", rule, place.Span, place.Text));
    }

    public static (List<string> Actors, List<string> Details, List<Evidence> Evidence) ChooseActors(DocumentIndex index, TextSpan sentence)
    {
        var actors = new List<string>();
        var details = new List<string>();
        var evidence = new List<Evidence>();
        foreach (var a in index.ActorsIn(sentence))
        {
            if (!actors.Contains(a.Actor))
            {
                actors.Add(a.Actor);
            }

            var detail = a.Detail ?? a.Text;
            if (!details.Contains(detail))
            {
                details.Add(detail);
            }

            evidence.Add(new Evidence("actor", string.IsNullOrEmpty(a.Source) ? "actor" : a.Source, a.Span, a.Text));
        }

        return (actors, details, evidence);
    }

    /// <summary>The place a document is mostly about: its most often named region or country-level place.</summary>
    public static PlaceMatch? DocumentPlace(IEnumerable<PlaceMatch> bodyPlaces)
    {
        return bodyPlaces
            .Where(p => p.Precision is PlacePrecision.Region or PlacePrecision.District)
            .GroupBy(p => p.CanonicalName)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.First().Span.Start)
            .Select(g => g.First())
            .FirstOrDefault();
    }

    private static PlaceMatch? MostSpecific(IEnumerable<PlaceMatch> places) =>
        places.OrderBy(p => Rank(p.Precision)).ThenBy(p => p.Span.Start).FirstOrDefault();

    private static int Rank(PlacePrecision p) => p switch
    {
        PlacePrecision.Exact => 0,
        PlacePrecision.Settlement => 1,
        PlacePrecision.Line => 2,
        PlacePrecision.District => 3,
        PlacePrecision.Region => 4,
        PlacePrecision.Country => 5,
        _ => 6,
    };
}
