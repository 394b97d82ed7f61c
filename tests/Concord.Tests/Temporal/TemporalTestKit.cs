using Concord.Model;
using Concord.Segmenting;
using Concord.Temporal;

namespace Concord.Tests.Temporal;

/// <summary>Builds analysed documents from quoted corpus text or whole corpus files for the temporal tests.</summary>
internal static class TemporalTestKit
{
    /// <summary>Tags one paragraph of text, all in <paramref name="language"/>.</summary>
    public static IReadOnlyList<TimeExpression> Tag(string text, string language, DateOnly? documentDate = null)
    {
        var source = new SourceDocument("quote.txt", "quote.txt", "txt", text, "", text.Length);
        var span = new TextSpan(0, text.Length);
        var doc = new AnalyzedDocument(source, language, [new Paragraph(span, language, 1)], [],
            [new Sentence(0, span, language, SectionKind.Body, null)])
        { DocumentDate = documentDate };
        return new TemporalTagger().Tag(doc);
    }

    /// <summary>Tags a whole corpus document, every sentence in <paramref name="language"/>.</summary>
    public static AnalyzedDocument Corpus(string prefix, string language)
    {
        var path = TestPaths.CorpusFile(prefix);
        var text = File.ReadAllText(path);
        var doc = new DocumentSegmenter().Segment(new SourceDocument(Path.GetFileName(path), path, "txt", text, "", text.Length));
        return doc with
        {
            Sentences = doc.Sentences.Select(s => s with { Language = language }).ToList(),
            Paragraphs = doc.Paragraphs.Select(p => p with { Language = language }).ToList(),
        };
    }

    /// <summary>The one expression whose text is exactly <paramref name="text"/>.</summary>
    public static TimeExpression Only(this IReadOnlyList<TimeExpression> found, string text)
    {
        var hits = found.Where(t => t.Text == text).ToList();
        Assert.True(hits.Count == 1, $"expected one '{text}', found: {string.Join(" | ", found.Select(t => $"{t.Text}={t.Value}"))}");
        return hits[0];
    }

    /// <summary>The first expression at or after <paramref name="quote"/> in the document's text.</summary>
    public static TimeExpression In(this IReadOnlyList<TimeExpression> found, AnalyzedDocument doc, string quote, string text)
    {
        int at = doc.Text.IndexOf(quote, StringComparison.Ordinal);
        Assert.True(at >= 0, $"quote not in corpus: {quote}");
        var hit = found.FirstOrDefault(t => t.Span.Start >= at && t.Span.End <= at + quote.Length && t.Text == text);
        Assert.True(hit is not null, $"'{text}' not found in: {quote}");
        return hit!;
    }

    public static (string? Start, string? End) Range(this TimeExpression t) => (t.RangeStart, t.RangeEnd);
}
