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

        var times = temporalTagger.Tag(analyzed);
        var recognitions = new Recognitions(
            times,
            numberReader.Read(analyzed, times),
            placeRecognizer.Recognize(analyzed),
            actorRecognizer.Recognize(analyzed));
        var mentions = extractors.SelectMany(e => e.Extract(analyzed, recognitions)).ToList();
        return new DocumentAnalysis(analyzed, recognitions, mentions);
    }
}
