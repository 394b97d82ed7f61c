using System.Buffers;
using System.Text;
using Concord.Model;

namespace Concord.Export;

/// <summary>
/// Turns a stored mention line (written by <see cref="MentionJson.WriteLineWithoutQuote"/>) back
/// into the export line, in UTF-8 from start to end: the quote goes back in escaped as the line
/// writer escapes it, and the evidence, when asked for, becomes the last member "explain". An
/// export of a large store passes a hundred thousand lines through here; as strings each line was
/// decoded, concatenated twice and encoded again. One instance is reused for every line.
/// </summary>
public sealed class StoredMentionLine
{
    private static readonly byte[] ExplainMember = ",\"explain\":"u8.ToArray();

    private readonly ArrayBufferWriter<byte> line = new(1 << 12);
    private readonly JsonLineBuffer scratch = new();

    /// <summary>
    /// The export line of <paramref name="stored"/>: <paramref name="quote"/> put back where
    /// <paramref name="quoteAt"/> (UTF-16 code units of the line; negative: the quote is in the
    /// line) says, then <paramref name="evidence"/> as "explain" when not null. The result is valid
    /// until the next call.
    /// </summary>
    public ReadOnlySpan<byte> Build(ReadOnlySpan<byte> stored, int quoteAt, ReadOnlySpan<char> quote, IReadOnlyList<Evidence>? evidence)
    {
        if (quoteAt < 0 && evidence is null)
        {
            return stored;
        }

        line.ResetWrittenCount();
        if (quoteAt >= 0)
        {
            int at = Utf8Offset(stored, quoteAt);
            line.Write(stored[..at]);
            Escape(quote);
            line.Write(scratch.WrittenSpan[1..^1]);
            stored = stored[at..];
        }

        if (evidence is null)
        {
            line.Write(stored);
        }
        else
        {
            // "explain" is the last member: it goes just before the closing brace.
            line.Write(stored[..^1]);
            line.Write(ExplainMember);
            scratch.Clear();
            MentionJson.WriteEvidence(scratch, evidence);
            line.Write(scratch.WrittenSpan);
            line.Write("}"u8);
        }

        return line.WrittenSpan;
    }

    /// <summary>The quote as a JSON string value (with its quotes) in <see cref="scratch"/>, escaped as <see cref="MentionJson"/> escapes.</summary>
    private void Escape(ReadOnlySpan<char> quote)
    {
        scratch.Clear();
        scratch.String(quote);
    }

    /// <summary>The byte offset in UTF-8 <paramref name="utf8"/> of the UTF-16 code unit offset <paramref name="utf16"/>.</summary>
    private static int Utf8Offset(ReadOnlySpan<byte> utf8, int utf16)
    {
        if (utf16 <= utf8.Length && Ascii.IsValid(utf8[..utf16]))
        {
            return utf16;
        }

        int units = 0;
        int i = 0;
        while (i < utf8.Length && units < utf16)
        {
            byte b = utf8[i];
            int length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
            units += length == 4 ? 2 : 1;
            i += length;
        }

        return Math.Min(i, utf8.Length);
    }
}
