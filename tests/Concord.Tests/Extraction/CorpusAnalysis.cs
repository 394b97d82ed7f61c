using Concord.Cli.Composition;
using Concord.Model;
using Concord.Reading;

namespace Concord.Tests.Extraction;

/// <summary>The whole pipeline run once over each Karabakh corpus document, shared by the extraction tests.</summary>
public static class CorpusAnalysis
{
    private static readonly Lazy<IReadOnlyDictionary<string, DocumentAnalysis>> All = new(() =>
    {
        var pipeline = PipelineFactory.CreateDefault();
        var reader = new DocumentReader();
        return Directory.GetFiles(TestPaths.KarabakhCorpus, "*.txt").OrderBy(p => p, StringComparer.Ordinal)
            .ToDictionary(p => Path.GetFileName(p)[..3], p => pipeline.Analyze(reader.Read(p).Document!));
    });

    public static IReadOnlyDictionary<string, DocumentAnalysis> Documents => All.Value;

    public static DocumentAnalysis Of(string prefix) => All.Value[prefix];

    /// <summary>The mentions whose span overlaps the first occurrence of a corpus sentence.</summary>
    public static List<Mention> MentionsIn(string prefix, string sentence, MentionKind kind)
    {
        var analysis = Of(prefix);
        int at = analysis.Document.Text.IndexOf(sentence, StringComparison.Ordinal);
        Assert.True(at >= 0, $"sentence not in {prefix}: {sentence}");
        var span = new TextSpan(at, at + sentence.Length);
        return [.. analysis.Mentions.Where(m => m.Kind == kind && span.Overlaps(m.Span))];
    }
}
