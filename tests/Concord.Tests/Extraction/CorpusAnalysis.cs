using Concord.Model;

namespace Concord.Tests.Extraction;

/// <summary>The whole pipeline run once over each Karabakh corpus document, shared by the extraction tests.</summary>
public static class CorpusAnalysis
{
    private static readonly AnalysedFolder Corpus = new(TestPaths.KarabakhCorpus, 3);

    public static IReadOnlyDictionary<string, DocumentAnalysis> Documents => Corpus.Documents;

    public static DocumentAnalysis Of(string prefix) => Corpus.Of(prefix);

    /// <summary>The mentions whose span overlaps the first occurrence of a corpus sentence.</summary>
    public static List<Mention> MentionsIn(string prefix, string sentence, MentionKind kind) => Corpus.MentionsIn(prefix, sentence, kind);
}
