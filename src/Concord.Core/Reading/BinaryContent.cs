namespace Concord.Reading;

/// <summary>Tells text from binary data before decoding, the way `file` and git do: NUL bytes or many control bytes.</summary>
public static class BinaryContent
{
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

        int control = 0;
        foreach (byte b in bytes)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C))
            {
                control++;
            }
        }

        return bytes.Length > 0 && control > bytes.Length * MaxControlShare
            ? $"{100.0 * control / bytes.Length:0}% control bytes"
            : null;
    }
}
