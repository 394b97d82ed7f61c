using Concord.Model;

namespace Concord.Temporal.Engine;

/// <summary>A stretch of consecutive sentences in one language.</summary>
public readonly record struct LanguageRun(int Start, int Length, string Language)
{
    /// <summary>Runs of a document's sentences (the whole text in the document's language when there are none).</summary>
    public static List<LanguageRun> Of(AnalyzedDocument document)
    {
        var runs = new List<LanguageRun>();
        if (document.Sentences.Count == 0)
        {
            runs.Add(new LanguageRun(0, document.Text.Length, document.Language));
            return runs;
        }

        int start = -1, end = -1;
        string? lang = null;
        foreach (var s in document.Sentences)
        {
            if (lang is not null && string.Equals(lang, s.Language, StringComparison.OrdinalIgnoreCase) && s.Span.Start >= end)
            {
                end = s.Span.End;
                continue;
            }

            if (lang is not null)
            {
                runs.Add(new LanguageRun(start, end - start, lang));
            }

            (start, end, lang) = (s.Span.Start, s.Span.End, s.Language);
        }

        runs.Add(new LanguageRun(start, end - start, lang!));
        return runs;
    }
}
