using Concord.Cli.Composition;
using Concord.Model;
using Concord.Reading;

namespace Concord.Tests.Languages;

/// <summary>Every Georgia 2008 sample (one per language, keyed by its code) run through the real pipeline, once.</summary>
internal static class GeorgiaSamples
{
    private static readonly Lazy<IReadOnlyDictionary<string, DocumentAnalysis>> All = new(() =>
    {
        var pipeline = PipelineFactory.CreateDefault();
        var reader = new DocumentReader();
        return Directory.GetFiles(Path.Combine(TestPaths.Samples, "georgia-2008"), "*.txt")
            .ToDictionary(p => Path.GetFileName(p)[..2], p => pipeline.Analyze(reader.Read(p).Document!));
    });

    public static DocumentAnalysis Analysis(string language) => All.Value[language];

    /// <summary>The one event mention that overlaps <paramref name="sentence"/>, which must be in the sample.</summary>
    public static Mention EventIn(string language, string sentence) => Assert.Single(EventsIn(language, sentence));

    /// <summary>The event mentions that overlap <paramref name="sentence"/>, which must be in the sample.</summary>
    public static List<Mention> EventsIn(string language, string sentence)
    {
        var analysis = Analysis(language);
        var span = SpanOf(analysis, sentence);
        return analysis.Mentions.Where(m => m.Kind == MentionKind.Event && span.Overlaps(m.Span)).ToList();
    }

    /// <summary>The figure mentions inside <paramref name="sentence"/>.</summary>
    public static List<Mention> FiguresIn(string language, string sentence)
    {
        var analysis = Analysis(language);
        var span = SpanOf(analysis, sentence);
        return analysis.Mentions.Where(m => m.Kind == MentionKind.Figure && span.Overlaps(m.Span)).ToList();
    }

    private static TextSpan SpanOf(DocumentAnalysis analysis, string sentence)
    {
        var at = analysis.Document.Text.IndexOf(sentence, StringComparison.Ordinal);
        Assert.True(at >= 0, $"not in the sample: {sentence}");
        return new TextSpan(at, at + sentence.Length);
    }
}
