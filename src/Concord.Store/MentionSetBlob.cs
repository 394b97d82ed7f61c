using System.Buffers;
using Concord.Export;
using Concord.Model;

namespace Concord.Store;

/// <summary>
/// A document's mentions as one binary record (<see cref="BlobWriter"/>), in export order (start,
/// then id): a count, then per mention its kind (0 event, 1 figure), start, end, where the quote
/// goes back into its line (<see cref="MentionJson.WriteLineWithoutQuote"/>'s answer + 1; 0: the
/// quote is in the line), the line (length, UTF-8 bytes) and its evidence (length,
/// <see cref="EvidenceBlob"/>, whose role and rule names are numbered across the whole record). A row per mention made SQLite's per-row work (binds, the insert
/// program, the b-tree descent, the foreign key) the largest part of storing them: a 20 MB ingest
/// has 57,000 mentions in 470 documents.
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
            w.WriteBytes(line.WrittenSpan);
            w.WriteBytes(evidence.WrittenSpan);
        }
    }

    [ThreadStatic]
    private static NameTable? names;

    /// <summary>This thread's table of the evidence's names (roles, rules), emptied for the next record.</summary>
    private static NameTable Names()
    {
        var table = names ??= new NameTable();
        table.Clear();
        return table;
    }

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

    /// <summary>Reads the record <see cref="Write"/> wrote, one mention at a time.</summary>
    public ref struct Reader(ReadOnlySpan<byte> data)
    {
        private BlobReader reader = new(data, "");
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
            var line = reader.ReadBytes();
            item = new Item(kind, start, end, quoteAt, line, reader.ReadBytes());
            return true;
        }
    }
}
