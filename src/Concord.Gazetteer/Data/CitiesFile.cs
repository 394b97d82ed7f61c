using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Concord.Gazetteer.Data;

/// <summary>
/// Reads gazetteer/cities.tsv.gz (GeoNames populated places: id, name, country code, feature
/// code, population, latitude, longitude; one per line, tab-separated, UTF-8). Every process
/// reads all ~110k rows before its first document, so the file is parsed as UTF-8 bytes in one
/// buffer into <see cref="CityRows"/>' arrays: no string or object per line or per field, the names
/// decoded into one character array, country codes shared.
/// </summary>
internal static class CitiesFile
{
    private const int Fields = 7;

    /// <summary>The rows, from the file's binary form (<see cref="CitiesPack"/>) when one matches it, else parsed.</summary>
    public static CityRows Read(string path) => CitiesPack.TryRead(path) ?? Decompress(path);

    /// <summary>The rows, parsed from the gzip text file.</summary>
    public static CityRows Decompress(string path)
    {
        using var file = File.OpenRead(path);
        var expected = ExpectedLength(file);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);

        // Decompressed a chunk at a time: the lines read so far are parsed, a cut line is carried over.
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 18);
        try
        {
            var cities = new CityRows(expected / 44, expected / 4);
            var countryCodes = new CountryCodes();
            var held = 0;
            var first = true;
            while (true)
            {
                if (held == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, held).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = gzip.Read(buffer, held, buffer.Length - held);
                var text = buffer.AsSpan(0, held + read);
                if (first && text.Length >= Encoding.UTF8.Preamble.Length)
                {
                    first = false;
                    if (text.StartsWith(Encoding.UTF8.Preamble))
                    {
                        text = text[Encoding.UTF8.Preamble.Length..];
                    }
                }

                var consumed = Parse(text, read == 0, cities, countryCodes);
                held = text.Length - consumed;
                text[consumed..].CopyTo(buffer);
                if (read == 0)
                {
                    cities.Complete();
                    return cities;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Adds the rows of the whole lines of <paramref name="text"/> (all of it at the end of the file); returns how much it read.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static int Parse(ReadOnlySpan<byte> text, bool atEnd, CityRows cities, CountryCodes countryCodes)
    {
        Span<int> starts = stackalloc int[Fields + 1];
        var length = text.Length;
        while (!text.IsEmpty)
        {
            var end = text.IndexOfAny((byte)'\n', (byte)'\r');
            if (end < 0 ? !atEnd : text[end] == '\r' && end + 1 == text.Length && !atEnd)
            {
                break; // a cut line, or a CR whose LF may follow in the next chunk
            }

            var line = end < 0 ? text : text[..end];
            text = end < 0 ? default : text[(text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1)..];
            if (!SplitFields(line, starts))
            {
                continue;
            }

            var name = Field(line, starts, 1);
            var nameChars = cities.AddRow(name.Length,
                ParseDouble(Field(line, starts, 5)), ParseDouble(Field(line, starts, 6)),
                countryCodes.Of(Field(line, starts, 2)), ParseLong(Field(line, starts, 4)),
                capital: Field(line, starts, 3).SequenceEqual("PPLC"u8));
            cities.EndRow(Encoding.UTF8.GetChars(name, nameChars));
        }

        return length - text.Length;
    }

    /// <summary>
    /// The starts of the line's first seven tab-separated fields (and where the seventh ends);
    /// false when it has fewer. A seventh field runs to the next tab or the end of the line.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static bool SplitFields(ReadOnlySpan<byte> line, Span<int> starts)
    {
        var at = 0;
        for (var f = 0; f < Fields; f++)
        {
            starts[f] = at;
            var tab = line[at..].IndexOf((byte)'\t');
            if (tab < 0)
            {
                starts[f + 1] = line.Length + 1;
                return f == Fields - 1;
            }

            at += tab + 1;
        }

        starts[Fields] = at;
        return true;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static ReadOnlySpan<byte> Field(ReadOnlySpan<byte> line, ReadOnlySpan<int> starts, int f) =>
        line[starts[f]..(starts[f + 1] - 1)];

    // ISIZE, the last four bytes of a gzip member: the uncompressed length modulo 2^32. A hint only.
    private static int ExpectedLength(FileStream file)
    {
        if (file.Length < 18)
        {
            return 1 << 16;
        }

        Span<byte> size = stackalloc byte[4];
        file.Seek(-4, SeekOrigin.End);
        file.ReadExactly(size);
        file.Seek(0, SeekOrigin.Begin);
        var expected = BinaryPrimitives.ReadUInt32LittleEndian(size);
        return expected is > 0 and < 1u << 30 ? (int)expected : 1 << 16;
    }

    private static readonly double[] PowersOfTen =
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

    /// <summary>
    /// A decimal as double.Parse reads it. For "-ddd.ddd" with at most 15 digits the digits and
    /// the power of ten are exact doubles and their IEEE quotient is the correctly rounded value,
    /// which is what double.Parse returns; anything else goes to double.Parse.
    /// </summary>
    private static double ParseDouble(ReadOnlySpan<byte> field)
    {
        var negative = !field.IsEmpty && field[0] == '-';
        var digits = 0;
        var decimals = -1;
        long mantissa = 0;
        for (var i = negative ? 1 : 0; i < field.Length; i++)
        {
            var c = field[i];
            if (c == '.' && decimals < 0)
            {
                decimals = 0;
                continue;
            }

            if (!char.IsAsciiDigit((char)c) || ++digits > 15)
            {
                return double.Parse(field, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
            }

            mantissa = (mantissa * 10) + (c - '0');
            if (decimals >= 0)
            {
                decimals++;
            }
        }

        if (digits == 0 || decimals == 0)
        {
            return double.Parse(field, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        }

        var value = decimals > 0 ? mantissa / PowersOfTen[decimals] : mantissa;
        return negative ? -value : value;
    }

    /// <summary>A whole number as long.Parse reads it: plain digits directly, anything else through long.Parse.</summary>
    private static long ParseLong(ReadOnlySpan<byte> field)
    {
        if (field.IsEmpty || field.Length > 18)
        {
            return long.Parse(field, NumberStyles.Integer, CultureInfo.InvariantCulture);
        }

        long value = 0;
        foreach (var c in field)
        {
            if (!char.IsAsciiDigit((char)c))
            {
                return long.Parse(field, NumberStyles.Integer, CultureInfo.InvariantCulture);
            }

            value = (value * 10) + (c - '0');
        }

        return value;
    }

    /// <summary>One string per distinct country code (a few hundred codes for 110k rows).</summary>
    private sealed class CountryCodes
    {
        private readonly Dictionary<int, string> shortCodes = [];
        private readonly Dictionary<string, string> others = new(StringComparer.Ordinal);

        public string Of(ReadOnlySpan<byte> code)
        {
            if (code.Length <= 3 && System.Text.Ascii.IsValid(code))
            {
                var key = code.Length;
                foreach (var b in code)
                {
                    key = (key << 8) | b;
                }

                if (!shortCodes.TryGetValue(key, out var known))
                {
                    shortCodes[key] = known = Encoding.ASCII.GetString(code);
                }

                return known;
            }

            var text = Encoding.UTF8.GetString(code);
            return others.TryGetValue(text, out var same) ? same : others[text] = text;
        }
    }
}
