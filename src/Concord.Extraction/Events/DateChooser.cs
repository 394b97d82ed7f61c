using Concord.Extraction.Lexicons;
using Concord.Model;

namespace Concord.Extraction.Events;

/// <summary>One date an event gets: ISO bounds and the expressions that gave them.</summary>
internal sealed record EventDate(string? Start, string? End, IReadOnlyList<TimeExpression> Sources, string Rule, bool NeedsDct = false);

/// <summary>
/// Turns the time expressions of a clause into event dates: a list of separate times ("in April
/// 2016 and 2018") gives one date each; otherwise nested times keep the finest ("2008 … on 4
/// March") and the rest span from the earliest start to the latest end.
/// </summary>
internal static class DateChooser
{
    /// <summary>Dated expressions of a span that are not reference points ("since the 1994 ceasefire").</summary>
    public static List<TimeExpression> UsableTimes(DocumentIndex index, TextSpan span, IExtractionLexicon lexicon)
    {
        var result = new List<TimeExpression>();
        var references = new List<TimeExpression>();
        foreach (var t in index.TimesIn(span))
        {
            if (t.RangeStart is null || t.Type is TimexType.Duration or TimexType.Set)
            {
                continue;
            }

            int from = Math.Max(span.Start, t.Span.Start - 40);
            var before = index.Folded[from..t.Span.Start];
            if (lexicon.ReferencePrefix.IsMatch(before))
            {
                if (t.Span.Start - span.Start <= 12)
                {
                    references.Add(t);
                }

                continue;
            }

            result.Add(t);
        }

        // A clause opening "Since November 1991 …" with no other date starts there: not a reference point.
        return result.Count > 0 ? result : references;
    }

    public static List<EventDate> Choose(DocumentIndex index, IReadOnlyList<TimeExpression> times, IExtractionLexicon lexicon)
    {
        if (times.Count == 0)
        {
            return [];
        }

        // Drop a time that contains another one ("2008" around "4 March 2008").
        var kept = times.Where(t => !times.Any(o => !ReferenceEquals(o, t) && Contains(t, o))).ToList();
        if (kept.Count == 1)
        {
            return [FromOne(kept[0], "date.in-clause")];
        }

        bool list = true;
        for (int i = 1; i < kept.Count && list; i++)
        {
            if (kept[i].Span.Start <= kept[i - 1].Span.End)
            {
                list = false;
                break;
            }

            var between = ClauseSplitter.StripCitations(index.Folded[kept[i - 1].Span.End..kept[i].Span.Start]);
            list = lexicon.DateListJoiner.IsMatch(between);
        }

        if (list)
        {
            return [.. kept.Select(t => FromOne(t, "date.list-item"))];
        }

        var intervals = kept.Select(t => (t, iv: IsoInterval.Of(t.RangeStart, t.RangeEnd))).Where(x => x.iv is not null).ToList();
        if (intervals.Count == 0)
        {
            return [FromOne(kept[0], "date.in-clause")];
        }

        var first = intervals.MinBy(x => x.iv!.Value.First);
        var last = intervals.MaxBy(x => x.iv!.Value.Last);
        return [new EventDate(first.t.RangeStart, last.t.RangeEnd ?? last.t.RangeStart, kept, "date.span-of-times")];
    }

    public static EventDate FromOne(TimeExpression t, string rule) =>
        new(t.RangeStart, t.RangeEnd ?? t.RangeStart, [t], rule, t.NeedsDocumentDate);

    private static bool Contains(TimeExpression outer, TimeExpression inner)
    {
        var a = IsoInterval.Of(outer.RangeStart, outer.RangeEnd);
        var b = IsoInterval.Of(inner.RangeStart, inner.RangeEnd);
        return a is not null && b is not null && a.Value.Contains(b.Value) && a.Value.Days > b.Value.Days;
    }
}
