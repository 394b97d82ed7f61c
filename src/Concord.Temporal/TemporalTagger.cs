using System.Text.RegularExpressions;
using Concord.Languages;
using Concord.Model;
using Concord.Pipeline;
using Concord.Temporal.Engine;

namespace Concord.Temporal;

/// <summary>
/// Finds time expressions with each sentence's own language rules (all languages when the
/// sentence's language has none), keeps the longest non-overlapping matches, and resolves them
/// in document order so year-less and relative expressions take their context.
/// </summary>
public sealed class TemporalTagger : ITemporalTagger
{
    private static readonly Lazy<LanguageRegistry<TemporalLanguage>> Registry = new(() => new LanguageRegistry<TemporalLanguage>());

    public static IReadOnlyCollection<string> Languages => Registry.Value.Languages;

    public IReadOnlyList<TimeExpression> Tag(AnalyzedDocument document)
    {
        var text = document.Text;
        var candidates = new List<Candidate>();
        foreach (var run in Runs(document))
        {
            var own = Registry.Value.For(run.Language);
            IEnumerable<TemporalLanguage> languages = own is null ? Registry.Value.All : [own];
            foreach (var lang in languages)
            {
                var rules = lang.Rules;
                for (int r = 0; r < rules.Count; r++)
                {
                    for (var m = rules[r].Regex.Match(text, run.Start, run.Length); m.Success; m = m.NextMatch())
                    {
                        candidates.Add(new Candidate(m, rules[r], lang, r));
                    }
                }
            }
        }

        candidates.Sort(static (a, b) =>
            a.Match.Index != b.Match.Index ? a.Match.Index.CompareTo(b.Match.Index)
            : a.Match.Length != b.Match.Length ? b.Match.Length.CompareTo(a.Match.Length)
            : a.Order.CompareTo(b.Order));

        var resolver = new TemporalResolver(document.DocumentDate);
        var found = new List<TimeExpression>();
        int covered = 0;
        for (int i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Match.Index < covered)
            {
                continue;
            }

            // A longer candidate starting later inside this one would lose; a longer one overlapping it wins.
            if (OverlappedByLonger(candidates, i))
            {
                continue;
            }

            var sentence = SentenceAt(document.Sentences, c.Match.Index);
            var expr = resolver.Resolve(c.Match, c.Rule, c.Language, text, ParagraphAt(document.Paragraphs, c.Match.Index), sentence);
            if (expr is not null)
            {
                found.Add(expr);
                covered = c.Match.Index + c.Match.Length;
            }
        }

        return found;
    }

    private static bool OverlappedByLonger(List<Candidate> sorted, int i)
    {
        var m = sorted[i].Match;
        int end = m.Index + m.Length;
        for (int j = i + 1; j < sorted.Count && sorted[j].Match.Index < end; j++)
        {
            var o = sorted[j].Match;
            if (o.Index + o.Length > end && o.Length > m.Length)
            {
                return true;
            }
        }

        return false;
    }

    private readonly record struct Candidate(Match Match, TemporalRule Rule, TemporalLanguage Language, int Order);

    private readonly record struct Run(int Start, int Length, string Language);

    /// <summary>Stretches of consecutive sentences in one language (the whole text when there are none).</summary>
    private static List<Run> Runs(AnalyzedDocument document)
    {
        var runs = new List<Run>();
        if (document.Sentences.Count == 0)
        {
            runs.Add(new Run(0, document.Text.Length, document.Language));
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
                runs.Add(new Run(start, end - start, lang));
            }

            (start, end, lang) = (s.Span.Start, s.Span.End, s.Language);
        }

        runs.Add(new Run(start, end - start, lang!));
        return runs;
    }

    private static Sentence? SentenceAt(IReadOnlyList<Sentence> sentences, int offset)
    {
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            var s = sentences[mid].Span;
            if (offset < s.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= s.End)
            {
                lo = mid + 1;
            }
            else
            {
                return sentences[mid];
            }
        }

        return null;
    }

    private static int ParagraphAt(IReadOnlyList<Paragraph> paragraphs, int offset)
    {
        int lo = 0, hi = paragraphs.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            var s = paragraphs[mid].Span;
            if (offset < s.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= s.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }
}
