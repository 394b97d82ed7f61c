using Concord.Gazetteer.Data;
using Concord.Model;

namespace Concord.Tests.Gazetteer;

public class ConflictFileTests
{
    [Fact]
    public void ReadsTheRepositorysConflictFile()
    {
        var path = Path.Combine(TestPaths.RepoRoot, "data", "conflicts", "nagorno-karabakh.json");

        var file = ConflictFile.Load(path);

        Assert.Equal("Nagorno-Karabakh conflict", file.Conflict);
        Assert.NotNull(file.Area);
        Assert.Equal(38.8, file.Area!.South);
        Assert.Equal(48.0, file.Area.East);
        Assert.Equal(["Armenia", "Azerbaijan", "Artsakh"], file.Belligerents.Take(3));
        Assert.Equal(["AM"], file.Kin["Artsakh"]);
        var stepanakert = Assert.Single(file.Places, p => p.Name == "Stepanakert");
        Assert.Equal(39.8156, stepanakert.Lat);
        Assert.Equal("AZ", stepanakert.Country);
        Assert.Equal(PlacePrecision.Settlement, stepanakert.Precision);
        Assert.Contains("Stepanakerta", stepanakert.Aliases["lv"]);
        Assert.NotEmpty(file.Actors);
    }

    [Fact]
    public void AcceptsAnyCaseCommentsAndTrailingCommasAndIgnoresUnknownProperties()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, """
                // a hand-written file
                {
                  "Conflict": "Test war",
                  "PLACES": [ { "name": "Alpha", "Kind": "line", "lat": null, "note": "ignored", "aliases": { "en": ["Alpha line",], }, }, ],
                  "actors": [ { "Name": "Beta", "side": "B", "aliases": { "en": ["Betans"] } } ],
                }
                """);

            var file = ConflictFile.Load(path);

            Assert.Equal("Test war", file.Conflict);
            Assert.Null(file.Area);
            var alpha = Assert.Single(file.Places);
            Assert.Equal(PlacePrecision.Line, alpha.Precision);
            Assert.Null(alpha.Lat);
            Assert.Equal(["Alpha line"], alpha.Aliases["en"]);
            Assert.Equal("B", Assert.Single(file.Actors).Side);
            Assert.Empty(file.Belligerents);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void RefusesAFileThatIsNotAnObject()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "[1, 2]");

            Assert.Throws<InvalidDataException>(() => ConflictFile.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
