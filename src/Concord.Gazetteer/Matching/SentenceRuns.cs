using Concord.Model;

namespace Concord.Gazetteer.Matching;

/// <summary>A stretch of a document matched as a unit, with its language.</summary>
public sealed record TextRun(TextSpan Span, string Language);

public static class SentenceRuns
{
    /// <summary>The document's sentences outside reference lists and navigation, with their languages, or the whole text when it has none.</summary>
    public static IEnumerable<TextRun> Of(AnalyzedDocument document)
    {
        if (document.Sentences.Count == 0)
        {
            yield return new TextRun(new TextSpan(0, document.Text.Length), document.Language);
            yield break;
        }

        foreach (var s in document.Sentences)
        {
            if (!s.Section.IsExtractable())
            {
                continue; // reference lists and navigation name publishers' cities and authors, not events' places
            }

            yield return new TextRun(s.Span, string.IsNullOrEmpty(s.Language) ? document.Language : s.Language);
        }
    }
}
