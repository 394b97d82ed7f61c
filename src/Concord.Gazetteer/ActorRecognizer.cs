using Concord.Model;
using Concord.Pipeline;

namespace Concord.Gazetteer;

/// <summary>Placeholder until the gazetteer lands (issue 4): recognises nothing.</summary>
public sealed class ActorRecognizer : IActorRecognizer
{
    public IReadOnlyList<ActorMatch> Recognize(AnalyzedDocument document) => [];
}
