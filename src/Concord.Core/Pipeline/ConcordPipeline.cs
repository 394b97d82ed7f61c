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
    /// <summary>Analyses one document; <paramref name="clock"/>, when given, is charged with each stage's time.</summary>
    public DocumentAnalysis Analyze(SourceDocument document, DateOnly? documentDate = null, StageClock? clock = null)
    {
        T Timed<T>(string stage, Func<T> work) => clock is null ? work() : clock.Time(stage, work);

        var analyzed = Timed("segment", () => segmenter.Segment(document));
        if (documentDate is not null)
        {
            analyzed = analyzed with { DocumentDate = documentDate };
        }

        var times = Timed("dates", () => temporalTagger.Tag(analyzed));
        var recognitions = new Recognitions(
            times,
            Timed("numbers", () => numberReader.Read(analyzed, times)),
            Timed("places", () => placeRecognizer.Recognize(analyzed)),
            Timed("actors", () => actorRecognizer.Recognize(analyzed)));
        var mentions = new List<Mention>();
        foreach (var extractor in extractors)
        {
            mentions.AddRange(Timed(StageName(extractor), () => extractor.Extract(analyzed, recognitions)));
        }
        return new DocumentAnalysis(analyzed, recognitions, mentions);
    }

    /// <summary>"EventExtractor" → "events", "FigureExtractor" → "figures".</summary>
    private static string StageName(IMentionExtractor extractor)
    {
        var name = extractor.GetType().Name;
        name = name.EndsWith("Extractor", StringComparison.Ordinal) ? name[..^"Extractor".Length] : name;
        return name.ToLowerInvariant() + "s";
    }
}
