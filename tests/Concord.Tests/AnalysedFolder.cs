using Concord.Cli.Composition;
using Concord.Model;
using Concord.Reading;

namespace Concord.Tests;

/// <summary>
/// Every .txt document of one folder run through the real pipeline once (on first use), keyed by the
/// first <c>keyLength</c> characters of its file name, with lookups of the mentions a sentence holds.
/// </summary>
internal sealed class AnalysedFolder(string folder, int keyLength)
{
    private readonly Lazy<IReadOnlyDictionary<string, DocumentAnalysis>> all = new(() =>
    {
        var pipeline = PipelineFactory.CreateDefault();
        var reader = new DocumentReader();
        return Directory.GetFiles(folder, "*.txt").OrderBy(p => p, StringComparer.Ordinal)
            .ToDictionary(p => Path.GetFileName(p)[..keyLength], p => pipeline.Analyze(reader.Read(p).Document!));
    });

    public IReadOnlyDictionary<string, DocumentAnalysis> Documents => all.Value;

    public DocumentAnalysis Of(string key) => all.Value[key];

    /// <summary>The mentions of <paramref name="kind"/> whose span overlaps the first occurrence of <paramref name="sentence"/>, which must be in the document.</summary>
    public List<Mention> MentionsIn(string key, string sentence, MentionKind kind)
    {
        var analysis = Of(key);
        int at = analysis.Document.Text.IndexOf(sentence, StringComparison.Ordinal);
        Assert.True(at >= 0, $"not in {key}: {sentence}");
        var span = new TextSpan(at, at + sentence.Length);
        return [.. analysis.Mentions.Where(m => m.Kind == kind && span.Overlaps(m.Span))];
    }
}
