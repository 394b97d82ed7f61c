namespace Concord.Gazetteer.Data;

/// <summary>
/// The gazetteer's places by canonical name, in alias order: whether a name is a place's at all,
/// the first place of that name with a country, and the first country of that name. One table for
/// the questions that each walked all ~120k aliases into a table of their own (Latvian's
/// indeclinable names, the country around a place, a country by name).
/// </summary>
internal sealed class PlaceNames
{
    // Every place's name; the value is the first place of that name with a country, or null.
    private readonly Dictionary<string, PlaceEntry?> firstWithCountry;
    private readonly Dictionary<string, PlaceEntry> firstCountry;

    private PlaceNames(Dictionary<string, PlaceEntry?> firstWithCountry, Dictionary<string, PlaceEntry> firstCountry)
    {
        this.firstWithCountry = firstWithCountry;
        this.firstCountry = firstCountry;
    }

    public static PlaceNames Build(IReadOnlyList<NameAlias> aliases)
    {
        var withCountry = new Dictionary<string, PlaceEntry?>(aliases.Count, StringComparer.Ordinal);
        var countries = new Dictionary<string, PlaceEntry>(StringComparer.Ordinal);
        for (var k = 0; k < aliases.Count; k++)
        {
            if (aliases[k].Place is not { } p)
            {
                continue;
            }

            ref var known = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(withCountry, p.Name, out _);
            if (known is null && p.CountryCode is not null)
            {
                known = p;
            }

            if (p.Precision == Model.PlacePrecision.Country)
            {
                countries.TryAdd(p.Name, p);
            }
        }

        return new PlaceNames(withCountry, countries);
    }

    /// <summary>Whether some place of the gazetteer has this canonical name.</summary>
    public bool IsPlaceName(ReadOnlySpan<char> name) => firstWithCountry.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(name);

    /// <summary>The first place (in alias order) of this name that has a country; null when none has.</summary>
    public PlaceEntry? FirstWithCountry(string name) => firstWithCountry.GetValueOrDefault(name);

    /// <summary>The first country (in alias order) of this name; null when there is none.</summary>
    public PlaceEntry? FirstCountry(string name) => firstCountry.GetValueOrDefault(name);
}
