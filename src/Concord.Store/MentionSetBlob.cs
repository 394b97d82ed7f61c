using System.Buffers;
using Concord.Export;
using Concord.Model;

namespace Concord.Store;

/// <summary>
/// A document's mentions as one binary record (<see cref="BlobWriter"/>), in export order (start,
/// then id): a count, then per mention its kind (0 event, 1 figure), start, end, where the quote
/// goes back into its line (<see cref="MentionJson.WriteLineWithoutQuote"/>'s answer + 1; 0: the
/// quote is in the line), the line and its evidence (length, <see cref="EvidenceBlob"/>, whose
/// role and rule names are numbered across the whole record). A line is written as the number of
/// its first bytes that are the previous line's, then the rest (length, UTF-8 bytes): lines of one
/// document begin alike (document name, id prefix). A row per mention made SQLite's per-row work
/// (binds, the insert program, the b-tree descent, the foreign key) the largest part of storing
/// them: a 20 MB ingest has 57,000 mentions in 470 documents.
/// </summary>
internal static class MentionSetBlob
{
    public const byte Event = 0;
    public const byte Figure = 1;

    /// <summary>
    /// Writes <paramref name="mentions"/> (unique ids, checked by the caller) in export order;
    /// <paramref name="line"/> and <paramref name="evidence"/> are scratch buffers.
    /// </summary>
    public static void Write(ArrayBufferWriter<byte> output, string text, ReadOnlySpan<Mention> mentions, JsonLineBuffer line, ArrayBufferWriter<byte> evidence)
    {
        var w = new BlobWriter(output, text);
        var evidenceNames = Names();
        var previous = ReadOnlySpan<byte>.Empty;
        w.WriteUInt(mentions.Length);
        foreach (var m in InExportOrder(mentions))
        {
            int quoteAt = MentionJson.WriteLineWithoutQuote(line, m, text);
            evidence.ResetWrittenCount();
            EvidenceBlob.Write(evidence, text, m.Explanation, evidenceNames);
            w.WriteByte(m.Kind == MentionKind.Event ? Event : Figure);
            w.WriteUInt(m.Span.Start);
            w.WriteUInt(m.Span.End);
            w.WriteUInt(quoteAt + 1);
            var bytes = line.WrittenSpan;
            int shared = bytes.CommonPrefixLength(previous);
            w.WriteUInt(shared);
            w.WriteBytes(bytes[shared..]);
            w.WriteBytes(evidence.WrittenSpan);
            previous = Previous(bytes);
        }
    }

    [ThreadStatic]
    private static byte[]? previousLine;

    /// <summary>A copy of <paramref name="line"/> (the next line is written after what it shares with this one).</summary>
    private static ReadOnlySpan<byte> Previous(ReadOnlySpan<byte> line)
    {
        if (previousLine is null || previousLine.Length < line.Length)
        {
            previousLine = new byte[Math.Max(line.Length, 1 << 12)];
        }

        line.CopyTo(previousLine);
        return previousLine.AsSpan(0, line.Length);
    }

    [ThreadStatic]
    private static NameTable? names;

    /// <summary>This thread's table of the evidence's names (roles, rules), emptied for the next record.</summary>
    private static NameTable Names() => NameTable.Emptied(ref names);

    /// <summary>
    /// <paramref name="mentions"/> by start, then id as SQLite orders text (UTF-8 bytes, which is
    /// code point order): as they are when already in that order (the pipeline hands them over by
    /// position), else a sorted copy. Ids are unique, so the order is total.
    /// </summary>
    private static ReadOnlySpan<Mention> InExportOrder(ReadOnlySpan<Mention> mentions)
    {
        for (int i = 1; i < mentions.Length; i++)
        {
            if (Compare(mentions[i - 1], mentions[i]) > 0)
            {
                var sorted = mentions.ToArray();
                Array.Sort(sorted, Compare);
                return sorted;
            }
        }

        return mentions;
    }

    private static int Compare(Mention a, Mention b) =>
        a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : CompareCodePoints(a.Id, b.Id);

    /// <summary>
    /// Ordinal comparison in code point order (= UTF-8 byte order): UTF-16 code unit order puts
    /// surrogates (U+10000 and up) before U+E000..U+FFFF; shifting the units from U+D800 up fixes that.
    /// </summary>
    private static int CompareCodePoints(string a, string b)
    {
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            int x = a[i];
            int y = b[i];
            if (x != y)
            {
                if (x >= 0xD800 && y >= 0xD800)
                {
                    x += x >= 0xE000 ? -0x800 : 0x2000;
                    y += y >= 0xE000 ? -0x800 : 0x2000;
                }

                return x - y;
            }
        }

        return a.Length - b.Length;
    }

    /// <summary>One stored mention, valid while its record is.</summary>
    public readonly ref struct Item(byte kind, int start, int end, int quoteAt, ReadOnlySpan<byte> line, ReadOnlySpan<byte> evidence)
    {
        public byte Kind { get; } = kind;

        public int Start { get; } = start;

        public int End { get; } = end;

        /// <summary>Where the quote goes back into <see cref="Line"/> (UTF-16 code units), or -1 when it is in the line.</summary>
        public int QuoteAt { get; } = quoteAt;

        public ReadOnlySpan<byte> Line { get; } = line;

        public ReadOnlySpan<byte> Evidence { get; } = evidence;
    }

    /// <summary>
    /// Reads the record <see cref="Write"/> wrote, one mention at a time; each line is put together
    /// in <paramref name="buffer"/> (a larger one is made when a line does not fit).
    /// </summary>
    public ref struct Reader(ReadOnlySpan<byte> data, byte[] buffer)
    {
        private BlobReader reader = new(data, "");
        private byte[] line = buffer;
        private int left = -1;

        public bool Next(out Item item)
        {
            if (left < 0)
            {
                left = reader.ReadUInt();
            }

            if (left == 0)
            {
                item = default;
                return false;
            }

            left--;
            byte kind = reader.ReadByte();
            int start = reader.ReadUInt();
            int end = reader.ReadUInt();
            int quoteAt = reader.ReadUInt() - 1;

            // The line's first bytes are the previous line's, still at the start of the buffer.
            int shared = reader.ReadUInt();
            var rest = reader.ReadBytes();
            int length = shared + rest.Length;
            if (length > line.Length)
            {
                var larger = new byte[Math.Max(length, 2 * line.Length)];
                line.AsSpan(0, shared).CopyTo(larger);
                line = larger;
            }

            rest.CopyTo(line.AsSpan(shared));
            item = new Item(kind, start, end, quoteAt, line.AsSpan(0, length), reader.ReadBytes());
            return true;
        }
    }
}
