using System.IO.Compression;
using Concord.Gazetteer.Data;

namespace Concord.Tests.Gazetteer;

/// <summary>
/// The binary form of cities.tsv.gz (gazetteer/cities.pack, written by `concord gazetteer pack` when
/// the CLI is built) must load exactly what parsing the text file loads, and must be ignored when it
/// no longer belongs to the text file beside it.
/// </summary>
public class CitiesPackTests
{
    [Fact]
    public void PackedRowsLoadAsTheParsedTextFile()
    {
        var dir = CopyOfData();
        try
        {
            var parsed = GazetteerData.Load(dir);
            var pack = GazetteerPack.Write(dir);
            Assert.True(new FileInfo(pack).Length > 1_000_000);
            var packed = GazetteerData.Load(dir);
            Assert.False(parsed.CitiesFromPack);
            Assert.True(packed.CitiesFromPack);

            Assert.Equal(parsed.Aliases.Count, packed.Aliases.Count);
            var geoNames = 0;
            for (var i = 0; i < parsed.Aliases.Count; i++)
            {
                var (a, b) = (parsed.Aliases[i], packed.Aliases[i]);
                Assert.Equal(a.Text, b.Text);
                Assert.Equal(a.Language, b.Language);
                Assert.Equal(a.FoldedWords, b.FoldedWords);
                Assert.Equal(Describe(a.Place), Describe(b.Place));
                geoNames += a.Place?.Source == EntrySource.GeoNames ? 1 : 0;
            }

            Assert.True(geoNames > 100_000);
            Assert.Equal(parsed.Capitals.Order(StringComparer.Ordinal), packed.Capitals.Order(StringComparer.Ordinal));
            Assert.Contains("Baku", packed.Capitals);

            // The Russian keyed first words: prebuilt for the rows in the pack, worked out when parsed.
            var keyed = GazetteerPack.RussianKeyedFirstWords(packed);
            Assert.True(keyed.Count > 1000);
            Assert.Equal(GazetteerPack.RussianKeyedFirstWords(parsed), keyed);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void PackOfAnotherTextFileOrCutShortIsIgnored()
    {
        var dir = CopyOfData();
        try
        {
            var pack = GazetteerPack.Write(dir);
            Assert.True(GazetteerData.Load(dir).CitiesFromPack);

            // cities.tsv.gz replaced by two rows of its own: the pack (of ~110k rows) must not be used.
            var cities = Path.Combine(dir, "gazetteer", "cities.tsv.gz");
            using (var writer = new StreamWriter(new GZipStream(File.Create(cities), CompressionLevel.Fastest)))
            {
                writer.Write("1\tStepanakert\tAZ\tPPLA\t55000\t39.8177\t46.7528\n2\tLachin\tAZ\tPPLA2\t11000\t39.6383\t46.5461\n");
            }

            Assert.Equal(["Stepanakert", "Lachin"], GeoNamesTexts(dir));
            Assert.False(GazetteerData.Load(dir).CitiesFromPack);

            // A pack made for the new file, cut short: the text file again.
            GazetteerPack.Write(dir);
            var bytes = File.ReadAllBytes(pack);
            Assert.True(GazetteerData.Load(dir).CitiesFromPack);
            File.WriteAllBytes(pack, bytes[..(bytes.Length - 3)]);
            Assert.Equal(["Stepanakert", "Lachin"], GeoNamesTexts(dir));
            Assert.False(GazetteerData.Load(dir).CitiesFromPack);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static List<string> GeoNamesTexts(string dir) =>
        GazetteerData.Load(dir).Aliases.Where(a => a.Place?.Source == EntrySource.GeoNames).Select(a => a.Text).ToList();

    private static string? Describe(PlaceEntry? p) => p is null ? null
        : $"{p.Name}|{p.Precision}|{(p.Latitude is { } lat ? BitConverter.DoubleToInt64Bits(lat) : 0)}|{(p.Longitude is { } lon ? BitConverter.DoubleToInt64Bits(lon) : 0)}|{p.CountryCode}|{p.Population}|{p.Source}|{p.IsCapital}";

    /// <summary>The repository's data folder copied (without any pack), so a pack can be written and spoiled.</summary>
    private static string CopyOfData()
    {
        var source = DataDirectory.Find();
        var dir = Directory.CreateTempSubdirectory("concord-pack-").FullName;
        foreach (var sub in new[] { "gazetteer", "conflicts" })
        {
            Directory.CreateDirectory(Path.Combine(dir, sub));
            foreach (var file in Directory.GetFiles(Path.Combine(source, sub)))
            {
                if (Path.GetFileName(file) != CitiesPackFileName)
                {
                    File.Copy(file, Path.Combine(dir, sub, Path.GetFileName(file)));
                }
            }
        }

        return dir;
    }

    private const string CitiesPackFileName = "cities.pack";
}
