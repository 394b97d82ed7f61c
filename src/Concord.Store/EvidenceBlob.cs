using System.Buffers;
using Concord.Model;

namespace Concord.Store;

/// <summary>
/// A mention's evidence as one binary record (<see cref="BlobWriter"/>): role, rule, span and the
/// text, which is a marker when it is the document's text under the span. Read back, it is turned
/// into the JSON array the export writes (<see cref="Export.MentionJson.WriteExplanation"/>).
/// </summary>
internal static class EvidenceBlob
{
    public static void Write(ArrayBufferWriter<byte> output, string text, IReadOnlyList<Evidence> evidence)
    {
        var w = new BlobWriter(output, text);
        w.WriteUInt(evidence.Count);
        foreach (var e in evidence)
        {
            w.WriteString(e.Role);
            w.WriteString(e.Rule);
            w.WriteSpan(e.Span);
            w.WriteText(e.Span, e.Text);
        }
    }

    public static List<Evidence> Read(ReadOnlySpan<byte> data, string text)
    {
        var r = new BlobReader(data, text);
        var evidence = new List<Evidence>(r.ReadUInt());
        for (int i = evidence.Capacity; i > 0; i--)
        {
            var role = r.ReadString()!;
            var rule = r.ReadString()!;
            var span = r.ReadSpan();
            evidence.Add(new Evidence(role, rule, span, r.ReadText(span)!));
        }

        return evidence;
    }
}
