using Concord.Model;

namespace Concord.Pipeline;

/// <summary>
/// The one-way flow: read → normalise → identify language → segment → recognise → extract.
/// Storing and reconciling happen downstream of <see cref="Analyze"/>.
/// </summary>
public sealed class ConcordPipeline(
    IDocumentSegmenter segmenter,
    ITemporalTagger temporalTagger,
    INumberReader numberReader,
    IPlaceRecognizer placeRecognizer,
    IActorRecognizer actorRecognizer,
    IReadOnlyList<IMentionExtractor> extractors)
{
    public DocumentAnalysis Analyze(SourceDocument document, DateOnly? documentDate = null)
    {
        var analyzed = segmenter.Segment(document);
        if (documentDate is not null)
        {
            analyzed = analyzed with { DocumentDate = documentDate };
        }

        var recognitions = new Recognitions(
            temporalTagger.Tag(analyzed),
            numberReader.Read(analyzed),
            placeRecognizer.Recognize(analyzed),
            actorRecognizer.Recognize(analyzed));
        var mentions = extractors.SelectMany(e => e.Extract(analyzed, recognitions)).ToList();
        return new DocumentAnalysis(analyzed, recognitions, mentions);
    }
}
