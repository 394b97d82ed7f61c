using Concord.Extraction.Lexicons;
using Concord.Model;
using System.Runtime.InteropServices;

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
    /// <summary>
    /// Dated expressions of a span that are not reference points ("since the 1994 ceasefire"),
    /// computed once per span: the event pass asks for each sentence and clause, the figure pass
    /// for each sentence again. The list is shared; callers must not change it.
    /// </summary>
    public static List<TimeExpression> UsableTimes(DocumentIndex index, TextSpan span, IExtractionLexicon lexicon) =>
        Memo(index, span, lexicon).Times;

    /// <summary><see cref="Choose"/> of <see cref="UsableTimes"/>, computed once per span; the list is shared.</summary>
    public static List<EventDate> ChooseUsable(DocumentIndex index, TextSpan span, IExtractionLexicon lexicon)
    {
        var memo = Memo(index, span, lexicon);
        return memo.Chosen ??= Choose(index, memo.Times, lexicon);
    }

    private static DocumentIndex.SpanDates Memo(DocumentIndex index, TextSpan span, IExtractionLexicon lexicon)
    {
        // One look-up: the slot is filled in place when the span is new.
        ref var memo = ref CollectionsMarshal.GetValueRefOrAddDefault(index.DatesFor(lexicon), DocumentIndex.SpanKey(span), out _);
        return memo ??= new DocumentIndex.SpanDates(ComputeUsableTimes(index, span, lexicon));
    }

    private static List<TimeExpression> ComputeUsableTimes(DocumentIndex index, TextSpan span, IExtractionLexicon lexicon)
    {
        var result = new List<TimeExpression>();
        List<TimeExpression>? references = null;
        var referencePrefix = lexicon.ReferencePrefix.Hot();
        foreach (var t in index.TimesIn(span))
        {
            if (t.RangeStart is null || t.Type is TimexType.Duration or TimexType.Set)
            {
                continue;
            }

            int from = Math.Max(span.Start, t.Span.Start - 40);
            if (referencePrefix.IsMatch(index.Folded.AsSpan(from, t.Span.Start - from)))
            {
                if (t.Span.Start - span.Start <= 12)
                {
                    (references ??= []).Add(t);
                }

                continue;
            }

            result.Add(t);
        }

        // A clause opening "Since November 1991 …" with no other date starts there: not a reference point.
        result = result.Count > 0 || references is null ? result : references;

        // A time inside a parenthetical aside ("On the night of 26 February (timed to the pogrom
        // four years earlier) …") dates the remark, not the clause, when the clause has its own date.
        int inside = 0;
        foreach (var t in result)
        {
            inside += InParentheses(index.Folded, span, t.Span) ? 1 : 0;
        }

        if (inside == 0 || inside == result.Count)
        {
            return result;
        }

        var outside = new List<TimeExpression>(result.Count - inside);
        foreach (var t in result)
        {
            if (!InParentheses(index.Folded, span, t.Span))
            {
                outside.Add(t);
            }
        }

        return outside;
    }

    /// <summary>Whether an opening bracket before <paramref name="inner"/> within <paramref name="span"/> is still open there.</summary>
    internal static bool InParentheses(string text, TextSpan span, TextSpan inner)
    {
        int depth = 0;
        for (int i = inner.Start - 1; i >= span.Start; i--)
        {
            if (text[i] == ')')
            {
                depth++;
            }
            else if (text[i] == '(' && depth-- == 0)
            {
                return true;
            }
        }

        return false;
    }

    public static List<EventDate> Choose(DocumentIndex index, IReadOnlyList<TimeExpression> times, IExtractionLexicon lexicon)
    {
        if (times.Count == 0)
        {
            return [];
        }

        // Drop a time that contains another one ("2008" around "4 March 2008").
        var kept = Innermost(times);
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
            list = lexicon.DateListJoiner.Hot().IsMatch(between);
        }

        if (list)
        {
            return [.. kept.Select(t => FromOne(t, "date.list-item"))];
        }

        // The time whose days begin first and the one whose days end last (the first of equals, as
        // MinBy/MaxBy chose them), in one loop: the LINQ over (time, interval) tuples was a set of
        // generic instantiations jitted in every process.
        TimeExpression? first = null, last = null;
        DateOnly firstDay = default, lastDay = default;
        foreach (var t in kept)
        {
            if (IsoInterval.Of(t.RangeStart, t.RangeEnd) is not { } iv)
            {
                continue;
            }

            if (first is null || iv.First < firstDay)
            {
                (first, firstDay) = (t, iv.First);
            }

            if (last is null || iv.Last > lastDay)
            {
                (last, lastDay) = (t, iv.Last);
            }
        }

        if (first is null || last is null)
        {
            return [FromOne(kept[0], "date.in-clause")];
        }

        return [new EventDate(first.RangeStart, last.RangeEnd ?? last.RangeStart, kept, "date.span-of-times")];
    }

    public static EventDate FromOne(TimeExpression t, string rule) =>
        new(t.RangeStart, t.RangeEnd ?? t.RangeStart, [t], rule, t.NeedsDocumentDate);

    /// <summary>The times that contain no other one; each time's days are read once, not once per pair.</summary>
    private static List<TimeExpression> Innermost(IReadOnlyList<TimeExpression> times)
    {
        int count = times.Count;
        Span<IsoInterval?> days = count <= 16 ? stackalloc IsoInterval?[count] : new IsoInterval?[count];
        for (int i = 0; i < count; i++)
        {
            days[i] = IsoInterval.Of(times[i].RangeStart, times[i].RangeEnd);
        }

        var kept = new List<TimeExpression>(count);
        for (int i = 0; i < count; i++)
        {
            bool holdsAnother = false;
            for (int j = 0; j < count && !holdsAnother && days[i] is { } outer; j++)
            {
                holdsAnother = !ReferenceEquals(times[j], times[i]) && days[j] is { } inner && outer.Contains(inner) && outer.Days > inner.Days;
            }

            if (!holdsAnother)
            {
                kept.Add(times[i]);
            }
        }

        return kept;
    }

    /// <summary>
    /// Dates of separate times in one clause that were joined into a span: the span stands only for
    /// fighting that lasted up to a year ("the fighting that started on 27 July had by August 5 left
    /// …", "a war erupted on 27 September that lasted until 10 November"). Otherwise the other times
    /// date something else the clause mentions ("origins in the early 20th century, though the
    /// present conflict began in 1988"; "signed in 1994, was followed by … the 2010s") and the event
    /// takes the time nearest its trigger. An agreement dated only by the span of the war around it
    /// ("1988–1994 … a peace treaty was signed") ends that span: it takes the span's end.
    /// </summary>
    public static List<EventDate> ForTrigger(List<EventDate> dates, TextSpan trigger, string eventType, string subEventType)
    {
        if (dates.Count == 1 && subEventType == "Agreement" && dates[0].Rule is "date.context" or "date.heading"
            && dates[0].End is { } end && dates[0].Start != end && IsoInterval.Of(dates[0].Start, end) is { Days: > 366 })
        {
            return [dates[0] with { Start = end, Rule = "date.end-of-context-span" }];
        }

        if (dates.Count != 1 || dates[0].Rule != "date.span-of-times" || dates[0].Sources.Count < 2)
        {
            return dates;
        }

        var span = IsoInterval.Of(dates[0].Start, dates[0].End);
        if (eventType == "Battles" && span is not null && span.Value.Days <= 366)
        {
            return dates;
        }

        var nearest = dates[0].Sources.MinBy(t => Distance(t.Span, trigger))!;
        return [FromOne(nearest, "date.nearest-trigger")];
    }

    /// <summary>
    /// <see cref="ForTrigger(List{EventDate}, TextSpan, string, string)"/>, then what the rest of
    /// the document says: a vague start narrowed by the context (<see cref="NarrowedByContext"/>),
    /// a day of fighting stretched over the days the clause says it lasted
    /// (<see cref="OverStatedDays"/>), a span-long context replaced by the date the section gives
    /// the same act later (<see cref="ToldAgainLater"/>), and no end after the document was written.
    /// </summary>
    public static List<EventDate> ForTrigger(DocumentIndex index, List<EventDate> dates, EventDate? context, TextSpan clause, TextSpan trigger, string eventType, string subEventType)
    {
        var sentence = SentenceOf(index, clause);
        var cues = sentence is null ? null : DateCues.For(sentence.Language) ?? DateCues.For(index.Document.Language);
        var chosen = ForTrigger(dates, trigger, eventType, subEventType);
        var result = new List<EventDate>(chosen.Count);
        foreach (var date in chosen)
        {
            var d = cues is null ? date : UpToBound(index, date, clause, cues);
            d = NarrowedByContext(d, context);
            d = cues is null ? d : NarrowedByOnset(index, d, cues);
            d = eventType == "Battles" ? OverStatedDays(index, d, clause) : d;
            d = ToldAgainLater(index, d, clause, trigger);
            d = cues is null ? d : ShortlyAfter(index, d, sentence!, trigger, cues);
            d = cues is null ? d : AtPeriodEnd(index, d, sentence!, cues);
            d = subEventType == TransferOfTerritory ? AfterSettlement(d) : d;
            result.Add(DocumentChronology.WithinDocument(index, d));
        }

        return result;
    }

    /// <summary>
    /// A clause dated by a bound ("In 2014, several border clashes erupted that had resulted in 16
    /// fatalities on both sides by 20 June") spans from the coarser time around the bound to it
    /// (2014..2014-06-20): the tally grew over that time, it did not happen on the day.
    /// </summary>
    private static EventDate UpToBound(DocumentIndex index, EventDate date, TextSpan clause, IDateCueLexicon cues)
    {
        if (date.Rule != "date.in-clause" || date.Sources.Count != 1 || date.Sources[0] is not { RangeStart: { } boundStart } bound
            || IsoInterval.Of(boundStart, bound.RangeEnd) is not { } inner
            || !cues.ByBefore.Hot().IsMatch(index.Folded.AsSpan(Math.Max(clause.Start, bound.Span.Start - 12), bound.Span.Start - Math.Max(clause.Start, bound.Span.Start - 12))))
        {
            return date;
        }

        var outer = index.TimesIn(clause).FirstOrDefault(t => !ReferenceEquals(t, bound) && t.Span.End <= bound.Span.Start && t.Type == TimexType.Date
            && !t.NeedsDocumentDate && IsoInterval.Of(t.RangeStart, t.RangeEnd) is { } iv && iv.Contains(inner) && iv.Days > inner.Days);
        return outer is null ? date : new EventDate(outer.RangeStart, bound.RangeEnd ?? boundStart, [outer, bound], "date.up-to-bound");
    }

    private const string TransferOfTerritory = "Non-violent transfer of territory";

    /// <summary>
    /// Territory handed over under a settlement told on another clause's or sentence's day ("a
    /// ceasefire agreement on November 10, 2020, by which most of the territories … were returned")
    /// is handed over after it, over the following weeks: from the settlement's month, within its
    /// year. A day the clause gives the handover itself stays.
    /// </summary>
    public static EventDate AfterSettlement(EventDate date) =>
        date.Rule.StartsWith("date.in-clause", StringComparison.Ordinal) || date.Rule.StartsWith("date.list", StringComparison.Ordinal)
        || date.Start is not { Length: 10 } start || date.End != start
            ? date
            : date with { Start = start[..7], End = start[..4], Rule = date.Rule + "+after-settlement" };

    /// <summary>The sentence holding a clause (sentences are in document order).</summary>
    private static Sentence? SentenceOf(DocumentIndex index, TextSpan clause)
    {
        var sentences = index.Document.Sentences;
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            var span = sentences[mid].Span;
            if (span.End <= clause.Start)
            {
                lo = mid + 1;
            }
            else if (span.Start > clause.Start)
            {
                hi = mid - 1;
            }
            else
            {
                return sentences[mid];
            }
        }

        return null;
    }

    /// <summary>
    /// An event told to follow a dated act closely ("Inter-ethnic clashes … broke out shortly after
    /// the parliament … voted … on 20 February 1988") did not happen on that day: it starts in the
    /// act's month and lies within its year (1988-02..1988), as a coder reads "shortly".
    /// </summary>
    private static EventDate ShortlyAfter(DocumentIndex index, EventDate date, Sentence sentence, TextSpan trigger, IDateCueLexicon cues)
    {
        if (date.Sources.Count != 1 || date.Start is not { Length: >= 7 } start || date.End != date.Start
            || date.Sources[0].Span is var told && (told.Start < trigger.End || told.End > sentence.Span.End)
            || !cues.ShortlyAfter.Hot().IsMatch(index.Folded[trigger.End..told.Start]))
        {
            return date;
        }

        return date with { Start = start[..7], End = start[..4], Rule = date.Rule + "+shortly-after" };
    }

    /// <summary>
    /// A sentence dated only by the span of the period around it that tells the period ended ("Karas
    /// baigėsi Azerbaidžano pralaimėjimu, … atiteko Armėnijos įtakai" under "1988–1994 … vyko karas")
    /// tells what happened at its end: the span's last year.
    /// </summary>
    private static EventDate AtPeriodEnd(DocumentIndex index, EventDate date, Sentence sentence, IDateCueLexicon cues)
    {
        if (date.Rule is not ("date.context" or "date.heading") || date.End is not { } end || date.Start == end
            || IsoInterval.Of(date.Start, end) is not { Days: > 366 }
            || !cues.PeriodEnded.Hot().IsMatch(index.Folded.AsSpan(sentence.Span.Start, sentence.Span.Length)))
        {
            return date;
        }

        return date with { Start = end, Rule = "date.end-of-context-span" };
    }

    /// <summary>
    /// A span whose start the text gives vaguely ("the late 1980s to May 1994", read as 1987) while
    /// the context spans the same years with a later start in the same decade ("First War
    /// (1988–1994)" above it) starts where the context does: the same span told twice, once finer.
    /// </summary>
    private static EventDate NarrowedByContext(EventDate date, EventDate? context)
    {
        if (context?.Start is not { Length: 4 } cs || context.End is not { Length: >= 4 } ce || date.Start is not { Length: 4 } ds
            || date.End is not { Length: >= 4 } de || date.Rule is "date.context" or "date.heading" || ds == de
            || ce[..4] != de[..4] || cs[..3] != ds[..3] || string.CompareOrdinal(cs, ds) <= 0)
        {
            return date;
        }

        bool vague = date.Sources.Any(t => t.RangeStart == ds && t.Precision is DatePrecision.Year or DatePrecision.Decade or DatePrecision.Century && t.RangeEnd != t.RangeStart);
        return vague ? date with { Start = cs, Rule = date.Rule + "+narrowed-by-context" } : date;
    }

    /// <summary>
    /// A span whose start the text gives vaguely ("no 1980. gadu beigām līdz 1994. gada maijam",
    /// the late 1980s read as 1987) starts in the year the document says the conflict began, when
    /// that year lies in the vague part ("Pašreizējais konflikts sākās 1988. gadā" → 1988..1994-05).
    /// </summary>
    private static EventDate NarrowedByOnset(DocumentIndex index, EventDate date, IDateCueLexicon cues)
    {
        if (date.Start is not { Length: 4 } ds || date.End is not { Length: >= 4 } de || ds == de || date.Rule.Contains("narrowed", StringComparison.Ordinal)
            || !date.Sources.Any(t => t.RangeStart == ds && t.Precision is DatePrecision.Year or DatePrecision.Decade or DatePrecision.Century && t.RangeEnd != t.RangeStart)
            || DocumentOnset(index, cues) is not { } onset)
        {
            return date;
        }

        string decadeEnd = ds[..3] + "9";
        return string.CompareOrdinal(onset, ds) > 0 && string.CompareOrdinal(onset, decadeEnd) <= 0 && string.CompareOrdinal(onset, de[..4]) <= 0
            ? date with { Start = onset, Rule = date.Rule + "+narrowed-by-onset" }
            : date;
    }

    /// <summary>The year of the first date told right after the document says the conflict began.</summary>
    private static string? DocumentOnset(DocumentIndex index, IDateCueLexicon cues)
    {
        if (!index.Onsets.TryGetValue(cues, out var onset))
        {
            index.Onsets[cues] = onset = FindDocumentOnset(index, cues);
        }

        return onset;
    }

    private static string? FindDocumentOnset(DocumentIndex index, IDateCueLexicon cues)
    {
        foreach (var s in index.Document.Sentences)
        {
            var m = cues.ConflictBegan.Hot().Match(index.Folded, s.Span.Start, s.Span.Length);
            if (!m.Success)
            {
                continue;
            }

            var first = index.TimesIn(new TextSpan(m.Index + m.Length, s.Span.End)).FirstOrDefault(t => t.Type == TimexType.Date && t.RangeStart is { Length: >= 4 } && !t.NeedsDocumentDate);
            if (first is not null)
            {
                return first.RangeStart![..4];
            }
        }

        return null;
    }

    /// <summary>
    /// Fighting dated by one day and told to have lasted some days ("On 2 August … killed in three
    /// days of clashes") spans those days, the dated day being the last (the day counts itself).
    /// </summary>
    private static EventDate OverStatedDays(DocumentIndex index, EventDate date, TextSpan clause)
    {
        if (date.Start is null || date.Start != date.End || date.Start.Length != 10 || date.Rule == "date.context"
            || IsoInterval.Of(date.Start, date.End) is not { } day)
        {
            return date;
        }

        // Exactly one stated count of days (a loop: Linq over int? was jitted per process).
        int counts = 0, stated = 0;
        foreach (var t in index.TimesIn(clause))
        {
            if (t.Type == TimexType.Duration && DaysOf(t.Value) is { } n && n is > 1 and <= 31)
            {
                counts++;
                stated = counts == 1 ? n : stated;
            }
        }

        if (counts != 1)
        {
            return date;
        }

        var first = day.First.AddDays(-(stated - 1)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return date with { Start = first, Rule = date.Rule + "+stated-days" };
    }

    private static int? DaysOf(string value) =>
        value.Length > 2 && value[0] == 'P' && value[^1] == 'D' && int.TryParse(value.AsSpan(1, value.Length - 2), out int n) ? n : null;

    /// <summary>How many sentences ahead the section may tell the same act again with its date.</summary>
    private const int ToldAgainWindow = 10;

    /// <summary>
    /// An act dated only by a context spanning years ("The enclave's parliament had voted …" under
    /// "First War (1988–1994)") takes the date of the next sentence of its section that tells the
    /// same act with a finer date inside that span ("… voted to unify the region with Armenia on
    /// 20 February 1988"): a careful coder reads on before settling for the heading's years.
    /// </summary>
    private static EventDate ToldAgainLater(DocumentIndex index, EventDate date, TextSpan clause, TextSpan trigger)
    {
        if (date.Rule is not ("date.context" or "date.heading") || IsoInterval.Of(date.Start, date.End) is not { Days: > 366 } span
            || trigger.Length < 4)
        {
            return date;
        }

        var word = index.Folded.Substring(trigger.Start, trigger.Length);
        var sentences = index.Document.Sentences;
        // The first sentence holding the clause (what FindIndex over a copy of the list gave, without the copy).
        int at = -1;
        for (int k = 0; k < sentences.Count; k++)
        {
            if (sentences[k].Span.Contains(clause))
            {
                at = k;
                break;
            }
        }

        for (int i = at + 1; at >= 0 && i < sentences.Count && i <= at + ToldAgainWindow; i++)
        {
            var s = sentences[i];
            if (s.Section == SectionKind.Heading)
            {
                break;
            }

            int hit = index.Folded.IndexOf(word, s.Span.Start, s.Span.Length, StringComparison.Ordinal);
            if (hit < 0)
            {
                continue;
            }

            var times = index.TimesIn(s.Span).Where(t => !t.NeedsDocumentDate && t.RangeStart is not null && t.Type == TimexType.Date).ToList();
            if (times.Count == 1 && IsoInterval.Of(times[0].RangeStart, times[0].RangeEnd) is { } told && span.Contains(told) && told.Days < span.Days)
            {
                return FromOne(times[0], "date.told-again-later");
            }
        }

        return date;
    }

    private static int Distance(TextSpan a, TextSpan b) =>
        a.End <= b.Start ? b.Start - a.End : b.End <= a.Start ? a.Start - b.End : 0;
}
