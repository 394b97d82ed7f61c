using Concord.Model;

namespace Concord.Gazetteer.Matching;

/// <summary>A stretch of a document matched as a unit, with its language.</summary>
public sealed record TextRun(TextSpan Span, string Language);

public static class SentenceRuns
{
    /// <summary>The document's sentences with their languages, or the whole text when it has none.</summary>
    public static IEnumerable<TextRun> Of(AnalyzedDocument document)
    {
        if (document.Sentences.Count == 0)
        {
            yield return new TextRun(new TextSpan(0, document.Text.Length), document.Language);
            yield break;
        }

        foreach (var s in document.Sentences)
        {
            yield return new TextRun(s.Span, string.IsNullOrEmpty(s.Language) ? document.Language : s.Language);
        }
    }
}
