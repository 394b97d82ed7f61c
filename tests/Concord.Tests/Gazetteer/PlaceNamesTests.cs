using Concord.Gazetteer;
using Concord.Gazetteer.Data;
using Concord.Model;

namespace Concord.Tests.Gazetteer;

public class PlaceNamesTests
{
    [Fact]
    public void SurroundingCountryOfEveryPlaceNameIsThatOfTheFirstEntryWithACountry()
    {
        // The names table answers from one pass over the aliases; here each name's answer is
        // derived the plain way (the first place entry of that name, in alias order, with a country).
        var data = GazetteerData.Default;
        var places = data.Aliases.Where(a => a.Place is not null).Select(a => a.Place!).ToList();
        var firstWithCountry = places.Where(p => p.CountryCode is not null).GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.First());
        var checkedNames = 0;
        foreach (var name in places.Select(p => p.Name).Distinct())
        {
            var place = new PlaceMatch(new TextSpan(0, name.Length), name, name, null, null, PlacePrecision.Settlement, "test");
            var around = LocationChooser.Surrounding(place);
            var expected = firstWithCountry.TryGetValue(name, out var entry) ? data.CountryNames.GetValueOrDefault(entry.CountryCode!) : null;
            Assert.True(expected == around?.CanonicalName, name);
            checkedNames++;
        }

        Assert.True(checkedNames > 10_000, $"{checkedNames} names");
        Assert.Equal("Azerbaijan", LocationChooser.Surrounding(new PlaceMatch(new TextSpan(0, 4), "Baku", "Baku", null, null, PlacePrecision.Settlement, "test"))?.CanonicalName);
    }

    [Fact]
    public void CountryByNameIsTheFirstCountryEntryOfThatName()
    {
        var data = GazetteerData.Default;
        var countries = data.Aliases.Where(a => a.Place?.Precision == PlacePrecision.Country).Select(a => a.Place!).ToList();
        Assert.NotEmpty(countries);
        foreach (var name in countries.Select(p => p.Name).Distinct())
        {
            var first = countries.First(p => p.Name == name);
            var match = LocationChooser.Country(name, new TextSpan(0, 1), "x", "test");
            Assert.NotNull(match);
            Assert.Equal((first.Latitude, first.Longitude), (match.Latitude, match.Longitude));
        }

        Assert.Null(LocationChooser.Country("Baku", new TextSpan(0, 4), "Baku", "test"));
    }
}
