using System.Buffers;

namespace Concord.Reading;

/// <summary>Tells text from binary data before decoding, the way `file` and git do: NUL bytes or many control bytes.</summary>
public static class BinaryContent
{
    /// <summary>The C0 control bytes that count against text: all but tab, line feed, form feed and carriage return.</summary>
    private static readonly SearchValues<byte> ControlBytes = SearchValues.Create(
        [0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0B, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F]);

    /// <summary>Share of C0 control bytes (other than tab, line feed, form feed, carriage return) above which a file is binary.</summary>
    public const double MaxControlShare = 0.05;

    /// <summary>Returns why the bytes look binary, or null when they look like text.</summary>
    public static string? Looks(ReadOnlySpan<byte> bytes)
    {
        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            return $"NUL byte at {nul}";
        }

        // Text has few control bytes: a vectorised search from one to the next reads it once.
        int control = 0;
        var rest = bytes;
        for (int at = rest.IndexOfAny(ControlBytes); at >= 0; at = rest.IndexOfAny(ControlBytes))
        {
            control++;
            rest = rest[(at + 1)..];
        }

        return bytes.Length > 0 && control > bytes.Length * MaxControlShare
            ? $"{100.0 * control / bytes.Length:0}% control bytes"
            : null;
    }
}
