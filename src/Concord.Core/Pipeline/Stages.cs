using Concord.Model;

namespace Concord.Pipeline;

/// <summary>Read: turns a file into a <see cref="SourceDocument"/> or a clear, one-line failure.</summary>
public interface IDocumentReader
{
    /// <summary>Formats this reader understands, as file extensions with the dot (".txt").</summary>
    IReadOnlySet<string> Extensions { get; }

    ReadResult Read(string path);
}

/// <summary>Either a document or the reason the file could not be read (naming the problem, not a stack trace).</summary>
public sealed record ReadResult(SourceDocument? Document, string? Error)
{
    public static ReadResult Ok(SourceDocument d) => new(d, null);

    public static ReadResult Fail(string error) => new(null, error);
}

/// <summary>Normalise: text clean-up that keeps offsets (same length in, same length out).</summary>
public interface ITextNormalizer
{
    string Normalize(string text);
}

public sealed record LanguageGuess(string Language, double Confidence);

/// <summary>Identify language of a document or a paragraph (ISO 639-1 codes: en, lv, lt, ru, de, fr…).</summary>
public interface ILanguageIdentifier
{
    IReadOnlyCollection<string> Languages { get; }

    LanguageGuess Identify(ReadOnlySpan<char> text);
}

/// <summary>Segment: paragraphs, sections and sentences of a document.</summary>
public interface IDocumentSegmenter
{
    AnalyzedDocument Segment(SourceDocument document);
}

/// <summary>Recognise: time expressions, with context carried from headings and earlier sentences.</summary>
public interface ITemporalTagger
{
    IReadOnlyList<TimeExpression> Tag(AnalyzedDocument document);
}

/// <summary>
/// Recognise: numbers, ranges and number words. Takes the tagger's time expressions for the same
/// document, because digits inside a date ("20 February 1988") are not counts.
/// </summary>
public interface INumberReader
{
    IReadOnlyList<NumberExpression> Read(AnalyzedDocument document, IReadOnlyList<TimeExpression> times);
}

/// <summary>Recognise: places, linked to a gazetteer entry.</summary>
public interface IPlaceRecognizer
{
    IReadOnlyList<PlaceMatch> Recognize(AnalyzedDocument document);
}

/// <summary>Recognise: actors (states, de facto states, organisations and the groups that belong to them).</summary>
public interface IActorRecognizer
{
    IReadOnlyList<ActorMatch> Recognize(AnalyzedDocument document);
}

/// <summary>Extract: event and figure mentions from a segmented, recognised document.</summary>
public interface IMentionExtractor
{
    IReadOnlyList<Mention> Extract(AnalyzedDocument document, Recognitions recognitions);
}
