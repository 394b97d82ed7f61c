using Concord.Model;

namespace Concord.Gazetteer.Data;

/// <summary>
/// The GeoNames rows of cities.tsv.gz in parallel arrays, their aliases' texts back to back in one
/// character array. Every process reads all ~110k rows, but a run meets a few hundred of them: a
/// row's <see cref="PlaceEntry"/> and an alias's <see cref="NameAlias"/> are made when first asked
/// (and kept, so each is one object for every reader), instead of ~350k objects at start.
/// </summary>
internal sealed partial class CityRows
{
    private static readonly char[] Apostrophes = ['’', '\'', 'ʼ', 'ʹ'];

    private char[] chars;
    private int used;

    // Per alias: where its text starts in chars (it ends where the next one starts) and its row.
    private int[] aliasStart;
    private int[] aliasRow;

    // Per row.
    private int[] rowAlias;
    private double[] latitudes;
    private double[] longitudes;
    private long[] populations;
    private string[] countries;
    private bool[] capitals;

    private PlaceEntry?[] places = [];
    private NameAlias?[] aliases = [];

    // The rows' part of the first-word table when the rows came from their binary form (CitiesPack).
    private Matching.FirstWords.Part? firstWords;

    public CityRows(int expectedRows, int expectedChars)
    {
        chars = new char[Math.Max(16, expectedChars)];
        aliasStart = new int[expectedRows + 2];
        aliasRow = new int[expectedRows + 1];
        rowAlias = new int[expectedRows + 1];
        latitudes = new double[expectedRows + 1];
        longitudes = new double[expectedRows + 1];
        populations = new long[expectedRows + 1];
        countries = new string[expectedRows + 1];
        capitals = new bool[expectedRows + 1];
    }

    public int RowCount { get; private set; }

    /// <summary>Whether the rows were read from their binary form (<see cref="CitiesPack"/>).</summary>
    public bool FromPack { get; private set; }

    /// <summary>The rows' names, and after a name with an apostrophe its spelling without (GeoNames writes the soft sign as one, texts mostly drop it).</summary>
    public int AliasCount { get; private set; }

    /// <summary>Adds a row and returns where its name (at most <paramref name="maxNameLength"/> characters) is to be written; <see cref="EndRow"/> then takes its length.</summary>
    public Span<char> AddRow(int maxNameLength, double latitude, double longitude, string country, long population, bool capital)
    {
        var row = RowCount++;
        if (row == rowAlias.Length)
        {
            var size = row * 2;
            Array.Resize(ref rowAlias, size);
            Array.Resize(ref latitudes, size);
            Array.Resize(ref longitudes, size);
            Array.Resize(ref populations, size);
            Array.Resize(ref countries, size);
            Array.Resize(ref capitals, size);
        }

        rowAlias[row] = AliasCount;
        latitudes[row] = latitude;
        longitudes[row] = longitude;
        populations[row] = population;
        countries[row] = country;
        capitals[row] = capital;
        StartAlias(row);
        EnsureChars(maxNameLength * 2);
        return chars.AsSpan(used, maxNameLength);
    }

    /// <summary>Ends the row added last, whose name is the first <paramref name="nameLength"/> characters of the span <see cref="AddRow"/> gave.</summary>
    public void EndRow(int nameLength)
    {
        var name = chars.AsSpan(used, nameLength);
        used += nameLength;
        if (name.IndexOfAny(Apostrophes) < 0)
        {
            return;
        }

        StartAlias(RowCount - 1);
        foreach (var c in chars.AsSpan(used - nameLength, nameLength))
        {
            if (Array.IndexOf(Apostrophes, c) < 0)
            {
                chars[used++] = c;
            }
        }
    }

    /// <summary>Sizes the caches once every row is in; until then no entry may be asked for.</summary>
    public void Complete()
    {
        aliasStart[AliasCount] = used;
        places = new PlaceEntry?[RowCount];
        aliases = new NameAlias?[AliasCount];
    }

    /// <summary>The rows' part of the first-word table read with the rows, once (its arrays go to the one table that takes it); null if none.</summary>
    public Matching.FirstWords.Part? TakeFirstWords() => Interlocked.Exchange(ref firstWords, null);

    public ReadOnlySpan<char> Text(int alias) => chars.AsSpan(aliasStart[alias], aliasStart[alias + 1] - aliasStart[alias]);

    public int RowOf(int alias) => aliasRow[alias];

    /// <summary>The row's name, without making its place.</summary>
    public ReadOnlySpan<char> Name(int row) => Text(rowAlias[row]);

    public bool IsCapital(int row) => capitals[row];

    public string CountryCode(int row) => countries[row];

    /// <summary>The row's place, made at first call; one object per row, whichever thread asks.</summary>
    public PlaceEntry Place(int row)
    {
        var known = Volatile.Read(ref places[row]);
        if (known is not null)
        {
            return known;
        }

        var made = new PlaceEntry(new string(Text(rowAlias[row])), PlacePrecision.Settlement, latitudes[row], longitudes[row],
            countries[row], populations[row], EntrySource.GeoNames, IsCapital: capitals[row]);
        return Interlocked.CompareExchange(ref places[row], made, null) ?? made;
    }

    /// <summary>The alias, made at first call; one object per alias, whichever thread asks.</summary>
    public NameAlias Alias(int alias)
    {
        var known = Volatile.Read(ref aliases[alias]);
        if (known is not null)
        {
            return known;
        }

        var row = aliasRow[alias];
        var place = Place(row);
        var made = new NameAlias(rowAlias[row] == alias ? place.Name : new string(Text(alias)), "", place, null);
        return Interlocked.CompareExchange(ref aliases[alias], made, null) ?? made;
    }

    private void StartAlias(int row)
    {
        var alias = AliasCount++;
        if (alias + 1 >= aliasStart.Length)
        {
            Array.Resize(ref aliasStart, aliasStart.Length * 2);
            Array.Resize(ref aliasRow, aliasRow.Length * 2);
        }

        aliasStart[alias] = used;
        aliasRow[alias] = row;
    }

    private void EnsureChars(int room)
    {
        if (used + room > chars.Length)
        {
            Array.Resize(ref chars, Math.Max(chars.Length * 2, used + room));
        }
    }
}
