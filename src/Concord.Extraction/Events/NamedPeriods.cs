using Concord.Extraction.Lexicons;
using Concord.Model;

namespace Concord.Extraction.Events;

/// <summary>A war or other period the document names, with the interval the document itself gives it.</summary>
internal sealed record NamedPeriod(string Key, string Heading, string Start, string End, TimeExpression Source, TimeExpression HeadingTime);

/// <summary>
/// Learns the document's named periods and their spans, then dates what the text places inside
/// them. A period is named by a heading with its span ("Second Nagorno-Karabakh War (2020)",
/// "First Nagorno-Karabakh War (1988–1994)"); the span is made finer by the document's own words:
/// the clause that names the period and dates it ("… was an armed conflict that took place in the
/// late 1980s to May 1994"), else the section's onset ("Large-scale fighting began on … 27
/// September") and end of hostilities ("ending all hostilities … from 10 November 2020"). Then:
/// the period named without a date of its own ("The First Nagorno-Karabakh War led to …"), "during
/// the Second … War (2020)", "captured during the war" inside one period, and acts dated only by
/// the period's heading ("Three ceasefires … failed to stop the conflict") take the period's span;
/// an agreement or a handover of territory so dated takes its end (an agreement told to have
/// failed does not).
/// </summary>
internal static class NamedPeriods
{
    public static void Redate(DocumentIndex index, List<PlannedEvent> events)
    {
        var periods = Learn(index, events);
        if (periods.Count == 0)
        {
            return;
        }

        foreach (var e in events)
        {
            if (DateCues.For(e.Sentence.Language) is not { } cues || ForEvent(index, e, periods, cues) is not { } period)
            {
                continue;
            }

            var dated = new EventDate(period.Start, period.End, [period.Source], "date.named-period");
            bool settles = e.SubEventType is "Agreement" or "Non-violent transfer of territory";
            bool ends = settles && !NamesPeriodAtTrigger(e, period, PeriodNames(index, e, cues))
                && !cues.AgreementFailed.Hot().IsMatch(index.Folded.AsSpan(e.Clause.Start, e.Clause.Length));
            e.Date = ends ? dated with { Start = period.End, Rule = "date.named-period-end" } : dated;
            e.Date = e.SubEventType == "Non-violent transfer of territory" ? DateChooser.AfterSettlement(e.Date) : e.Date;
            e.Evidence.RemoveAll(x => x.Role == "date");
            e.Evidence.Add(new Evidence("date", e.Date.Rule, period.Source.Span, period.Source.Text));
        }
    }

    private static List<NamedPeriod> Learn(DocumentIndex index, List<PlannedEvent> events)
    {
        var periods = new List<NamedPeriod>();
        foreach (var h in index.Document.Sentences.Where(s => s.Section == SectionKind.Heading))
        {
            if (DateCues.For(h.Language) is not { } cues || cues.PeriodName.Hot().Match(index.Text, h.Span.Start, h.Span.Length) is not { Success: true } m)
            {
                continue;
            }

            var time = index.TimesIn(h.Span).FirstOrDefault(t => t.RangeStart is not null && !t.NeedsDocumentDate && t.Span.Start >= m.Index + m.Length);
            if (time is null)
            {
                continue;
            }

            var heading = (h.Heading ?? index.Text.Substring(h.Span.Start, h.Span.Length)).Trim();
            var period = new NamedPeriod(Key(m), heading, time.RangeStart!, time.RangeEnd ?? time.RangeStart!, time, time);
            periods.Add(Finer(index, period, events, cues));
        }

        return periods;
    }

    /// <summary>The period's span as the document tells it most finely, within the heading's span.</summary>
    private static NamedPeriod Finer(DocumentIndex index, NamedPeriod period, List<PlannedEvent> events, IDateCueLexicon cues)
    {
        var outer = IsoInterval.Of(period.Start, period.End);
        if (outer is null)
        {
            return period;
        }

        // The clause that names the period and dates it itself.
        foreach (var e in events)
        {
            if (e.Date.Rule.StartsWith("date.in-clause", StringComparison.Ordinal) && NamesPeriodAtTrigger(e, period, PeriodNames(index, e, cues))
                && IsoInterval.Of(e.Date.Start, e.Date.End) is { } own && outer.Value.Contains(own) && own.Days < outer.Value.Days && e.Date.Sources.Count > 0)
            {
                return period with { Start = e.Date.Start!, End = e.Date.End!, Source = e.Date.Sources[0] };
            }
        }

        // The section's onset and end of hostilities, each a single day or month inside the span.
        var section = index.Document.Sentences.Where(s => s.Section != SectionKind.Heading && s.Heading is { } h && h.Trim() == period.Heading).ToList();
        TimeExpression? onset = null, end = null;
        foreach (var s in section)
        {
            var folded = index.Folded.AsSpan(s.Span.Start, s.Span.Length);
            var inside = index.TimesIn(s.Span).Where(t => t.Type == TimexType.Date && !t.NeedsDocumentDate && t.RangeStart is { Length: >= 7 }
                && IsoInterval.Of(t.RangeStart, t.RangeEnd) is { } iv && outer.Value.Contains(iv)).ToList();
            if (onset is null && cues.ConflictBegan.Hot().IsMatch(folded) && inside.Count > 0)
            {
                onset = inside[0];
            }

            if (cues.HostilitiesEnded.Hot().IsMatch(folded) && inside.Count > 0)
            {
                end = inside[^1];
            }
        }

        if (onset is null || end is null || string.CompareOrdinal(onset.RangeStart, end.RangeEnd ?? end.RangeStart) > 0)
        {
            return period;
        }

        return period with { Start = onset.RangeStart!, End = end.RangeEnd ?? end.RangeStart!, Source = onset };
    }

