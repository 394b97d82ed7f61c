using System.Buffers;
using Concord.Model;

namespace Concord.Store;

/// <summary>
/// A document's segmentation as three binary records (<see cref="BlobWriter"/>), items in
/// document order: paragraphs (span, language, confidence), sections (span, kind, title?),
/// sentences (span, language, section, heading?; a sentence's index is its position). Kinds are
/// one byte. A sentence row is a few bytes where its JSON array was about 25.
/// </summary>
internal static class SegmentBlob
{
    public static void WriteParagraphs(ArrayBufferWriter<byte> output, IReadOnlyList<Paragraph> paragraphs)
    {
        var w = new BlobWriter(output, "");
        w.WriteUInt(paragraphs.Count);
        for (int i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            w.WriteSpan(p.Span);
            w.WriteString(p.Language);
            w.WriteDouble(p.Confidence);
        }
    }

    public static void WriteSections(ArrayBufferWriter<byte> output, IReadOnlyList<Section> sections)
    {
        var w = new BlobWriter(output, "");
        w.WriteUInt(sections.Count);
        for (int i = 0; i < sections.Count; i++)
        {
            var s = sections[i];
            w.WriteSpan(s.Span);
            w.WriteByte((byte)s.Kind);
            w.WriteString(s.Title);
        }
    }

    public static void WriteSentences(ArrayBufferWriter<byte> output, IReadOnlyList<Sentence> sentences)
    {
        var w = new BlobWriter(output, "");
        w.WriteUInt(sentences.Count);
        for (int i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            if (s.Index != i)
            {
                throw new InvalidOperationException($"sentence {s.Index} is stored at position {i}");
            }

            w.WriteSpan(s.Span);
            w.WriteString(s.Language);
            w.WriteByte((byte)s.Section);
            w.WriteString(s.Heading);
        }
    }

    public static List<Paragraph> ReadParagraphs(ReadOnlySpan<byte> data)
    {
        var reader = new BlobReader(data, "");
        return reader.ReadList(static (ref BlobReader r, int _) =>
        {
            var span = r.ReadSpan();
            var language = r.ReadString()!;
            return new Paragraph(span, language, r.ReadDouble());
        });
    }

    public static List<Section> ReadSections(ReadOnlySpan<byte> data)
    {
        var reader = new BlobReader(data, "");
        return reader.ReadList(static (ref BlobReader r, int _) =>
        {
            var span = r.ReadSpan();
            var kind = (SectionKind)r.ReadByte();
            return new Section(span, kind, r.ReadString());
        });
    }

    public static List<Sentence> ReadSentences(ReadOnlySpan<byte> data)
    {
        var reader = new BlobReader(data, "");
        return reader.ReadList(static (ref BlobReader r, int i) =>
        {
            var span = r.ReadSpan();
            var language = r.ReadString()!;
            var section = (SectionKind)r.ReadByte();
            return new Sentence(i, span, language, section, r.ReadString());
        });
    }
}
