using System.Buffers;
using System.Runtime.CompilerServices;
using Concord.Model;

namespace Concord.Store;

/// <summary>
/// A mention's evidence as one binary record (<see cref="BlobWriter"/>): role, rule, span and the
/// text, which is a marker when it is the document's text under the span. Read back, it is turned
/// into the JSON array the export writes (<see cref="Export.MentionJson.WriteExplanation"/>).
/// </summary>
internal static class EvidenceBlob
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    public static void Write(ArrayBufferWriter<byte> output, string text, IReadOnlyList<Evidence> evidence)
    {
        var w = new BlobWriter(output, text);
        var items = ListSpan.Of(evidence);
        w.WriteUInt(items.Length);
        for (int i = 0; i < items.Length; i++)
        {
            var e = items[i];
            w.WriteString(e.Role);
            w.WriteString(e.Rule);
            w.WriteSpan(e.Span);
            w.WriteText(e.Span, e.Text);
        }
    }

    public static List<Evidence> Read(ReadOnlySpan<byte> data, string text)
    {
        var reader = new BlobReader(data, text);
        return reader.ReadList(static (ref BlobReader r, int _) =>
        {
            var role = r.ReadString()!;
            var rule = r.ReadString()!;
            var span = r.ReadSpan();
            return new Evidence(role, rule, span, r.ReadText(span)!);
        });
    }
}
