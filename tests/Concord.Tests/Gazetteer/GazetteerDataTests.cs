using Concord.Gazetteer.Data;

namespace Concord.Tests.Gazetteer;

public class GazetteerDataTests
{
    [Fact]
    public void DataIsFoundAndHoldsGeoNamesCountriesAndConflicts()
    {
        var data = GazetteerData.Default;
        Assert.True(data.Aliases.Count(a => a.Place?.Source == EntrySource.GeoNames) > 100_000);
        Assert.Equal("United Kingdom", data.CountryNames["GB"]);
        Assert.Equal("Russia", data.CountryNames["RU"]);
        Assert.Equal("Turkey", data.CountryNames["TR"]);
        var conflict = Assert.Single(data.Conflicts, c => c.Places.Any(p => p.Name == "Lachin corridor"));
        Assert.All(conflict.Actors, a => Assert.False(string.IsNullOrEmpty(a.Side)));
    }

    [Fact]
    public void EveryConflictFileIsWellFormed()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(DataDirectory.Find(), "conflicts"), "*.json"))
        {
            var conflict = ConflictFile.Load(file);
            Assert.NotEmpty(conflict.Places);
            Assert.All(conflict.Places, p =>
            {
                Assert.NotEqual(Concord.Model.PlacePrecision.Unknown, p.Precision);
                Assert.True(p.Lat is >= -90 and <= 90 && p.Lon is >= -180 and <= 180, p.Name);
            });
        }
    }
}
