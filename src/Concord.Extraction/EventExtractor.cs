using Concord.Model;
using Concord.Pipeline;

namespace Concord.Extraction;

/// <summary>Placeholder until event extraction lands (issue 5): extracts nothing.</summary>
public sealed class EventExtractor : IMentionExtractor
{
    public IReadOnlyList<Mention> Extract(AnalyzedDocument document, Recognitions recognitions) => [];
}
