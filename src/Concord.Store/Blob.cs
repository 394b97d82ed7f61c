using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using Concord.Model;

namespace Concord.Store;

/// <summary>
/// Writes the store's compact binary records: unsigned integers as 7-bit varints, strings as
/// UTF-8 with a varint length, doubles as 8 little-endian bytes. A text field that is exactly
/// the document text under its span is written as one marker byte instead of a copy: the
/// document text is stored once, and most recognised and quoted texts are slices of it. A name
/// (<see cref="WriteName"/>: rules, sources, canonical names, values that repeat) is written once
/// per record and referred to by number after that, through <paramref name="names"/>.
/// </summary>
internal readonly struct BlobWriter(ArrayBufferWriter<byte> output, string documentText, NameTable? names = null)
{
    private const int NullMarker = 0;
    private const int SliceMarker = 1;

    /// <summary>Strings this long or shorter (most names and rules) have a one-byte length: (3 × 41) + 2 &lt; 128.</summary>
    private const int ShortString = 41;

    public void WriteUInt(int value)
    {
        var span = output.GetSpan(5);
        uint v = (uint)value;
        int i = 0;
        while (v >= 0x80)
        {
            span[i++] = (byte)(v | 0x80);
            v >>= 7;
        }

        span[i++] = (byte)v;
        output.Advance(i);
    }

    public void WriteByte(byte value)
    {
        output.GetSpan(1)[0] = value;
        output.Advance(1);
    }

    /// <summary>Bytes as they are, after their count.</summary>
    public void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        WriteUInt(bytes.Length);
        output.Write(bytes);
    }

    public void WriteSpan(TextSpan span)
    {
        WriteUInt(span.Start);
        WriteUInt(span.End - span.Start);
    }

    /// <summary>A string or null: length + 2 then UTF-8 (0 is null, 1 is kept for <see cref="WriteText"/>).</summary>
    public void WriteString(string? value)
    {
        if (value is null)
        {
            WriteUInt(NullMarker);
            return;
        }

        if (value.Length <= ShortString)
        {
            // At most 3 bytes a UTF-16 unit, so the length fits the one-byte varint: encode once, straight after it.
            var span = output.GetSpan(1 + (3 * ShortString));
            int n = Encoding.UTF8.GetBytes(value, span[1..]);
            span[0] = (byte)(n + 2);
            output.Advance(1 + n);
            return;
        }

        int bytes = Encoding.UTF8.GetByteCount(value);
        WriteUInt(bytes + 2);
        int written = Encoding.UTF8.GetBytes(value, output.GetSpan(bytes));
        output.Advance(written);
    }

    /// <summary>
    /// A string or null that is likely to repeat within the record: 0 is null, 2k + 1 the k-th name
    /// written before in this record, 2n + 2 a new name of n UTF-8 bytes, which follow. A
    /// document's recognitions repeat a few dozen rule, source and place names thousands of times;
    /// written each time they were half of the bytes of a recognitions record.
    /// </summary>
    public void WriteName(string? value)
    {
        if (value is null)
        {
            WriteUInt(NullMarker);
            return;
        }

        int index = names!.NumberOrAdd(value);
        if (index >= 0)
        {
            WriteUInt((2 * index) + 1);
            return;
        }

        int bytes = Encoding.UTF8.GetByteCount(value);
        WriteUInt((2 * bytes) + 2);
        output.Advance(Encoding.UTF8.GetBytes(value, output.GetSpan(bytes)));
    }

    /// <summary>The text of <paramref name="span"/>: one marker byte when it is the document's own text there.</summary>
    public void WriteText(TextSpan span, string? value)
    {
        if (value is not null && value.Length == span.Length && span.Start >= 0 && span.End <= documentText.Length
            && documentText.AsSpan(span.Start, span.Length).SequenceEqual(value))
        {
            WriteUInt(SliceMarker);
        }
        else
        {
            WriteString(value);
        }
    }

    public void WriteDouble(double value) => WriteRaw(BitConverter.DoubleToInt64Bits(value));

    public void WriteDouble(double? value)
    {
        WriteByte(value is null ? (byte)0 : (byte)1);
        if (value is { } v)
        {
            WriteDouble(v);
        }
    }

    private void WriteRaw(long bits)
    {
        BinaryPrimitives.WriteInt64LittleEndian(output.GetSpan(8), bits);
        output.Advance(8);
    }
}

/// <summary>Reads one item of a list (its count as <see cref="BlobWriter.WriteUInt"/>, then the items); <paramref name="index"/> is its position.</summary>
internal delegate T BlobItemReader<T>(ref BlobReader reader, int index);

/// <summary>Reads what <see cref="BlobWriter"/> wrote, in the same order.</summary>
internal ref struct BlobReader(ReadOnlySpan<byte> data, string documentText, List<string>? names = null)
{
    private const int NullMarker = 0;

    private readonly ReadOnlySpan<byte> data = data;
    private int position;

    /// <summary>
    /// The names read so far (<see cref="BlobWriter.WriteName"/>), in the order written; given when
    /// a record's names are spread over several parts read one at a time.
    /// </summary>
    private List<string>? names = names;

    public readonly bool AtEnd => position >= data.Length;

    public int ReadUInt()
    {
        uint v = 0;
        int shift = 0;
        byte b;
        do
        {
            b = data[position++];
            v |= (uint)(b & 0x7F) << shift;
            shift += 7;
        }
        while (b >= 0x80);
        return (int)v;
    }

    public byte ReadByte() => data[position++];

    /// <summary>What <see cref="BlobWriter.WriteBytes"/> wrote: a slice of the record, not a copy.</summary>
    public ReadOnlySpan<byte> ReadBytes()
    {
        int n = ReadUInt();
        var bytes = data.Slice(position, n);
        position += n;
        return bytes;
    }

    /// <summary>A list as the record writers write it: a count, then the items (a loop per record kind, no delegate per item).</summary>
    public List<T> ReadList<T>(BlobItemReader<T> readItem)
    {
        int count = ReadUInt();
        var items = new List<T>(count);
        for (int i = 0; i < count; i++)
        {
            items.Add(readItem(ref this, i));
        }

        return items;
    }

    public TextSpan ReadSpan()
    {
        int start = ReadUInt();
        return new TextSpan(start, start + ReadUInt());
    }

    public string? ReadString()
    {
        int n = ReadUInt();
        if (n == NullMarker)
        {
            return null;
        }

        if (n == 1)
        {
            throw new InvalidDataException("a text marker where a string was stored");
        }

        var s = Encoding.UTF8.GetString(data.Slice(position, n - 2));
        position += n - 2;
        return s;
    }

    public string? ReadName()
    {
        int n = ReadUInt();
        if (n == NullMarker)
        {
            return null;
        }

        names ??= [];
        if ((n & 1) != 0)
        {
            return names[n >> 1];
        }

        int bytes = (n - 2) >> 1;
        var s = Encoding.UTF8.GetString(data.Slice(position, bytes));
        position += bytes;
        names.Add(s);
        return s;
    }

    public string? ReadText(TextSpan span)
    {
        if (data[position] == 1)
        {
            position++;
            return documentText.Substring(span.Start, span.Length);
        }

        return ReadString();
    }

    public double ReadDouble()
    {
        double v = BitConverter.Int64BitsToDouble(BinaryPrimitives.ReadInt64LittleEndian(data.Slice(position, 8)));
        position += 8;
        return v;
    }

    public double? ReadNullableDouble() => ReadByte() == 0 ? null : ReadDouble();
}
