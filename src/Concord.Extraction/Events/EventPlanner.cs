using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Concord.Extraction.Lexicons;
using Concord.Model;

namespace Concord.Extraction.Events;

/// <summary>An event found in one clause, before ids are given.</summary>
internal sealed class PlannedEvent
{
    public required Sentence Sentence { get; init; }

    public required TextSpan Clause { get; init; }

    public required TriggerRule Rule { get; init; }

    public required string EventType { get; init; }

    public required string SubEventType { get; init; }

    /// <summary>Settable: <see cref="NamedPeriods"/> redates events once the whole document is read.</summary>
    public required EventDate Date { get; set; }

    public required List<Evidence> Evidence { get; init; }

    public Fatalities? Fatalities { get; set; }

    /// <summary>The clause also states a toll over a period: its numbers are a figure, not this event's.</summary>
    public bool TollIsStatistic { get; init; }

    public bool IsViolent => EventType is not ("Strategic developments" or "Protests") || SubEventType == "Disrupted weapons use";
}

/// <summary>Everything the event pass decided about a document; the figure pass reads which numbers it used.</summary>
internal sealed class DocumentPlan
{
    public required DocumentIndex Index { get; init; }

    public required List<PlannedEvent> Events { get; init; }

    public required HashSet<int> NumbersUsedByEvents { get; init; }

    public required PlaceMatch? DocumentPlace { get; init; }
}

/// <summary>
/// Finds events clause by clause: triggers from the language's lexicon, dates from the tagger
/// (in the clause, else the sentence, else the paragraph or heading context), fatalities from the
/// numbers near death words. One plan per document, shared by the event and figure extractors.
/// </summary>
internal static class EventPlanner
{
    private static readonly ConditionalWeakTable<Recognitions, DocumentPlan> Cache = new();

