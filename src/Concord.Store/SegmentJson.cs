using System.Buffers;
using System.Text.Json;
using Concord.Model;

namespace Concord.Store;

/// <summary>
/// A document's segmentation as compact JSON arrays, one array per item, in document order:
/// paragraphs <c>[start, end, language, confidence]</c>, sections <c>[start, end, kind, title?]</c>,
/// sentences <c>[start, end, language, section, heading?]</c> (a sentence's index is its position).
/// Kinds are the enum names; absent titles and headings are left out.
/// </summary>
internal static class SegmentJson
{
    public static void WriteParagraphs(IBufferWriter<byte> output, IReadOnlyList<Paragraph> paragraphs)
    {
        using var w = new Utf8JsonWriter(output, StoreJson.Writer);
        w.WriteStartArray();
        foreach (var p in paragraphs)
        {
            w.WriteStartArray();
            w.WriteNumberValue(p.Span.Start);
            w.WriteNumberValue(p.Span.End);
            w.WriteStringValue(p.Language);
            w.WriteNumberValue(p.Confidence);
            w.WriteEndArray();
        }

        w.WriteEndArray();
    }

    public static void WriteSections(IBufferWriter<byte> output, IReadOnlyList<Section> sections)
    {
        using var w = new Utf8JsonWriter(output, StoreJson.Writer);
        w.WriteStartArray();
        foreach (var s in sections)
        {
            w.WriteStartArray();
            w.WriteNumberValue(s.Span.Start);
            w.WriteNumberValue(s.Span.End);
            w.WriteStringValue(KindNames[(int)s.Kind]);
            if (s.Title is not null)
            {
                w.WriteStringValue(s.Title);
            }

            w.WriteEndArray();
        }

        w.WriteEndArray();
    }

    public static void WriteSentences(IBufferWriter<byte> output, IReadOnlyList<Sentence> sentences)
    {
        using var w = new Utf8JsonWriter(output, StoreJson.Writer);
        w.WriteStartArray();
        for (int i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            if (s.Index != i)
            {
                throw new InvalidOperationException($"sentence {s.Index} is stored at position {i}");
            }

            w.WriteStartArray();
            w.WriteNumberValue(s.Span.Start);
            w.WriteNumberValue(s.Span.End);
            w.WriteStringValue(s.Language);
            w.WriteStringValue(KindNames[(int)s.Section]);
            if (s.Heading is not null)
            {
                w.WriteStringValue(s.Heading);
            }

            w.WriteEndArray();
        }

        w.WriteEndArray();
    }

    public static List<Paragraph> ReadParagraphs(string json) =>
        Items(json, (e, n) => new Paragraph(Span(e), e[2].GetString()!, e[3].GetDouble()));

    public static List<Section> ReadSections(string json) =>
        Items(json, (e, n) => new Section(Span(e), Enum.Parse<SectionKind>(e[2].GetString()!), n > 3 ? e[3].GetString() : null));

    public static List<Sentence> ReadSentences(string json)
    {
        int index = 0;
        return Items(json, (e, n) => new Sentence(index++, Span(e), e[2].GetString()!, Enum.Parse<SectionKind>(e[3].GetString()!), n > 4 ? e[4].GetString() : null));
    }

    private static readonly string[] KindNames = Enum.GetNames<SectionKind>();

    private static TextSpan Span(JsonElement e) => new(e[0].GetInt32(), e[1].GetInt32());

    private static List<T> Items<T>(string json, Func<JsonElement, int, T> read)
    {
        using var doc = JsonDocument.Parse(json);
        var items = new List<T>(doc.RootElement.GetArrayLength());
        foreach (var e in doc.RootElement.EnumerateArray())
        {
            items.Add(read(e, e.GetArrayLength()));
        }

        return items;
    }
}
