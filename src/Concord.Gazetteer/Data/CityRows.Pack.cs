using System.Buffers.Binary;
using Concord.Gazetteer.Matching;

namespace Concord.Gazetteer.Data;

/// <summary>The rows' arrays as <see cref="CitiesPack"/> writes and reads them (native layout, little-endian).</summary>
internal sealed partial class CityRows
{
    private CityRows(int rows, int aliasCount, char[] chars)
    {
        this.chars = chars;
        used = chars.Length;
        RowCount = rows;
        AliasCount = aliasCount;
        FromPack = true;
        aliasStart = [];
        aliasRow = [];
        rowAlias = [];
        latitudes = [];
        longitudes = [];
        populations = [];
        countries = [];
        capitals = [];
    }

    // Room left in the first-word table's arrays for the aliases after the rows' (~4,500 now).
    private const int OtherAliasesRoom = 16_384;

    /// <summary>The counts the arrays are read back with (10 × 4 bytes).</summary>
    public void WriteCounts(Span<byte> counts, FirstWords.Part part)
    {
        var keys = part.RussianKeys!;
        int[] values = [RowCount, AliasCount, used, DistinctCountries().Count, part.Entries.Length, part.Used, part.Occupied,
            keys.KeyEnds.Length, keys.KeyChars.Length, keys.Firsts.Length];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(counts[(i * 4)..], values[i]);
        }
    }

    public void WriteArrays(Stream stream, FirstWords.Part part)
    {
        CitiesPack.WriteArray<char>(stream, chars.AsSpan(0, used));
        CitiesPack.WriteArray<int>(stream, aliasStart.AsSpan(0, AliasCount + 1));
        CitiesPack.WriteArray<int>(stream, aliasRow.AsSpan(0, AliasCount));
        CitiesPack.WriteArray<int>(stream, rowAlias.AsSpan(0, RowCount));
        CitiesPack.WriteArray<double>(stream, latitudes.AsSpan(0, RowCount));
        CitiesPack.WriteArray<double>(stream, longitudes.AsSpan(0, RowCount));
        CitiesPack.WriteArray<long>(stream, populations.AsSpan(0, RowCount));
        CitiesPack.WriteArray<bool>(stream, capitals.AsSpan(0, RowCount));

        // Country codes: each distinct string once (length, characters), then a number per row.
        var codes = DistinctCountries();
        var numbers = new int[RowCount];
        for (var row = 0; row < RowCount; row++)
        {
            numbers[row] = codes[countries[row]];
        }

        foreach (var code in codes.Keys)
        {
            CitiesPack.WriteArray<int>(stream, [code.Length]);
            CitiesPack.WriteArray<char>(stream, code);
        }

        CitiesPack.WriteArray<int>(stream, numbers);

        CitiesPack.WriteArray<FirstWords.Entry>(stream, part.Entries);
        CitiesPack.WriteArray<char>(stream, part.Chars.AsSpan(0, part.Used));
        CitiesPack.WriteArray<int>(stream, part.Next.AsSpan(0, AliasCount));
        CitiesPack.WriteArray<int>(stream, part.RussianKeys!.KeyEnds);
        CitiesPack.WriteArray<char>(stream, part.RussianKeys.KeyChars);
        CitiesPack.WriteArray<int>(stream, part.RussianKeys.FirstEnds);
        CitiesPack.WriteArray<int>(stream, part.RussianKeys.Firsts);
    }

    public static CityRows ReadArrays(Stream stream, ReadOnlySpan<byte> counts)
    {
        Span<int> n = stackalloc int[10];
        for (var i = 0; i < n.Length; i++)
        {
            n[i] = BinaryPrimitives.ReadInt32LittleEndian(counts[(i * 4)..]);
        }

        var (rowCount, aliasCount, charCount, codeCount, entryCount, wordChars, occupied) = (n[0], n[1], n[2], n[3], n[4], n[5], n[6]);
        var (keyCount, keyChars, keyFirsts) = (n[7], n[8], n[9]);
        if (entryCount <= 0 || (entryCount & (entryCount - 1)) != 0)
        {
            throw new InvalidDataException("cities.pack: the first-word table's size is not a power of two");
        }

        var rows = new CityRows(rowCount, aliasCount, CitiesPack.ReadArray<char>(stream, charCount))
        {
            aliasStart = CitiesPack.ReadArray<int>(stream, aliasCount + 1),
            aliasRow = CitiesPack.ReadArray<int>(stream, aliasCount),
            rowAlias = CitiesPack.ReadArray<int>(stream, rowCount),
            latitudes = CitiesPack.ReadArray<double>(stream, rowCount),
            longitudes = CitiesPack.ReadArray<double>(stream, rowCount),
            populations = CitiesPack.ReadArray<long>(stream, rowCount),
            capitals = CitiesPack.ReadArray<bool>(stream, rowCount),
        };

        var codes = new string[codeCount];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = new string(CitiesPack.ReadArray<char>(stream, CitiesPack.ReadArray<int>(stream, 1)[0]));
        }

        // The row's country numbers through a pooled buffer: every large array read here is one the
        // rows keep (large arrays count towards the garbage collector's full-collection budget).
        var numbers = System.Buffers.ArrayPool<int>.Shared.Rent(rowCount);
        try
        {
            CitiesPack.ReadInto<int>(stream, numbers.AsSpan(0, rowCount));
            rows.countries = new string[rowCount];
            for (var row = 0; row < rowCount; row++)
            {
                rows.countries[row] = (uint)numbers[row] < (uint)codes.Length
                    ? codes[numbers[row]]
                    : throw new InvalidDataException("cities.pack: a row's country is not among the codes");
            }
        }
        finally
        {
            System.Buffers.ArrayPool<int>.Shared.Return(numbers);
        }

        // The first-word table's words and chains with room for the other aliases (FirstWords adds
        // them in place: no second copy of either array).
        var entries = CitiesPack.ReadArray<FirstWords.Entry>(stream, entryCount);
        var words = CitiesPack.ReadArray<char>(stream, wordChars, room: OtherAliasesRoom * 8);
        var next = CitiesPack.ReadArray<int>(stream, aliasCount, room: OtherAliasesRoom);
        var keyEnds = CitiesPack.ReadArray<int>(stream, keyCount);
        var keyText = CitiesPack.ReadArray<char>(stream, keyChars);
        var firstEnds = CitiesPack.ReadArray<int>(stream, keyCount);
        var firsts = CitiesPack.ReadArray<int>(stream, keyFirsts);
        CheckKeyed(keyEnds, keyChars, firstEnds, keyFirsts, firsts, aliasCount);
        rows.firstWords = new FirstWords.Part(entries, words, wordChars, next, occupied)
        {
            RussianKeys = new FirstWords.KeyedPart(keyEnds, keyText, firstEnds, firsts),
        };
        rows.Complete();
        return rows;
    }

    /// <summary>The keyed exceptions' ends must rise to their arrays' lengths and their aliases be rows' aliases.</summary>
    private static void CheckKeyed(int[] keyEnds, int keyChars, int[] firstEnds, int keyFirsts, int[] firsts, int aliasCount)
    {
        var (lastKey, lastFirst) = (0, 0);
        for (var i = 0; i < keyEnds.Length; i++)
        {
            if (keyEnds[i] <= lastKey || firstEnds[i] <= lastFirst)
            {
                throw new InvalidDataException("cities.pack: the keyed first words are out of order");
            }

            (lastKey, lastFirst) = (keyEnds[i], firstEnds[i]);
        }

        if (lastKey != keyChars || lastFirst != keyFirsts)
        {
            throw new InvalidDataException("cities.pack: the keyed first words do not fill their arrays");
        }

        foreach (var first in firsts)
        {
            if ((uint)first >= (uint)aliasCount)
            {
                throw new InvalidDataException("cities.pack: a keyed first word's alias is not a row's");
            }
        }
    }

    private Dictionary<string, int> DistinctCountries()
    {
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var row = 0; row < RowCount; row++)
        {
            codes.TryAdd(countries[row], codes.Count);
        }

        return codes;
    }
}
