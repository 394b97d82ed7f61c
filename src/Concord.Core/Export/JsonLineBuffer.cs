using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Concord.Export;

/// <summary>
/// One line of JSON written into a reused UTF-8 buffer: the mention lines' writer. The bytes are
/// those <see cref="System.Text.Json.Utf8JsonWriter"/> writes with <see cref="MentionJson.Options"/>'s
/// encoder (UnsafeRelaxedJsonEscaping): a string is escaped by that same encoder, so only its
/// plain-ASCII fast path is written here; numbers are formatted as the writer formats them
/// (invariant, shortest round-trip doubles). The store writes a line per mention; through the
/// general writer every member cost buffer checks and interface calls.
/// </summary>
public sealed class JsonLineBuffer
{
    /// <summary>The mention lines' encoder, taken from <see cref="MentionJson.Options"/> so that the two cannot differ.</summary>
    private static readonly JavaScriptEncoder Encoder = MentionJson.Options.Encoder!;

    /// <summary>Characters the encoder never escapes and that are their own single UTF-8 byte.</summary>
    private static readonly SearchValues<char> PlainAscii = SearchValues.Create(PlainAsciiCharacters());

    private byte[] bytes = new byte[1 << 12];
    private char[] escaped = new char[1 << 10];
    private int length;

    /// <summary>What was written since the last <see cref="Clear"/>.</summary>
    public ReadOnlySpan<byte> WrittenSpan => bytes.AsSpan(0, length);

    public int Length => length;

    public void Clear() => length = 0;

    /// <summary>Bytes as they are (member names with their punctuation, literals).</summary>
    public void Raw(ReadOnlySpan<byte> value)
    {
        value.CopyTo(Room(value.Length));
        length += value.Length;
    }

    public void Byte(byte value)
    {
        Room(1)[0] = value;
        length++;
    }

    /// <summary>A JSON string value, or null.</summary>
    public void String(string? value)
    {
        if (value is null)
        {
            Raw("null"u8);
            return;
        }

        String(value.AsSpan());
    }

    /// <summary>A JSON string value (with its quotes).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    public void String(ReadOnlySpan<char> value)
    {
        if (!value.ContainsAnyExcept(PlainAscii))
        {
            var room = Room(value.Length + 2);
            room[0] = (byte)'"';
            Ascii.FromUtf16(value, room[1..], out _);
            room[value.Length + 1] = (byte)'"';
            length += value.Length + 2;
            return;
        }

        Byte((byte)'"');
        Escaped(value);
        Byte((byte)'"');
    }

    /// <summary>Through the encoder, as the general writer escapes (an escape is at most 6 characters per UTF-16 unit), then UTF-8.</summary>
    private void Escaped(ReadOnlySpan<char> value)
    {
        int max = value.Length * 6;
        if (max > escaped.Length)
        {
            escaped = new char[Math.Max(max, escaped.Length * 2)];
        }

        var status = Encoder.Encode(value, escaped, out int consumed, out int written, isFinalBlock: true);
        if (status != OperationStatus.Done || consumed != value.Length)
        {
            throw new InvalidOperationException($"JSON escaping stopped: {status}");
        }

        var chars = escaped.AsSpan(0, written);
        var room = Room(Encoding.UTF8.GetMaxByteCount(written));
        if (Utf8.FromUtf16(chars, room, out _, out int n, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            throw new InvalidOperationException("JSON escaping left invalid UTF-16");
        }

        length += n;
    }

    public void Number(long value)
    {
        var room = Room(20);
        value.TryFormat(room, out int n, default, CultureInfo.InvariantCulture);
        length += n;
    }

    /// <summary>As the general writer: finite only, the shortest text that reads back the same.</summary>
    public void Number(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"{value} is not a number JSON can write", nameof(value));
        }

        var room = Room(32);
        value.TryFormat(room, out int n, default, CultureInfo.InvariantCulture);
        length += n;
    }

    public void NumberOrNull(double? value)
    {
        if (value is { } v)
        {
            Number(v);
        }
        else
        {
            Raw("null"u8);
        }
    }

    public void NumberOrNull(int? value)
    {
        if (value is { } v)
        {
            Number(v);
        }
        else
        {
            Raw("null"u8);
        }
    }

    /// <summary>At least <paramref name="count"/> free bytes after what was written.</summary>
    private Span<byte> Room(int count)
    {
        if (bytes.Length - length < count)
        {
            Array.Resize(ref bytes, Math.Max(bytes.Length * 2, length + count));
        }

        return bytes.AsSpan(length);
    }

    private static string PlainAsciiCharacters()
    {
        var plain = new StringBuilder();
        for (char c = ' '; c < (char)0x7F; c++)
        {
            if (c is not ('"' or '\\'))
            {
                plain.Append(c);
            }
        }

        return plain.ToString();
    }
}
