using Concord.Extraction;
using Concord.Gazetteer;
using Concord.Pipeline;
using Concord.Segmenting;
using Concord.Temporal;

namespace Concord.Cli.Composition;

/// <summary>The composition root: which implementation serves each stage.</summary>
public static class PipelineFactory
{
    public static ConcordPipeline CreateDefault() => new(
        new DocumentSegmenter(),
        new TemporalTagger(),
        new NumberReader(),
        new PlaceRecognizer(),
        new ActorRecognizer(),
        [new EventExtractor(), new FigureExtractor()]);
}