    public static DocumentPlan Plan(AnalyzedDocument document, Recognitions recognitions)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(recognitions, out var cached) && ReferenceEquals(cached.Index.Document, document))
            {
                return cached;
            }

            var plan = Build(document, recognitions);
            Cache.AddOrUpdate(recognitions, plan);
            return plan;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    private static DocumentPlan Build(AnalyzedDocument document, Recognitions recognitions)
    {
        var index = new DocumentIndex(document, recognitions);
        var extractable = document.Sentences.Where(s => s.Section.IsExtractable()).ToList();
        bool documentHasDates = HasOwnDate(index, extractable);
        var documentPlace = ParticipantChooser.DocumentPlace(index, extractable);

        var events = new List<PlannedEvent>();
        var used = new HashSet<int>();
        EventDate? context = null, headingContext = null;
        int paragraph = -1, paragraphPointer = 0;
        List<PlannedEvent> previousSentenceEvents = [];

        foreach (var sentence in extractable)
        {
            var lexicon = index.Lexicon(sentence);
            while (paragraphPointer < document.Paragraphs.Count - 1 && document.Paragraphs[paragraphPointer].Span.End <= sentence.Span.Start)
            {
                paragraphPointer++;
            }

            if (paragraphPointer != paragraph)
            {
                paragraph = paragraphPointer;
                context = headingContext;
            }

            var sentenceTimes = DateChooser.UsableTimes(index, sentence.Span, lexicon);
            if (sentence.Section == SectionKind.Heading)
            {
                headingContext = sentenceTimes.Count > 0 ? DateChooser.FromOne(sentenceTimes[^1], "date.heading") : null;
                context = headingContext;
                previousSentenceEvents = [];
                continue;
            }

            var infoboxEvent = InfoboxDateLine.Read(index, sentence, lexicon);
            var sentenceEvents = infoboxEvent is not null ? [infoboxEvent] : PlanSentence(index, sentence, lexicon, context, documentHasDates, used, previousSentenceEvents);
            events.AddRange(sentenceEvents);
            if (sentenceEvents.Count > 0)
            {
                previousSentenceEvents = sentenceEvents;
            }

            if (sentenceEvents.Count > 0 && sentenceEvents[^1].Date.Start is not null)
            {
                context = sentenceEvents[^1].Date with { Rule = "date.context" };
            }
            else if (sentenceTimes.Count > 0)
            {
                context = DateChooser.FromOne(sentenceTimes[^1], "date.context");
            }
        }

        NamedPeriods.Redate(index, events);
        return new DocumentPlan { Index = index, Events = events, NumbersUsedByEvents = used, DocumentPlace = documentPlace };
    }

    /// <summary>
    /// What <see cref="PlanSentence"/> returns for a sentence it leaves early (most sentences): one
    /// shared empty list instead of a new one per sentence. Never added to: the caller only reads it.
    /// </summary>
    private static readonly List<PlannedEvent> NoEvents = [];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    private static List<PlannedEvent> PlanSentence(
        DocumentIndex index,
        Sentence sentence,
        IExtractionLexicon lexicon,
        EventDate? context,
        bool documentHasDates,
        HashSet<int> used,
        List<PlannedEvent> previousSentenceEvents)
    {
        // One prefilter pass over the whole sentence: each clause lies inside it, so what it finds
        // holds for every clause, shifted to the clause (FindTriggers). A literal missing from the
        // sentence is missing from every clause: without a trigger literal or a death cue, every
        // clause finds no trigger and no deaths, and the sentence plans nothing (its clauses and
        // dates are still cut and chosen when the figure pass asks). Most sentences hold neither.
        var rules = lexicon.Triggers;
        var sentenceText = index.Folded.AsSpan(sentence.Span.Start, sentence.Span.Length);
        Span<bool> mayMatch = rules.Count <= 256 ? stackalloc bool[rules.Count] : new bool[rules.Count];
        Span<int> searchFrom = rules.Count <= 256 ? stackalloc int[rules.Count] : new int[rules.Count];
        Span<int> startsBefore = rules.Count <= 256 ? stackalloc int[rules.Count] : new int[rules.Count];
        TriggerPrefilter.For(rules).Mark(sentenceText, mayMatch, searchFrom, startsBefore);
        // Without a trigger all a sentence can do is give its deaths to the event before (below).
        if (!mayMatch.Contains(true) && !MayPassDeathsBack(index, sentence, sentenceText, lexicon, previousSentenceEvents))
        {
            return NoEvents;
        }

        var clauses = ClauseSplitter.Split(index, sentence);

        // The triggers first, each clause read in place: a trigger literal may lie in the sentence
        // without any rule matching ("war" in "towards"). Without a trigger and without a death cue
        // every clause finds no event and no deaths, as above, so nothing more is read or copied.
        var clauseTriggers = new List<(TriggerRule Rule, TriggerMatch Match, bool PointsBack)>[clauses.Count];
        bool anyTrigger = false, anySpecific = false;
        for (int ci = 0; ci < clauses.Count; ci++)
        {
            var c = clauses[ci];
            var found = clauseTriggers[ci] = FindTriggers(index, c, lexicon, mayMatch, searchFrom, startsBefore, c.Start - sentence.Span.Start);
            anyTrigger |= found.Count > 0;
            for (int k = 0; k < found.Count && !anySpecific; k++)
            {
                anySpecific = found[k].Rule.Strength == TriggerStrength.Specific;
            }
        }

        // Without a trigger no clause makes an event (ChooseTriggers), and a weak or death trigger
        // makes one only in a dated sentence (ChooseAmong, DatesFor): without a specific trigger
        // and without a time any clause could be dated by, no clause makes one either. All such a
        // sentence can still do is give its deaths to the violent event of the sentence before
        // (the leftover deaths below), which needs a death cue, a number to count and such an
        // event without a toll. Most such sentences ("the conflict", "lost") have none of them,
        // and stop here before any clause's dates, copy or deaths are read.
        if ((!anyTrigger || (!anySpecific && !HasDatableTime(index, sentence.Span)))
            && !MayPassDeathsBack(index, sentence, sentenceText, lexicon, previousSentenceEvents))
        {
            return NoEvents;
        }

        // Per clause, in arrays: one object each instead of a list and its array.
        var ownDates = new List<EventDate>[clauses.Count];
        for (int i = 0; i < ownDates.Length; i++)
        {
            ownDates[i] = DateChooser.ChooseUsable(index, clauses[i], lexicon);
        }

        var result = new List<PlannedEvent>();
        // The deaths of clauses that made no event, for the event they belong to (below). Only the
        // reading is kept: a list of tuples holding our structs was generic code jitted in every process.
        List<FatalityReading>? leftoverDeaths = null;

        // A trigger inside a parenthetical aside ("(timed to answer the pogrom four years earlier)")
        // is a remark on the sentence, not an event of its own, when the sentence has a trigger outside it.
        bool triggerOutsideAsides = false;
        for (int i = 0; i < clauses.Count && !triggerOutsideAsides; i++)
        {
            foreach (var t in clauseTriggers[i])
            {
                if (!InAside(index, sentence, clauses[i], t.Match))
                {
                    triggerOutsideAsides = true;
                    break;
                }
            }
        }

        for (int i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            var triggers = clauseTriggers[i];

            // A clause without a trigger makes no event (ChooseTriggers); all it can give is deaths
            // counted by its numbers (the leftover deaths below): without a number it gives nothing.
            if (triggers.Count == 0 && index.NumbersIn(clause).IsEmpty)
            {
                continue;
            }

            // The clause's folded text read in place by the checks below and the fatality reader: a
            // span gives each regex exactly the input a copy of the clause gave it, so the same matches.
            var folded = index.Folded.AsSpan(clause.Start, clause.Length);
            // Loops rather than RemoveAll with lambdas: a lambda capturing the parameters costs a
            // closure on every call, most of which find no trigger (same removals, same order kept).
            if (triggerOutsideAsides && triggers.Count > 0)
            {
                for (int k = triggers.Count - 1; k >= 0; k--)
                {
                    if (InAside(index, sentence, clause, triggers[k].Match))
                    {
                        triggers.RemoveAt(k);
                    }
                }
            }

            if (ownDates[i].Count == 0 && triggers.Count > 0)
            {
                var vaguePrefix = lexicon.VaguePrefix.Hot();
                for (int k = triggers.Count - 1; k >= 0; k--)
                {
                    var t = triggers[k];
                    if (vaguePrefix.IsMatch(folded.Slice(Math.Max(0, t.Match.Index - 30), Math.Min(30, t.Match.Index))))
                    {
                        triggers.RemoveAt(k);
                    }
                }
            }

            var deaths = FatalityReader.Read(index, clause, folded, lexicon);
            var chosen = ChooseTriggers(triggers, folded, lexicon, ownDates[i].Count > 0, SentenceHasDate(ownDates), deaths is not null);
            if (chosen.Count == 1 && chosen[0].Rule.Strength == TriggerStrength.Death
                && lexicon.CivilianVictim.Hot().IsMatch(folded) && !lexicon.CombatantVictim.Hot().IsMatch(folded))
            {
                chosen = [(chosen[0].Rule, chosen[0].Match, "Violence against civilians", "Attack")];
            }

            var dates = chosen.Count == 0 ? [] : DatesFor(i, ownDates, context, documentHasDates, chosen, index, clause);
            dates = chosen.Count == 0 ? dates : DateChooser.ForTrigger(index, dates, context, clause, new TextSpan(clause.Start + chosen[0].Match.Index, clause.Start + chosen[0].Match.Index + chosen[0].Match.Length), chosen[0].Type, chosen[0].Sub);
            if (dates.Count == 0)
            {
                if (deaths is not null && deaths.Numbers.Count > 0 && !lexicon.TotalCue.Hot().IsMatch(folded))
                {
                    (leftoverDeaths ??= []).Add(deaths);
                }

                continue;
            }

            bool tollIsStatistic = false;

            // A toll over whole years is a statistic (a figure), not an occurrence; a capture or
            // agreement told beside it still is one, without the toll.
            if (deaths is not null && deaths.Numbers.Count > 0 && (lexicon.TotalCue.Hot().IsMatch(folded) || dates.All(IsPeriod)))
            {
                // In place, a loop (the same kept in the same order): LINQ over these tuples was a
                // set of generic instantiations jitted in every process.
                for (int k = chosen.Count - 1; k >= 0; k--)
                {
                    var c = chosen[k];
                    if (!(c.Rule.Strength == TriggerStrength.Specific && c.Type != "Battles" ? true : c.Sub is "Non-state actor overtakes territory" or "Government regains territory"))
                    {
                        chosen.RemoveAt(k);
                    }
                }

                deaths = null;
                tollIsStatistic = true;
                if (chosen.Count == 0)
                {
                    continue;
                }
            }

            bool fatalitiesGiven = false;
            foreach (var date in dates)
            {
                foreach (var (rule, match, type, sub) in chosen)
                {
                    // Several predicates and several dates in one clause: each predicate takes the
                    // date told nearest to it ("amended by the Senate in 2001 and waived … from 2002").
                    if (chosen.Count > 1 && dates.Count > 1 && NearestDate(dates, clause.Start + match.Index) != date)
                    {
                        continue;
                    }

                    // Sized for the trigger, the dates and a toll at once; a loop, not a lambda capturing the date.
                    var evidence = new List<Evidence>(1 + Math.Max(1, date.Sources.Count) + (deaths?.Evidence.Count ?? 0))
                    {
                        new("trigger", rule.Name, new TextSpan(clause.Start + match.Index, clause.Start + match.Index + match.Length), index.Text.Substring(clause.Start + match.Index, match.Length)),
                    };
                    // By index: a foreach over the read-only list boxed its enumerator for every event.
                    for (int k = 0; k < date.Sources.Count; k++)
                    {
                        var t = date.Sources[k];
                        evidence.Add(new Evidence("date", string.IsNullOrEmpty(t.Rule) ? date.Rule : string.Concat(date.Rule, ":", t.Rule), t.Span, t.Text));
                    }

                    if (date.Sources.Count == 0)
                    {
                        evidence.Add(new Evidence("date", date.Rule, clause, string.Empty));
                    }

                    var planned = new PlannedEvent { Sentence = sentence, Clause = clause, Rule = rule, EventType = type, SubEventType = sub, Date = date, Evidence = evidence, TollIsStatistic = tollIsStatistic };
                    if (!fatalitiesGiven && deaths is not null && planned.IsViolent && dates.Count == 1)
                    {
                        planned.Fatalities = deaths.Fatalities;
                        planned.Evidence.AddRange(deaths.Evidence);
                        foreach (var n in deaths.Numbers)
                        {
                            used.Add(n.Span.Start);
                        }

                        fatalitiesGiven = true;
                    }

                    // An undated sentence that goes on about the event just told ("The clashes resulted in …") is that event.
                    // A capitalised trigger names its event ("The First Nagorno-Karabakh War"): no pointing back.
                    bool pointsBack = lexicon.AnaphoricPrefix.Hot().IsMatch(folded.Slice(Math.Max(0, match.Index - 12), Math.Min(12, match.Index)))
                        && !char.IsUpper(index.Text[clause.Start + match.Index]);
                    bool toldOn = pointsBack;
                    var continued = toldOn && date.Start is not null && ownDates[i].Count == 0 && !SentenceHasDate(ownDates)
                        ? LastOnDates(previousSentenceEvents, type, date)
                        : null;
                    if (continued is not null)
                    {
                        if (continued.Fatalities is null && planned.Fatalities is not null)
                        {
                            continued.Fatalities = planned.Fatalities;
                            continued.Evidence.AddRange(planned.Evidence.Where(e => e.Role is "fatalities" or "number"));
                        }

                        continue;
                    }

                    // The same kind on the same dates again in the sentence is the same occurrence: its toll joins it.
                    var same = FirstOnDates(result, sub, date);
                    if (same is null)
                    {
                        result.Add(planned);
                    }
                    else if (same.Fatalities is null && planned.Fatalities is not null)
                    {
                        same.Fatalities = planned.Fatalities;
                        same.Evidence.AddRange(planned.Evidence.Where(e => e.Role is "fatalities" or "number"));
                    }
                }
            }
        }

        // Deaths told in a clause or sentence of their own belong to the event just told ("Three servicemen were killed in the incident").
        foreach (var deaths in leftoverDeaths ?? [])
        {
            var target = result.LastOrDefault(e => e.IsViolent && e.Fatalities is null)
                ?? (result.Count == 0 && ownDates.All(d => d.Count == 0) ? previousSentenceEvents.LastOrDefault(e => e.IsViolent && e.Fatalities is null) : null);
            if (target is null)
            {
                continue;
            }

            target.Fatalities = deaths.Fatalities;
            target.Evidence.AddRange(deaths.Evidence);
            foreach (var n in deaths.Numbers)
            {
                used.Add(n.Span.Start);
            }
        }

        return result;
    }

    /// <summary>The last event of <paramref name="type"/> on the dates of <paramref name="date"/>, or null.</summary>
    private static PlannedEvent? LastOnDates(List<PlannedEvent> events, string type, EventDate date)
    {
        for (int k = events.Count - 1; k >= 0; k--)
        {
            var p = events[k];
            if (p.EventType == type && p.Date.Start == date.Start && p.Date.End == date.End)
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>The first event of sub-type <paramref name="sub"/> on the dates of <paramref name="date"/>, or null.</summary>
    private static PlannedEvent? FirstOnDates(List<PlannedEvent> events, string sub, EventDate date)
    {
        foreach (var r in events)
        {
            if (r.SubEventType == sub && r.Date.Start == date.Start && r.Date.End == date.End)
            {
                return r;
            }
        }

        return null;
    }

    private static bool InAside(DocumentIndex index, Sentence sentence, TextSpan clause, TriggerMatch m) =>
        DateChooser.InParentheses(index.Folded, sentence.Span, new TextSpan(clause.Start + m.Index, clause.Start + m.Index + m.Length));

    private static EventDate NearestDate(List<EventDate> dates, int at) =>
        dates.MinBy(d => d.Sources.Count == 0 ? int.MaxValue : d.Sources.Min(s => Math.Abs(s.Span.Start - at)))!;

    /// <summary>A whole year or more than a year: a toll over it is a statistic.</summary>
    private static bool IsPeriod(EventDate d)
    {
        var iv = IsoInterval.Of(d.Start, d.End);
        return IsoInterval.IsYearOrCoarser(d.Start, d.End) || (iv is not null && iv.Value.Days > 366);
    }

    /// <summary>Whether a sentence of <paramref name="sentences"/> holds a time with its own date (a loop: the nested lambdas boxed a range per sentence).</summary>
    private static bool HasOwnDate(DocumentIndex index, List<Sentence> sentences)
    {
        foreach (var s in sentences)
        {
            foreach (var t in index.TimesIn(s.Span))
            {
                if (t.RangeStart is not null && !t.NeedsDocumentDate)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a time inside <paramref name="span"/> passes the first test of
    /// <see cref="DateChooser.UsableTimes"/> (a range, not a duration or a set): without one, no
    /// clause of the span has a date of its own (a clause's times are the span's times inside it).
    /// </summary>
    private static bool HasDatableTime(DocumentIndex index, TextSpan span)
    {
        foreach (var t in index.TimesIn(span))
        {
            if (t.RangeStart is not null && t.Type is not (TimexType.Duration or TimexType.Set))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a sentence that makes no event of its own could give deaths to the event before it
    /// (the leftover deaths of <see cref="PlanSentence"/>): that takes a death cue, a number to
    /// count and a violent event of the sentence before without a toll.
    /// </summary>
    private static bool MayPassDeathsBack(DocumentIndex index, Sentence sentence, ReadOnlySpan<char> sentenceText, IExtractionLexicon lexicon, List<PlannedEvent> previousSentenceEvents) =>
        AnyViolentWithoutToll(previousSentenceEvents) && !index.NumbersIn(sentence.Span).IsEmpty && lexicon.DeathCue.Hot().MayMatch(sentenceText);

    /// <summary>Whether a leftover toll could go to one of <paramref name="events"/>: a violent one without fatalities.</summary>
    private static bool AnyViolentWithoutToll(List<PlannedEvent> events)
    {
        foreach (var e in events)
        {
            if (e.IsViolent && e.Fatalities is null)
            {
                return true;
            }
        }

        return false;
    }

    private static bool SentenceHasDate(List<EventDate>[] ownDates)
    {
        foreach (var d in ownDates)
        {
            if (d.Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The triggers of a clause. <paramref name="mayMatch"/>, <paramref name="searchFrom"/> and
    /// <paramref name="startsBefore"/> are <see cref="TriggerPrefilter.Mark(ReadOnlySpan{char}, Span{bool}, Span{int}, Span{int})"/>
    /// of the sentence, whose text holds the clause's at <paramref name="offset"/>: every literal
    /// occurrence in the clause is one in the sentence, so a rule unmarked there cannot match, and
    /// in the clause no match begins before searchFrom − offset or at or after startsBefore − offset.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    private static List<(TriggerRule Rule, TriggerMatch Match, bool PointsBack)> FindTriggers(
        DocumentIndex index,
        TextSpan clause,
        IExtractionLexicon lexicon,
        ReadOnlySpan<bool> mayMatch,
        ReadOnlySpan<int> searchFrom,
        ReadOnlySpan<int> startsBefore,
        int offset)
    {
        List<(TriggerRule Rule, TriggerMatch Match, bool PointsBack)>? found = null;

        // The clause's folded text read in place (the same characters as its copy, so the same matches).
        var folded = index.Folded.AsSpan(clause.Start, clause.Length);

        // Read only once a rule matches: most clauses have no trigger at all. The first
        // characterisation's start: -2 not read yet, -1 none.
        int characterisedAt = -2;
        GatedRegex? referencePrefix = null, reportedPrefix = null, anaphoricPrefix = null;
        var rules = lexicon.Triggers;
        for (int r = 0; r < rules.Count; r++)
        {
            if (!mayMatch[r])
            {
                continue; // none of the literals every match of this rule holds is in the sentence
            }

            // A match begins at or after `from` and before `until`, and no later than the clause's end.
            int from = Math.Max(0, searchFrom[r] - offset);
            int until = startsBefore[r] == int.MaxValue ? int.MaxValue : startsBefore[r] - offset;
            if (from >= Math.Min(until, folded.Length + 1))
            {
                continue;
            }

            var rule = rules[r];
            var engine = rule.Gated.Engine;
            bool rightToLeft = engine.RightToLeft;

            // The scan begins where a match can first begin and stops where none can begin any more
            // (TriggerPrefilter.Mark): the matches are those of a scan of the whole clause. The whole
            // clause stays the input, so lookbehinds and \b still see what lies before. Matches are
            // read as (index, length): no Match object per trigger.
            foreach (var v in rightToLeft ? engine.EnumerateMatches(folded) : engine.EnumerateMatches(folded, from))
            {
                var m = new TriggerMatch(v.Index, v.Length);

                // A span of the 40 characters before: the prefix regexes see exactly what a substring would show them.
                // The checks run in order, each clause-wide reading made when a check first needs it.
                var before = folded.Slice(Math.Max(0, m.Index - 40), Math.Min(40, m.Index));
                referencePrefix ??= lexicon.ReferencePrefix.Hot();
                reportedPrefix ??= lexicon.ReportedPrefix.Hot();
                bool kept;
                if (referencePrefix.IsMatch(before) || reportedPrefix.IsMatch(before))
                {
                    kept = false;
                }
                else if (rule.Strength != TriggerStrength.Death
                         && IsOnlyACause(lexicon.CauseOfOutcome.Hot(), folded, m))
                {
                    kept = false;
                }
                else
                {
                    if (characterisedAt == -2)
                    {
                        characterisedAt = FirstMatchAt(lexicon.Characterisation.Hot(), folded);
                    }

                    kept = !((characterisedAt >= 0 && m.Index >= characterisedAt)
                             || InsideOrganisationName(index, lexicon, clause.Start + m.Index, clause.Start + m.Index + m.Length));
                }

                if (kept)
                {
                    anaphoricPrefix ??= lexicon.AnaphoricPrefix.Hot();
                    (found ??= []).Add((rule, m, anaphoricPrefix.IsMatch(before)));
                }

                if (!rightToLeft && m.Index + Math.Max(m.Length, 1) >= until)
                {
                    break;
                }
            }
        }

        if (found is null)
        {
            return [];
        }

        SortByPosition(found);
        return found;
    }

    /// <summary>Orders triggers by where they start; stable, so triggers at one position keep their rules' order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    private static void SortByPosition(List<(TriggerRule Rule, TriggerMatch Match, bool PointsBack)> found)
    {
        for (int i = 1; i < found.Count; i++)
        {
            var item = found[i];
            int j = i - 1;
            while (j >= 0 && found[j].Match.Index > item.Match.Index)
            {
                found[j + 1] = found[j];
                j--;
            }

            found[j + 1] = item;
        }
    }

    /// <summary>Whether a trigger lies inside a clash noun told only as the cause of an outcome ("displaced by the fighting").</summary>
    private static bool IsOnlyACause(GatedRegex cause, ReadOnlySpan<char> folded, TriggerMatch trigger)
    {
        bool rightToLeft = cause.Source.RightToLeft;
        foreach (var c in cause.EnumerateMatches(folded))
        {
            if (c.Index <= trigger.Index && trigger.Index + trigger.Length <= c.Index + c.Length)
            {
                return true;
            }

            // Left-to-right matches come in order of start: none after this one can hold the trigger,
            // and the scan need not find them.
            if (!rightToLeft && c.Index > trigger.Index)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a trigger is a word of a capitalised name (the run of capitalised words around it,
    /// joined by short lower-case words) that the language's organisation heads make a name of an
    /// organisation ("the Union of Relatives of the Artsakh War Missing in Action Soldiers").
    /// </summary>
    private static bool InsideOrganisationName(DocumentIndex index, IExtractionLexicon lexicon, int start, int end)
    {
        var text = index.Text;
        if (start >= text.Length || !char.IsUpper(text[start]))
        {
            return false;
        }

        int left = start, right = end;
        while (true)
        {
            int wordEnd = left - 1;
            while (wordEnd >= 0 && text[wordEnd] == ' ')
            {
                wordEnd--;
            }

            int wordStart = wordEnd;
            while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '-'))
            {
                wordStart--;
            }

            if (wordEnd < 0 || left - wordEnd > 2 || !char.IsLetter(text[wordEnd]) || !(char.IsUpper(text[wordStart]) || wordEnd - wordStart < 3))
            {
                break;
            }

            left = wordStart;
        }

        while (true)
        {
            int wordStart = right;
            while (wordStart < text.Length && text[wordStart] == ' ')
            {
                wordStart++;
            }

            int wordEnd = wordStart;
            while (wordEnd < text.Length && (char.IsLetter(text[wordEnd]) || text[wordEnd] == '-'))
            {
                wordEnd++;
            }

            if (wordStart - right > 1 || wordEnd == wordStart || !(char.IsUpper(text[wordStart]) || wordEnd - wordStart < 4))
            {
                break;
            }

            right = wordEnd;
        }

        return lexicon.OrganisationHead.Hot().IsMatch(index.Folded.AsSpan(left, right - left));
    }

    /// <summary>
    /// Which triggers of a clause make events: specific ones (one per sub-type; a named kind of
    /// violence outranks plain fighting), else a weak one when the clause is dated, else a death.
    /// </summary>
    private static List<(TriggerRule Rule, TriggerMatch Match, string Type, string Sub)> ChooseTriggers(
        List<(TriggerRule Rule, TriggerMatch Match, bool PointsBack)> triggers, ReadOnlySpan<char> folded, IExtractionLexicon lexicon, bool clauseDated, bool sentenceDated, bool reportsDeaths)
    {
        // No trigger, no event (most clauses); the choice (with its closures) is a method of its own,
        // so a clause without triggers allocates none of them.
        return triggers.Count == 0 ? [] : ChooseAmong(triggers, folded, lexicon, clauseDated, sentenceDated, reportsDeaths);
    }

    private static List<(TriggerRule Rule, TriggerMatch Match, string Type, string Sub)> ChooseAmong(
        List<(TriggerRule Rule, TriggerMatch Match, bool PointsBack)> triggers, ReadOnlySpan<char> folded, IExtractionLexicon lexicon, bool clauseDated, bool sentenceDated, bool reportsDeaths)
    {
        var specific = WithoutOverlaps(triggers, TriggerStrength.Specific);

        // Loops rather than LINQ and lambdas (the same tests in the same order): the lambdas captured
        // the clause's text and lexicon, a closure and delegates on every clause with a trigger.

        // A weapon used in a clash named beside it is the clash's instrument ("kaujas … ar artilērijas pielietošanu").
        // The uses are read only when a clash is among the triggers.
        var inUse = lexicon.WeaponInUse.Hot();
        bool clashOutsideUse = false;
        foreach (var t in specific)
        {
            if (t.Rule.SubEventType == "Armed clash" && !Inside(inUse, folded, t.Match))
            {
                clashOutsideUse = true;
                break;
            }
        }

        if (clashOutsideUse)
        {
            for (int k = specific.Count - 1; k >= 0; k--)
            {
                if (specific[k].Rule.EventType == "Explosions/Remote violence" && Inside(inUse, folded, specific[k].Match))
                {
                    specific.RemoveAt(k);
                }
            }
        }

        bool namedViolence = false;
        foreach (var t in specific)
        {
            if (t.Rule.EventType == "Explosions/Remote violence" || t.Rule.SubEventType == "Disrupted weapons use"
                || (t.Rule.EventType == "Battles" && t.Rule.SubEventType != "Armed clash"))
            {
                namedViolence = true;
                break;
            }
        }

        if (namedViolence)
        {
            for (int k = specific.Count - 1; k >= 0; k--)
            {
                if (specific[k].Rule.SubEventType == "Armed clash")
                {
                    specific.RemoveAt(k);
                }
            }
        }

        // Deaths outrank a non-violent side remark in the same clause ("killed one and arrested two").
        (TriggerRule Rule, TriggerMatch Match, bool PointsBack) death = default;
        foreach (var t in triggers)
        {
            if (t.Rule.Strength == TriggerStrength.Death)
            {
                death = t;
                break;
            }
        }

        if (reportsDeaths && death.Rule is not null && !AnyViolent(specific))
        {
            specific.Clear();
        }

        // Each coordinated predicate naming another kind of occurrence is an event of its own
        // ("declared its independence … and removed the powers …, the majority voted to secede");
        // the same kind twice is one.
        if (specific.Count > 0)
        {
            var kept = new List<(TriggerRule Rule, TriggerMatch Match, string Type, string Sub)>(specific.Count)
            {
                (specific[0].Rule, specific[0].Match, specific[0].Rule.EventType, specific[0].Rule.SubEventType),
            };
            for (int j = 1; j < specific.Count; j++)
            {
                var t = specific[j];
                var last = kept[^1];
                int from = last.Match.Index + last.Match.Length;
                if (NoneOfTheSameOccurrence(kept, t.Rule) && t.Match.Index > from
                    && lexicon.PredicateJoiner.Hot().IsMatch(folded.Slice(from, t.Match.Index - from)))
                {
                    kept.Add((t.Rule, t.Match, t.Rule.EventType, t.Rule.SubEventType));
                }
            }

            return kept;
        }

        // "The war" points back to a war already told, unless the clause tells it starting or ending ("the conflict began in February 1988").
        (TriggerRule Rule, TriggerMatch Match, bool PointsBack) weak = default;
        foreach (var t in triggers)
        {
            if (t.Rule.Strength == TriggerStrength.Weak
                && (!t.PointsBack || lexicon.OnsetAfter.Hot().IsMatch(folded, t.Match.Index + t.Match.Length)))
            {
                weak = t;
                break;
            }
        }

        if (weak.Rule is not null && clauseDated)
        {
            return [(weak.Rule, weak.Match, weak.Rule.EventType, weak.Rule.SubEventType)];
        }

        if (death.Rule is not null && (clauseDated || sentenceDated || reportsDeaths))
        {
            return [(death.Rule, death.Match, death.Rule.EventType, death.Rule.SubEventType)];
        }

        return [];
    }

    /// <summary>Where the first match of <paramref name="regex"/> in <paramref name="text"/> begins; -1 when none.</summary>
    private static int FirstMatchAt(GatedRegex regex, ReadOnlySpan<char> text)
    {
        foreach (var m in regex.EnumerateMatches(text))
        {
            return m.Index;
        }

        return -1;
    }

    /// <summary>Whether a trigger lies inside one of the weapon uses <paramref name="inUse"/> matches in <paramref name="folded"/>.</summary>
    private static bool Inside(GatedRegex inUse, ReadOnlySpan<char> folded, TriggerMatch m)
    {
        foreach (var u in inUse.EnumerateMatches(folded))
        {
            if (u.Index <= m.Index && m.Index + m.Length <= u.Index + u.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyViolent(List<(TriggerRule Rule, TriggerMatch Match, bool PointsBack)> triggers)
    {
        foreach (var t in triggers)
        {
            if (IsViolent(t.Rule))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether no kept predicate is of <paramref name="rule"/>'s kind or one occurrence with it (<see cref="EndsTheOther"/>).</summary>
    private static bool NoneOfTheSameOccurrence(List<(TriggerRule Rule, TriggerMatch Match, string Type, string Sub)> kept, TriggerRule rule)
    {
        foreach (var k in kept)
        {
            if (k.Rule.SubEventType == rule.SubEventType || EndsTheOther(k.Rule, rule))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// An agreement and the fighting it ends or breaks are one occurrence told from two sides
    /// ("signed a ceasefire … to end hostilities", "clashes … breaking the ceasefire").
    /// </summary>
    private static bool EndsTheOther(TriggerRule a, TriggerRule b) =>
        (a.SubEventType == "Agreement" && b.EventType == "Battles") || (b.SubEventType == "Agreement" && a.EventType == "Battles");

    /// <summary>Of triggers whose words overlap ("inter-ethnic clashes" and "clashes"), the longest.</summary>
    private static List<(TriggerRule Rule, TriggerMatch Match, bool PointsBack)> WithoutOverlaps(List<(TriggerRule Rule, TriggerMatch Match, bool PointsBack)> triggers, TriggerStrength strength)
    {
        // Longest first (stable: of equal lengths, the earlier in the list), as OrderByDescending would give them.
        var kept = new List<(TriggerRule Rule, TriggerMatch Match, bool PointsBack)>();
        foreach (var t in triggers)
        {
            if (t.Rule.Strength != strength)
            {
                continue;
            }

            int at = kept.Count;
            while (at > 0 && kept[at - 1].Match.Length < t.Match.Length)
            {
                at--;
            }

            kept.Insert(at, t);
        }

        // Then, in that order, each one that overlaps none kept before it; compacted in place (one list).
        int count = 0;
        for (int j = 0; j < kept.Count; j++)
        {
            var t = kept[j];
            bool overlaps = false;
            for (int k = 0; k < count; k++)
            {
                if (kept[k].Match.Index < t.Match.Index + t.Match.Length && t.Match.Index < kept[k].Match.Index + kept[k].Match.Length)
                {
                    overlaps = true;
                    break;
                }
            }

            if (!overlaps)
            {
                kept[count++] = t;
            }
        }

        kept.RemoveRange(count, kept.Count - count);
        SortByPosition(kept);
        return kept;
    }

    private static bool IsViolent(TriggerRule rule) =>
        rule.EventType is not ("Strategic developments" or "Protests") || rule.SubEventType == "Disrupted weapons use";

    private static List<EventDate> DatesFor(
        int clauseIndex,
        List<EventDate>[] ownDates,
        EventDate? context,
        bool documentHasDates,
        List<(TriggerRule Rule, TriggerMatch Match, string Type, string Sub)> chosen,
        DocumentIndex index,
        TextSpan clause)
    {
        if (ownDates[clauseIndex].Count > 0)
        {
            return ownDates[clauseIndex];
        }

        for (int j = clauseIndex - 1; j >= 0; j--)
        {
            if (ownDates[j].Count > 0)
            {
                return [ownDates[j][^1] with { Rule = "date.same-sentence" }];
            }
        }

        for (int j = clauseIndex + 1; j < ownDates.Length; j++)
        {
            if (ownDates[j].Count > 0)
            {
                return [ownDates[j][0] with { Rule = "date.same-sentence" }];
            }
        }

        bool specific = chosen.Any(c => c.Rule.Strength == TriggerStrength.Specific);
        if (!specific)
        {
            return [];
        }

        var dct = index.TimesIn(clause).FirstOrDefault(t => t.NeedsDocumentDate);
        if (dct is not null)
        {
            return [new EventDate(dct.RangeStart, dct.RangeEnd ?? dct.RangeStart, [dct], "date.needs-document-date", NeedsDct: true)];
        }

        if (context is not null)
        {
            return [context];
        }

        return documentHasDates ? [] : [new EventDate(null, null, [], "date.document-undated", NeedsDct: true)];
    }
}
