using Concord.Model;

namespace Concord.Gazetteer.Data;

/// <summary>
/// Everything the gazetteer knows, as a flat list of aliases: GeoNames places
/// (gazetteer/cities.tsv.gz), country names (gazetteer/countries.tsv), demonyms, polities and
/// organisations, exonyms, and every conflict file in conflicts/. Loaded once per process.
/// </summary>
public sealed class GazetteerData
{
    private static readonly Lazy<GazetteerData> DefaultData = new(() => Load(DataDirectory.Find()));

    private PlaceNames? placeNames;

    public static GazetteerData Default => DefaultData.Value;

    /// <summary>The places by canonical name, built at first use.</summary>
    internal PlaceNames PlaceNames => LazyInitializer.EnsureInitialized(ref placeNames, () => PlaceNames.Build(Aliases));

    public required IReadOnlyList<NameAlias> Aliases { get; init; }

    /// <summary>Whether the GeoNames rows were read from their binary form (gazetteer/cities.pack), not parsed from cities.tsv.gz.</summary>
    public bool CitiesFromPack { get; init; }

    /// <summary>Country English names by ISO code.</summary>
    public required IReadOnlyDictionary<string, string> CountryNames { get; init; }

    public required IReadOnlyList<ConflictFile> Conflicts { get; init; }

    /// <summary>Canonical names of national capitals.</summary>
    public required IReadOnlySet<string> Capitals { get; init; }

    public static GazetteerData Load(string dataDir)
    {
        var gazetteer = Path.Combine(dataDir, "gazetteer");
        var aliases = new List<NameAlias>(8_000);

        var countryNames = ReadCountryNames(gazetteer);
        var capitals = new Dictionary<string, PlaceEntry>(StringComparer.Ordinal);
        // Loops, not LINQ, in this file: it runs once per process, and each LINQ operator would be
        // compiled (fully optimised) for that one call.
        var exonyms = new List<string[]>(ReadTsv(Path.Combine(gazetteer, "exonyms.tsv")));
        var exonymTargets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in exonyms)
        {
            exonymTargets.Add(f[0]);
        }