    private static NamedPeriod? ForEvent(DocumentIndex index, PlannedEvent e, List<NamedPeriod> periods, IDateCueLexicon cues)
    {
        bool ownDate = e.Date.Rule.StartsWith("date.in-clause", StringComparison.Ordinal) || e.Date.Rule.StartsWith("date.list", StringComparison.Ordinal);

        // "during the Second Nagorno-Karabakh War (2020)": the period, whatever the clause's year says.
        var names = PeriodNames(index, e, cues);
        foreach (var p in periods)
        {
            foreach (var m in names.Where(m => Key(m) == p.Key))
            {
                var before = index.Folded.AsSpan(e.Clause.Start, m.Index);
                if (cues.DuringBefore.Hot().IsMatch(before[Math.Max(0, before.Length - 30)..]) || (!ownDate && NamesPeriodAtTrigger(e, p, names)))
                {
                    return p;
                }
            }
        }

        // "captured during the war": the one period the event's date starts in.
        if (cues.DuringTheWar.Hot().IsMatch(index.Folded.AsSpan(e.Clause.Start, e.Clause.Length)) && IsoInterval.Of(e.Date.Start, e.Date.End) is { } date)
        {
            if (OnlyPeriodAround(periods, date.First) is { } around)
            {
                return around;
            }
        }

        // An act dated only by its section's heading naming the period.
        if (e.Date.Rule is "date.heading" or "date.context" && e.Sentence.Heading is { } heading)
        {
            var p = PeriodHeaded(periods, heading.Trim());
            if (p is not null && (p.Start != e.Date.Start || p.End != e.Date.End) && SameAsHeading(index, e.Date, p))
            {
                return p;
            }
        }

        return null;
    }

    // The two searches below are methods of their own, with loops: lambdas capturing the event's
    // date or heading made ForEvent allocate a closure on entry, for every event of the document.

    /// <summary>The one period whose span holds <paramref name="day"/>; null when none or several do.</summary>
    private static NamedPeriod? OnlyPeriodAround(List<NamedPeriod> periods, DateOnly day)
    {
        NamedPeriod? found = null;
        foreach (var p in periods)
        {
            if (IsoInterval.Of(p.Start, p.End) is { } iv && iv.First <= day && day <= iv.Last)
            {
                if (found is not null)
                {
                    return null;
                }

                found = p;
            }
        }

        return found;
    }

    /// <summary>The first period named by the heading <paramref name="heading"/>, or null.</summary>
    private static NamedPeriod? PeriodHeaded(List<NamedPeriod> periods, string heading)
    {
        foreach (var p in periods)
        {
            if (p.Heading == heading)
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>Whether the event's date is the heading's own time (not a finer date carried from a sentence).</summary>
    private static bool SameAsHeading(DocumentIndex index, EventDate date, NamedPeriod p) =>
        date.Start == p.HeadingTime.RangeStart && date.End == (p.HeadingTime.RangeEnd ?? p.HeadingTime.RangeStart);

    /// <summary>The mentions of period names in the event's clause (offsets into the clause).</summary>
    private static System.Text.RegularExpressions.MatchCollection PeriodNames(DocumentIndex index, PlannedEvent e, IDateCueLexicon cues) =>
        cues.PeriodName.Hot().Matches(index.Text.Substring(e.Clause.Start, e.Clause.Length));

    /// <summary>Whether the event's trigger lies in a mention of the period's name (<paramref name="names"/>: the clause's).</summary>
    private static bool NamesPeriodAtTrigger(PlannedEvent e, NamedPeriod period, System.Text.RegularExpressions.MatchCollection names)
    {
        var trigger = e.Evidence.FirstOrDefault(x => x.Role == "trigger");
        if (trigger is null)
        {
            return false;
        }

        foreach (System.Text.RegularExpressions.Match m in names)
        {
            int start = e.Clause.Start + m.Index, end = start + m.Length;
            if (Key(m) == period.Key && trigger.Span.Start < end && start < trigger.Span.End)
            {
                return true;
            }
        }

        return false;
    }

    private static string Key(System.Text.RegularExpressions.Match m) =>
        TextFolding.Fold(m.Groups["name"].Value).Trim();
}
