namespace Concord.Gazetteer.Data;

/// <summary>
/// The gazetteer's places by canonical name, in alias order: whether a name is a place's at all,
/// the first place of that name with a country, and the first country of that name. One table for
/// the questions that each walked all ~120k aliases into a table of their own (Latvian's
/// indeclinable names, the country around a place, a country by name).
/// </summary>
/// <remarks>
/// The GeoNames rows come first in alias order and each has a country code, so a name that some
/// row has answers with that name's first row: those names are found through a table of row
/// numbers over the rows' names read in place (no string or place made for the ~110k rows). The
/// other aliases' places (a few thousand) are kept by name as before.
/// </remarks>
internal sealed class PlaceNames
{
    private readonly CityRows? cities;

    // Open addressing over the rows' names: the first row of each name plus one; 0 is free.
    private readonly int[] firstRow;
    private readonly int mask;

    // The other places' names; the value is the first place of that name with a country, or null.
    private readonly Dictionary<string, PlaceEntry?> firstWithCountry;
    private readonly Dictionary<string, PlaceEntry> firstCountry;

    private PlaceNames(CityRows? cities, Dictionary<string, PlaceEntry?> firstWithCountry, Dictionary<string, PlaceEntry> firstCountry)
    {
        this.cities = cities;
        this.firstWithCountry = firstWithCountry;
        this.firstCountry = firstCountry;
        var rows = cities?.RowCount ?? 0;
        firstRow = new int[Math.Max(16, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(rows * 2)))];
        mask = firstRow.Length - 1;
        for (var row = 0; row < rows; row++)
        {
            ref var slot = ref Find(cities!.Name(row));
            if (slot == 0)
            {
                slot = row + 1;
            }
        }
    }

    public static PlaceNames Build(IReadOnlyList<NameAlias> aliases)
    {
        var (cities, others) = aliases is AliasList list ? (list.Cities, (IReadOnlyList<NameAlias>)list.Others) : (null, aliases);
        var withCountry = new Dictionary<string, PlaceEntry?>(others.Count, StringComparer.Ordinal);
        var countries = new Dictionary<string, PlaceEntry>(StringComparer.Ordinal);
        for (var k = 0; k < others.Count; k++)
        {
            if (others[k].Place is not { } p)
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

        return new PlaceNames(cities, withCountry, countries);
    }

    /// <summary>Whether some place of the gazetteer has this canonical name.</summary>
    public bool IsPlaceName(ReadOnlySpan<char> name) =>
        Find(name) != 0 || firstWithCountry.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(name);

    /// <summary>The first place (in alias order) of this name that has a country; null when none has.</summary>
    public PlaceEntry? FirstWithCountry(string name)
    {
        var row = Find(name);
        return row != 0 ? cities!.Place(row - 1) : firstWithCountry.GetValueOrDefault(name);
    }

    /// <summary>The first country (in alias order) of this name; null when there is none.</summary>
    public PlaceEntry? FirstCountry(string name) => firstCountry.GetValueOrDefault(name);

    /// <summary>The slot of the first row named <paramref name="name"/>, or the free slot where it would go.</summary>
    private ref int Find(ReadOnlySpan<char> name)
    {
        var hash = (uint)string.GetHashCode(name);
        var at = (int)(hash ^ (hash >> 15)) & mask;
        while (true)
        {
            ref var slot = ref firstRow[at];
            if (slot == 0 || name.SequenceEqual(cities!.Name(slot - 1)))
            {
                return ref slot;
            }

            at = (at + 1) & mask;
        }
    }
}
