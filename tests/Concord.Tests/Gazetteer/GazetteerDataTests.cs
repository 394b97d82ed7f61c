using System.Globalization;
using System.IO.Compression;
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
    public void WordCountAndCaseRuleOfEveryAliasAreThoseOfItsWords()
    {
        // The indexes count an alias's words without folding them and tell its case rule with a loop:
        // both must agree, for every alias of the data, with the words split and folded the plain way.
        var separators = new[] { ' ', '-', '–' };
        var seen = new HashSet<CaseRule>();
        foreach (var alias in GazetteerData.Default.Aliases)
        {
            Assert.Equal(Concord.Gazetteer.Text.NameTokenizer.FoldedWords(alias.Text).Length, alias.WordCount);
            var first = alias.Text.FirstOrDefault(c => !" -–.'’()0123456789".Contains(c));
            var pieces = alias.Text.Split(separators, StringSplitOptions.RemoveEmptyEntries);
            var expected = first == default || !char.IsUpper(first) ? CaseRule.Any
                : alias.Text.Count(char.IsLetter) > 1 && pieces.All(w => w.Length > 1 && w.Where(char.IsLetter).All(char.IsUpper)) ? CaseRule.AllCaps
                : CaseRule.Capitalized;
            Assert.True(expected == alias.Case, alias.Text);
            seen.Add(alias.Case);
        }

        Assert.Equal(3, seen.Count);
        Assert.Equal(CaseRule.AllCaps, new NameAlias("OSCE", "en", null, null).Case);
        Assert.Equal(CaseRule.Capitalized, new NameAlias("US-A", "en", null, null).Case);
        Assert.Equal(2, new NameAlias("Nagorno-Karabakh", "en", null, null).WordCount);
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

    /// <summary>
    /// The GeoNames aliases are the rows of cities.tsv.gz, in file order, each read here the plain
    /// way (a line reader, string.Split, double.Parse): the byte-level loader must agree on every
    /// name, coordinate bit, country, population and capital flag, with the apostrophe-less
    /// spelling right after a name that has one.
    /// </summary>
    [Fact]
    public void GeoNamesAliasesAreTheCitiesFileRowsInOrder()
    {
        var path = Path.Combine(DataDirectory.Find(), "gazetteer", "cities.tsv.gz");
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        var geoNames = GazetteerData.Default.Aliases.Where(a => a.Place?.Source == EntrySource.GeoNames).ToList();
        var at = 0;
        var rows = 0;
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            var alias = geoNames[at++];
            var place = alias.Place!;
            Assert.Equal(f[1], alias.Text);
            Assert.Equal(f[1], place.Name);
            Assert.Equal(f[2], place.CountryCode);
            Assert.Equal(long.Parse(f[4], CultureInfo.InvariantCulture), place.Population);
            Assert.Equal(BitConverter.DoubleToInt64Bits(double.Parse(f[5], CultureInfo.InvariantCulture)), BitConverter.DoubleToInt64Bits(place.Latitude!.Value));
            Assert.Equal(BitConverter.DoubleToInt64Bits(double.Parse(f[6], CultureInfo.InvariantCulture)), BitConverter.DoubleToInt64Bits(place.Longitude!.Value));
            Assert.Equal(f[3] == "PPLC", place.IsCapital);
            Assert.Equal(Concord.Model.PlacePrecision.Settlement, place.Precision);
            if (f[1].IndexOfAny(['’', '\'', 'ʼ', 'ʹ']) >= 0)
            {
                var plain = geoNames[at++];
                Assert.Same(place, plain.Place);
                Assert.Equal(string.Concat(f[1].Split(['’', '\'', 'ʼ', 'ʹ'])), plain.Text);
            }

            rows++;
        }

        Assert.Equal(geoNames.Count, at);
        Assert.True(rows > 100_000, $"{rows} rows");
    }

    [Fact]
    public void KnownPlacesKeepTheirRowsAndAliasOrder()
    {
        var data = GazetteerData.Default;
        var baku = data.Aliases.Where(a => a.Place?.Name == "Baku").ToList();
        var city = baku[0].Place!;
        Assert.Equal(("Baku", "", EntrySource.GeoNames), (baku[0].Text, baku[0].Language, city.Source));
        Assert.Equal((40.3777, 49.8920, "AZ", 1116513L, true), (city.Latitude, city.Longitude, city.CountryCode, city.Population, city.IsCapital));

        // Exonyms come after the GeoNames rows and the countries, as copies of the city marked as exonyms.
        var russian = Assert.Single(baku, a => a.Text == "Баку");
        Assert.Equal(("ru", EntrySource.Exonym), (russian.Language, russian.Place!.Source));
        Assert.Equal(city with { Source = EntrySource.Exonym }, russian.Place);
        Assert.True(Position(data.Aliases, russian) > Position(data.Aliases, data.Aliases.First(a => a.Place?.Precision == Concord.Model.PlacePrecision.Country)));

        // GeoNames' apostrophe for the soft sign, and the spelling without it, on one entry.
        var kramatorsk = data.Aliases.Where(a => a.Place?.Name == "Kramators’k").Take(2).ToList();
        Assert.Equal(["Kramators’k", "Kramatorsk"], kramatorsk.Select(a => a.Text));
        Assert.Same(kramatorsk[0].Place, kramatorsk[1].Place);
        Assert.Equal(["kramators", "k"], kramatorsk[0].FoldedWords);
        Assert.Equal(["kramatorsk"], kramatorsk[1].FoldedWords);
        Assert.Equal((48.7231, 37.5563, "UA"), (kramatorsk[0].Place!.Latitude, kramatorsk[0].Place!.Longitude, kramatorsk[0].Place!.CountryCode));

        // A capital also names its state's government.
        Assert.Contains(data.Aliases, a => a.Text == "Yerevan" && a.Actor is { Side: "Armenia", Source: EntrySource.Exonym });
        Assert.Contains("Baku", data.Capitals);
        Assert.Contains("Yerevan", data.Capitals);
    }

    /// <summary>
    /// The cities file is decompressed and parsed a chunk at a time: a data folder whose
    /// cities.tsv.gz has a byte-order mark, CRLF line ends (some cut between CR and LF by a chunk
    /// end) and no final line end loads the same rows as the real file's lines read the plain way.
    /// </summary>
    [Fact]
    public void CitiesFileWithBomAndCrLfLinesLoadsEveryRowAcrossChunks()
    {
        var source = Path.Combine(DataDirectory.Find(), "gazetteer", "cities.tsv.gz");
        var lines = new List<string>();
        using (var reader = new StreamReader(new GZipStream(File.OpenRead(source), CompressionMode.Decompress)))
        {
            while (reader.ReadLine() is { } line && lines.Count < 30_000)
            {
                lines.Add(line);
            }
        }

        var dir = Directory.CreateTempSubdirectory("concord-cities-");
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "gazetteer"));
            using (var gzip = new GZipStream(File.Create(Path.Combine(dir.FullName, "gazetteer", "cities.tsv.gz")), CompressionLevel.Fastest))
            using (var writer = new StreamWriter(gzip, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
            {
                writer.Write(string.Join("\r\n", lines));
            }

            var aliases = GazetteerData.Load(dir.FullName).Aliases.Where(a => a.Place?.Source == EntrySource.GeoNames).ToList();
            var at = 0;
            foreach (var f in lines.Select(l => l.Split('\t')))
            {
                var place = aliases[at].Place!;
                Assert.Equal((f[1], f[2], long.Parse(f[4], CultureInfo.InvariantCulture)), (aliases[at].Text, place.CountryCode, place.Population));
                Assert.Equal(double.Parse(f[6], CultureInfo.InvariantCulture), place.Longitude);
                at += f[1].IndexOfAny(['’', '\'', 'ʼ', 'ʹ']) >= 0 ? 2 : 1;
            }

            Assert.Equal(aliases.Count, at);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static int Position(IReadOnlyList<NameAlias> aliases, NameAlias alias)
    {
        for (var i = 0; i < aliases.Count; i++)
        {
            if (ReferenceEquals(aliases[i], alias))
            {
                return i;
            }
        }

        return -1;
    }
}
