using System.Text.RegularExpressions;
using Concord.Model;
using Concord.Pipeline;

namespace Concord.Segmenting;

/// <summary>
/// Splits a document into paragraphs (line breaks) and sentences. First cut: every paragraph is
/// English and sentences end at terminal punctuation followed by a capital. To be replaced by the
/// language-aware segmenter (issue 2).
/// </summary>
public sealed partial class DocumentSegmenter : IDocumentSegmenter
{
    public AnalyzedDocument Segment(SourceDocument document)
    {
        var text = document.Text;
        var paragraphs = new List<Paragraph>();
        var sentences = new List<Sentence>();
        foreach (Match p in ParagraphRegex().Matches(text))
        {
            paragraphs.Add(new Paragraph(new TextSpan(p.Index, p.Index + p.Length), "en", 0));
            int start = p.Index;
            foreach (Match b in BoundaryRegex().Matches(p.Value))
            {
                int end = p.Index + b.Index + 1;
                sentences.Add(new Sentence(sentences.Count, new TextSpan(start, end), "en", SectionKind.Body, null));
                start = p.Index + b.Index + b.Length;
            }

            if (start < p.Index + p.Length)
            {
                sentences.Add(new Sentence(sentences.Count, new TextSpan(start, p.Index + p.Length), "en", SectionKind.Body, null));
            }
        }

        return new AnalyzedDocument(document, "en", paragraphs, [], sentences);
    }

    [GeneratedRegex(@"[^\r\n]+")]
    private static partial Regex ParagraphRegex();

    [GeneratedRegex(@"[.!?]\s+(?=[A-Z])")]
    private static partial Regex BoundaryRegex();
}
