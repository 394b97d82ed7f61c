namespace Concord.Model;

/// <summary>
/// A document after the language-aware stages: its language, paragraphs, sections and
/// sentences. Recognisers and extractors read it; nothing downstream mutates it.
/// </summary>
public sealed record AnalyzedDocument(
    SourceDocument Source,
    string Language,
    IReadOnlyList<Paragraph> Paragraphs,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<Sentence> Sentences)
{
    public string Text => Source.Text;

    /// <summary>The document's own date (publication date) when given or found in its header.</summary>
    public DateOnly? DocumentDate { get; init; }

    public SectionKind SectionAt(int offset)
    {
        foreach (var s in Sections)
        {
            if (s.Span.Contains(offset))
            {
                return s.Kind;
            }
        }

        return SectionKind.Body;
    }
}

/// <summary>What the recognisers found in a document, all as spans into its text.</summary>
public sealed record Recognitions(
    IReadOnlyList<TimeExpression> Times,
    IReadOnlyList<NumberExpression> Numbers,
    IReadOnlyList<PlaceMatch> Places,
    IReadOnlyList<ActorMatch> Actors);

/// <summary>The result of the whole pipeline for one document.</summary>
public sealed record DocumentAnalysis(AnalyzedDocument Document, Recognitions Recognitions, IReadOnlyList<Mention> Mentions);
