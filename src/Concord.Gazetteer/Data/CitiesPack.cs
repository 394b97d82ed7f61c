using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Concord.Gazetteer.Matching;

namespace Concord.Gazetteer.Data;

/// <summary>
/// The binary form of gazetteer/cities.tsv.gz (cities.pack beside it): <see cref="CityRows"/>' arrays
/// and the rows' part of the first-word table (with its Russian keyed exceptions), as this build of the gazetteer makes them, written
/// by `concord gazetteer pack` when the CLI is built. Every process then reads a few arrays instead
/// of decompressing and parsing ~110k rows and folding and hashing their first words (about
/// 0.06 s of CPU per process). The text file stays the source of truth: the pack records the
/// length and gzip trailer (CRC-32 and size) of the file it was made from and the identity of the
/// assembly that made it (the folding and hashing are this code's), and is ignored, the text file
/// parsed, when any of them differ or the pack cannot be read.
/// </summary>
internal static class CitiesPack
{
    public const string FileName = "cities.pack";

    private const ulong Magic = 0x3130_4B43_4150_4343; // "CCPACK01": any other file is refused
    private const int Version = 2; // 2: the rows' Russian keyed first words
    private const int HeaderBytes = 8 + 4 + 16 + 8 + 8 + (10 * 4);

    /// <summary>Parses <paramref name="gzipPath"/> and writes its pack beside it; returns the pack's path.</summary>
    public static string Write(string gzipPath)
    {
        var cities = CitiesFile.Decompress(gzipPath);
        var part = FirstWords.BuildWithKeys(cities, new Languages.RuGazetteerLanguage());
        var path = Path.Combine(Path.GetDirectoryName(gzipPath)!, FileName);
        var temporary = path + "." + Environment.ProcessId + ".tmp";
        using (var file = File.Create(temporary))
        {
            Span<byte> header = stackalloc byte[HeaderBytes];
            var h = header;
            BinaryPrimitives.WriteUInt64LittleEndian(h, Magic);
            BinaryPrimitives.WriteInt32LittleEndian(h[8..], Version);
            Stamp(gzipPath, h[12..]);
            h = h[(12 + 16 + 16)..];
            cities.WriteCounts(h, part);
            file.Write(header);
            cities.WriteArrays(file, part);
        }

        File.Move(temporary, path, overwrite: true);
        return path;
    }

    /// <summary>The rows of <paramref name="gzipPath"/> from its pack, or null when there is none that matches it.</summary>
    public static CityRows? TryRead(string gzipPath)
    {
        var path = Path.Combine(Path.GetDirectoryName(gzipPath)!, FileName);
        if (!BitConverter.IsLittleEndian || !File.Exists(path))
        {
            return null;
        }

        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            Span<byte> header = stackalloc byte[HeaderBytes];
            file.ReadExactly(header);
            Span<byte> stamp = stackalloc byte[32];
            Stamp(gzipPath, stamp);
            if (BinaryPrimitives.ReadUInt64LittleEndian(header) != Magic
                || BinaryPrimitives.ReadInt32LittleEndian(header[8..]) != Version
                || !header.Slice(12, 32).SequenceEqual(stamp))
            {
                return null;
            }

            var rows = CityRows.ReadArrays(file, header[(12 + 16 + 16)..]);
            return file.Position == file.Length ? rows : null;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or ArgumentException or OutOfMemoryException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>What a pack must match: the assembly's identity (16 bytes), then the gzip file's length and last 8 bytes.</summary>
    private static void Stamp(string gzipPath, Span<byte> stamp)
    {
        typeof(CitiesPack).Module.ModuleVersionId.TryWriteBytes(stamp);
        using var gzip = new FileStream(gzipPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        BinaryPrimitives.WriteInt64LittleEndian(stamp[16..], gzip.Length);
        stamp.Slice(24, 8).Clear();
        if (gzip.Length >= 8)
        {
            gzip.Seek(-8, SeekOrigin.End);
            gzip.ReadExactly(stamp.Slice(24, 8));
        }
    }

    internal static void WriteArray<T>(Stream stream, ReadOnlySpan<T> items)
        where T : unmanaged => stream.Write(MemoryMarshal.AsBytes(items));

    /// <summary>The next <paramref name="count"/> items, in an array with <paramref name="room"/> more (zero) items after them.</summary>
    internal static T[] ReadArray<T>(Stream stream, int count, int room = 0)
        where T : unmanaged
    {
        CheckRoom<T>(stream, count);
        var items = room == 0 ? GC.AllocateUninitializedArray<T>(count) : new T[count + room];
        stream.ReadExactly(MemoryMarshal.AsBytes(items.AsSpan(0, count)));
        return items;
    }

    internal static void ReadInto<T>(Stream stream, Span<T> items)
        where T : unmanaged
    {
        CheckRoom<T>(stream, items.Length);
        stream.ReadExactly(MemoryMarshal.AsBytes(items));
    }

    private static void CheckRoom<T>(Stream stream, int count)
        where T : unmanaged
    {
        if (count < 0 || (long)count * System.Runtime.CompilerServices.Unsafe.SizeOf<T>() > stream.Length - stream.Position)
        {
            throw new InvalidDataException("cities.pack: an array runs past the end of the file");
        }
    }
}
