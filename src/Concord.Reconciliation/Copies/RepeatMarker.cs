using Concord.Model;

namespace Concord.Reconciliation.Copies;

/// <summary>
/// Marks mentions that sit in a repeated passage with <see cref="Mention.RepeatOf"/>: the id of
/// the mention at the same place in the first occurrence, or that place's offsets
/// ("doc@start-end") when nothing was extracted there.
/// </summary>
public static class RepeatMarker
{
    public static IReadOnlyList<Mention> Mark(IReadOnlyList<Mention> mentions, CopyAnalysis analysis, IReadOnlyDictionary<string, string> texts)
    {
        var repeatsByDoc = analysis.Repeats.GroupBy(r => r.Doc).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Span.Start).ToList());
        var byDocStart = mentions.GroupBy(m => (m.Doc, m.Kind)).ToDictionary(g => g.Key, g => g.ToList());
        var result = new List<Mention>(mentions.Count);
        foreach (var m in mentions)
        {
            if (m.RepeatOf is not null || !repeatsByDoc.TryGetValue(m.Doc, out var repeats) || !texts.TryGetValue(m.Doc, out var text))
            {
                result.Add(m);
                continue;
            }

            var r = repeats.FirstOrDefault(r => r.Span.Contains(m.Span.Start));
            var aligned = r is null ? null : Align(text, m, r);
            if (aligned is null)
            {
                result.Add(m);
                continue;
            }

            var first = byDocStart[(m.Doc, m.Kind)]
                .Where(o => o.Span.Overlaps(aligned.Value) && !repeats.Any(x => x.Span.Contains(o.Span.Start)))
                .OrderBy(o => Math.Abs(o.Span.Start - aligned.Value.Start))
                .FirstOrDefault();
            result.Add(m with { RepeatOf = first?.Id ?? $"{m.Doc}@{aligned.Value.Start}-{aligned.Value.End}" });
        }

        return result;
    }

    /// <summary>The mention's text in the first occurrence: same offset from the passage start when the text matches there, else the quote searched in it.</summary>
    private static TextSpan? Align(string text, Mention m, RepeatedPassage r)
    {
        int start = r.FirstSpan.Start + (m.Span.Start - r.Span.Start);
        if (start >= 0 && start + m.Span.Length <= text.Length && text.AsSpan(start, m.Span.Length).SequenceEqual(m.Quote))
        {
            return new TextSpan(start, start + m.Span.Length);
        }

        int i = text.IndexOf(m.Quote, r.FirstSpan.Start, r.FirstSpan.Length, StringComparison.Ordinal);
        return i < 0 ? null : new TextSpan(i, i + m.Quote.Length);
    }
}
