using System.Buffers;
using System.Runtime.CompilerServices;
using Concord.Model;

namespace Concord.Store;

/// <summary>
/// A mention's evidence as one binary record (<see cref="BlobWriter"/>): role, rule, span and the
/// text, which is a marker when it is the document's text under the span. Role and rule are names
/// of the document's mention record (<see cref="MentionSetBlob"/>): written once per document,
/// then referred to by number (a few dozen rules and roles repeat in every mention; spelled out,
/// they were most of the evidence's bytes). Read back, it is turned into the JSON array the
/// export writes (<see cref="Export.MentionJson.WriteEvidence"/>).
/// </summary>
internal static class EvidenceBlob
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    public static void Write(ArrayBufferWriter<byte> output, string text, IReadOnlyList<Evidence> evidence, NameTable names)
    {
        var w = new BlobWriter(output, text, names);
        var items = ListSpan.Of(evidence);
        w.WriteUInt(items.Length);
        for (int i = 0; i < items.Length; i++)
        {
            var e = items[i];
            w.WriteName(e.Role);
            w.WriteName(e.Rule);
            w.WriteSpan(e.Span);
            w.WriteText(e.Span, e.Text);
        }
    }

    /// <summary>
    /// The evidence <see cref="Write"/> wrote; <paramref name="names"/> are the names of the
    /// document's record read so far, to which this one's new names are added: every mention's
    /// evidence must be read, in order, for the later ones to be read.
    /// </summary>
    public static List<Evidence> Read(ReadOnlySpan<byte> data, string text, List<string> names)
    {
        var reader = new BlobReader(data, text, names);
        return reader.ReadList(static (ref BlobReader r, int _) =>
        {
            var role = r.ReadName()!;
            var rule = r.ReadName()!;
            var span = r.ReadSpan();
            return new Evidence(role, rule, span, r.ReadText(span)!);
        });
    }
}