        // The rows stay compact (CityRows): only capitals and exonym targets become PlaceEntry here.
        var cities = CitiesFile.Read(Path.Combine(gazetteer, "cities.tsv.gz"));
        var cityByName = new Dictionary<(string, string), PlaceEntry>();
        var isExonymTarget = exonymTargets.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var row = 0; row < cities.RowCount; row++)
        {
            if (cities.IsCapital(row))
            {
                capitals[cities.CountryCode(row)] = cities.Place(row);
            }

            if (isExonymTarget.Contains(cities.Name(row)))
            {
                var city = cities.Place(row);
                cityByName.TryAdd((city.Name, city.CountryCode ?? ""), city);
            }
        }

        AddCountries(gazetteer, countryNames, capitals, aliases);
        AddCapitalsAsActors(capitals, countryNames, aliases);
        AddExonyms(exonyms, cityByName, aliases);
        var polityNames = AddPolities(gazetteer, aliases);
        AddDemonyms(gazetteer, countryNames, polityNames, aliases);

        var conflicts = new List<ConflictFile>();
        var conflictDir = Path.Combine(dataDir, "conflicts");
        if (Directory.Exists(conflictDir))
        {
            var files = Directory.GetFiles(conflictDir, "*.json");
            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
            {
                var conflict = ConflictFile.Load(file);
                conflicts.Add(conflict);
                AddConflict(conflict, aliases);
            }
        }

        return new GazetteerData
        {
            Aliases = new AliasList(cities, aliases),
            CitiesFromPack = cities.FromPack,
            CountryNames = countryNames,
            Conflicts = conflicts,
            Capitals = CapitalNames(capitals),
        };
    }

    private static HashSet<string> CapitalNames(Dictionary<string, PlaceEntry> capitals)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in capitals.Values)
        {
            names.Add(c.Name);
        }

        return names;
    }

    private static IEnumerable<string[]> ReadTsv(string path)
    {
        if (!File.Exists(path))
        {
            yield break;
        }

        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            yield return line.Split('\t');
        }
    }

    /// <summary>English name per ISO code: the override file, else the shortest English name that is not an abbreviation.</summary>
    private static Dictionary<string, string> ReadCountryNames(string gazetteer)
    {
        var overrides = new Dictionary<string, string>();
        foreach (var f in ReadTsv(Path.Combine(gazetteer, "country-english.tsv")))
        {
            overrides.Add(f[0], f[1]);
        }

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in ReadTsv(Path.Combine(gazetteer, "countries.tsv")))
        {
            if (f[1] != "en")
            {
                continue;
            }

            var name = f[2];
            if (name.Contains(',') || !HasLowerCaseLetter(name))
            {
                continue;
            }

            if (!names.TryGetValue(f[0], out var known) || name.Length < known.Length)
            {
                names[f[0]] = name;
            }
        }

        foreach (var (code, name) in overrides)
        {
            names[code] = name;
        }

        return names;
    }

    private static bool HasLowerCaseLetter(string name)
    {
        foreach (var c in name)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddCountries(string gazetteer, Dictionary<string, string> countryNames,
        Dictionary<string, PlaceEntry> capitals, List<NameAlias> aliases)
    {
        var places = new Dictionary<string, PlaceEntry>(StringComparer.Ordinal);
        var actors = new Dictionary<string, ActorEntry>(StringComparer.Ordinal);
        foreach (var f in ReadTsv(Path.Combine(gazetteer, "countries.tsv")))
        {
            var code = f[0];
            if (!countryNames.TryGetValue(code, out var english))
            {
                continue;
            }

            if (!places.TryGetValue(code, out var place))
            {
                var capital = capitals.GetValueOrDefault(code);
                place = new PlaceEntry(english, PlacePrecision.Country, capital?.Latitude, capital?.Longitude, code,
                    0, EntrySource.Country, Side: english);
                places[code] = place;
                actors[code] = new ActorEntry(english, english, EntrySource.Country);
            }

            aliases.Add(new NameAlias(f[2], f[1], place, actors[code]));
        }
    }

    /// <summary>A capital names its state's government ("Baku and Yerevan agreed").</summary>
    private static void AddCapitalsAsActors(Dictionary<string, PlaceEntry> capitals,
        Dictionary<string, string> countryNames, List<NameAlias> aliases)
    {
        foreach (var (code, capital) in capitals)
        {
            if (countryNames.TryGetValue(code, out var country))
            {
                aliases.Add(new NameAlias(capital.Name, "", null, new ActorEntry(country, capital.Name, EntrySource.Exonym)));
            }
        }
    }

    /// <summary>The exonyms of GeoNames places (name, country code, language, names); <paramref name="cityByName"/> holds the first city of each name and code.</summary>
    private static void AddExonyms(List<string[]> exonyms, Dictionary<(string, string), PlaceEntry> cityByName, List<NameAlias> aliases)
    {
        foreach (var f in exonyms)
        {
            if (!cityByName.TryGetValue((f[0], f[1]), out var city))
            {
                continue;
            }

            var exonymPlace = city with { Source = EntrySource.Exonym };
            foreach (var name in f[3].Split('|'))
            {
                aliases.Add(new NameAlias(name, f[2], exonymPlace, null));
            }
        }
    }

    private static HashSet<string> AddPolities(string gazetteer, List<NameAlias> aliases)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in ReadTsv(Path.Combine(gazetteer, "polities.tsv")))
        {
            names.Add(f[0]);
            var actor = new ActorEntry(f[0], f.Length > 4 ? f[4] : f[0], EntrySource.Country);
            foreach (var name in f[3].Split('|'))
            {
                aliases.Add(new NameAlias(name, f[2], null, actor));
            }
        }

        return names;
    }

    private static void AddDemonyms(string gazetteer, Dictionary<string, string> countryNames, HashSet<string> polities,
        List<NameAlias> aliases)
    {
        foreach (var f in ReadTsv(Path.Combine(gazetteer, "demonyms.tsv")))
        {
            var side = countryNames.GetValueOrDefault(f[0]) ?? (polities.Contains(f[0]) ? f[0] : null);
            if (side is null)
            {
                continue;
            }

            var actor = new ActorEntry(side, side, EntrySource.Country, IsDemonym: true);
            foreach (var form in f[2].Split('|'))
            {
                aliases.Add(new NameAlias(form, f[1], null, actor));
            }
        }
    }

    private static void AddConflict(ConflictFile conflict, List<NameAlias> aliases)
    {
        foreach (var p in conflict.Places)
        {
            var place = new PlaceEntry(p.Name, p.Precision, p.Lat, p.Lon, p.Country, 0, EntrySource.Conflict, Side: p.Side);
            foreach (var (language, names) in p.Aliases)
            {
                foreach (var n in names)
                {
                    aliases.Add(new NameAlias(n, language, place, null));
                }
            }

            aliases.Add(new NameAlias(p.Name, "en", place, null));
        }

        foreach (var a in conflict.Actors)
        {
            var actor = new ActorEntry(a.Side, a.Name, EntrySource.Conflict);
            foreach (var (language, names) in a.Aliases)
            {
                foreach (var n in names)
                {
                    aliases.Add(new NameAlias(n, language, null, actor));
                }
            }
        }
    }
}
