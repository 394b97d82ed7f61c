using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Concord.Extraction.Events;
using Concord.Extraction.Figures;
using Concord.Extraction.Lexicons;
using Concord.Model;
using Concord.Pipeline;

namespace Concord.Extraction;

/// <summary>
/// Figure mentions (shared/eval/GUIDELINES.md): numbers about a period or a group — tolls,
/// strengths, displaced, spending, shares — from prose, infobox lines and flattened table rows.
/// Numbers the event pass used as an event's fatalities are not figures.
/// </summary>
public sealed partial class FigureExtractor : IMentionExtractor
{
    public IReadOnlyList<Mention> Extract(AnalyzedDocument document, Recognitions recognitions)
    {
        var plan = EventPlanner.Plan(document, recognitions);
        var index = plan.Index;
        var found = new List<(FigureDraft Draft, Sentence Sentence)>();
        var tableLines = new List<TextSpan>();
        var sentences = ExtractableSentences(document.Sentences);
        var labels = new LabelLines(index, sentences);

        // Each paragraph is read as a table row once: the rows, and the header search above each row,
        // use it. Most documents have no row: the array is made at the first.
        var paragraphs = document.Paragraphs;
        (string Year, List<TableCell> Cells)?[]? rows = null;
        for (int j = 0; j < paragraphs.Count; j++)
        {
            var span = paragraphs[j].Span;
            if (TableRowReader.MayBeRow(index.Text.AsSpan(span.Start, span.Length)) && TableRowReader.TryRead(index.Slice(span), out var rowYear, out var rowCells))
            {
                rows ??= new (string Year, List<TableCell> Cells)?[paragraphs.Count];
                rows[j] = (rowYear, rowCells);
            }
        }

        for (int j = 0; rows is not null && j < paragraphs.Count; j++)
        {
            if (rows[j] is not var (year, cells))
            {
                continue;
            }

            var paragraph = paragraphs[j];
            int at = FirstOverlapping(sentences, paragraph.Span);
            if (at < 0)
            {
                continue;
            }

            var sentence = sentences[at];
            tableLines.Add(paragraph.Span);
            var lexicon = index.Lexicon(sentence);
            var header = HeaderAbove(paragraphs, rows, index, paragraph);
            string measure = labels.Above(at, lexicon) ?? "other";
            foreach (var cell in cells)
            {
                var column = cell.Column + 1 < header.Count ? header[cell.Column + 1] : null;
                var group = column is null ? cell.Noun : $"{column}: {cell.Noun}";
                var span = new TextSpan(paragraph.Span.Start + cell.Start, paragraph.Span.Start + cell.End);
                found.Add((new FigureDraft(paragraph.Span, measure, cell.Low, cell.High, year, year, group,
                    [new Evidence("number", "figure.table-row", span, index.Slice(span)), new Evidence("date", "figure.table-row-year", new TextSpan(paragraph.Span.Start, paragraph.Span.Start + 4), year)]), sentence));
            }
        }

        // Casualties told in the clause of an event are that event's, not a figure of their own.
        var eventClauses = new List<TextSpan>();
        foreach (var e in plan.Events)
        {
            if (e.Fatalities is not null || (e.IsViolent && !e.TollIsStatistic))
            {
                eventClauses.Add(e.Clause);
            }
        }
        // The last usable time of the sentences read so far: the context date of a sentence without its own.
        TimeExpression? contextTime = null;
        for (int at = 0; at < sentences.Count; at++)
        {
            var sentence = sentences[at];
            // A sentence without a time or a number changes nothing: no usable time (they are its
            // times, filtered), so no context, and no number, so no figure. Most sentences.
            bool hasTimes = !index.TimesIn(sentence.Span).IsEmpty;
            if ((!hasTimes && index.NumbersIn(sentence.Span).IsEmpty) || InAny(tableLines, sentence.Span.Start))
            {
                continue;
            }

            var lexicon = index.Lexicon(sentence);
            var times = DateChooser.UsableTimes(index, sentence.Span, lexicon);
            var previousTime = contextTime;
            if (times.Count > 0)
            {
                contextTime = times[^1];
            }

            // A clause lies inside its sentence: without a number in the sentence that may be a
            // figure, no clause has one to read (the filters ask the number only, not its clause).
            if (!AnyMayBeAFigure(index, plan, sentence.Span))
            {
                continue;
            }

            // The sentence's period (its dates, else the context before it), chosen at its first figure.
            EventDate? period = null;
            bool periodChosen = false;

            // Asked at most once per sentence, and only for a number no other rule measured.
            bool? infoboxValueLine = null;
            foreach (var clause in ClauseSplitter.Split(index, sentence))
            {
                // The clause's outcome cues, found at its first number that needs them.
                ClauseCues? cues = null;
                foreach (var n in index.NumbersIn(clause))
                {
                    if (!MayBeAFigure(index, plan, n))
                    {
                        continue;
                    }

                    var (measure, rule) = MeasureOf(index, n, clause, lexicon, labels, at, sentence, ref cues, ref infoboxValueLine);
                    if (measure is null || (measure is "killed" or "wounded" or "missing" && AnyOverlaps(eventClauses, n.Span)))
                    {
                        continue;
                    }

                    if (!periodChosen)
                    {
                        period = PeriodOf(index, sentence, lexicon, times, previousTime);
                        periodChosen = true;
                    }

                    var evidence = new List<Evidence> { new("number", rule, n.Span, n.Text) };
                    if (period is not null)
                    {
                        foreach (var t in period.Sources)
                        {
                            evidence.Add(new Evidence("date", period.Rule, t.Span, t.Text));
                        }
                    }

                    var (low, high) = DocumentIndex.Bounds(n);
                    found.Add((new FigureDraft(clause, measure, low, high, period?.Start, period?.End, n.Counted ?? WordsAfter(index, n.Span, clause), evidence), sentence));
                }
            }
        }

        var mentions = new List<(Mention, Sentence)>(found.Count);
        int k = 0;
        foreach (int i in InTextOrder(found))
        {
            var (d, sentence) = found[i];
            mentions.Add((new Mention
            {
                Id = $"{index.Prefix}-f{++k:000}",
                Doc = index.DocName,
                Kind = MentionKind.Figure,
                Span = d.Span,
                Quote = index.Slice(d.Span),
                Language = sentence.Language,
                SentenceIndex = sentence.Index,
                Measure = d.Measure,
                ValueLow = d.Low,
                ValueHigh = d.High,
                PeriodStart = d.PeriodStart,
                PeriodEnd = d.PeriodEnd,
                Group = d.Group,
                Explanation = d.Evidence,
            }, sentence));
        }

        return RepeatMarker.Mark(document.Text, mentions);
    }

    /// <summary>The sentences figures are read from: extractable sections other than headings, in document order.</summary>
    private static List<Sentence> ExtractableSentences(IReadOnlyList<Sentence> all)
    {
        var sentences = new List<Sentence>(all.Count);
        for (int i = 0; i < all.Count; i++)
        {
            var s = all[i];
            if (s.Section.IsExtractable() && s.Section != SectionKind.Heading)
            {
                sentences.Add(s);
            }
        }

        return sentences;
    }

    /// <summary>Whether the number is no event's, above zero, in no time and no citation or year: what a figure's number must be.</summary>
    private static bool MayBeAFigure(DocumentIndex index, DocumentPlan plan, NumberExpression n) =>
        !(plan.NumbersUsedByEvents.Contains(n.Span.Start) || n.Low <= 0 || FatalityReader.OverlapsTime(index, n.Span) || FatalityReader.IsCitationOrYear(index, n));

    private static bool AnyMayBeAFigure(DocumentIndex index, DocumentPlan plan, TextSpan sentence)
    {
        foreach (var n in index.NumbersIn(sentence))
        {
            if (MayBeAFigure(index, plan, n))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The sentence's period: its dates (their span when several), else the context date before it.</summary>
    private static EventDate? PeriodOf(DocumentIndex index, Sentence sentence, IExtractionLexicon lexicon, List<TimeExpression> times, TimeExpression? previousTime)
    {
        var all = DateChooser.ChooseUsable(index, sentence.Span, lexicon);
        var period = all.FirstOrDefault();
        if (period is not null && all.Count > 1)
        {
            period = new EventDate(all[0].Start, all[^1].End, times, "date.span-of-times");
        }

        return period ?? (previousTime is null ? null : DateChooser.FromOne(previousTime, "date.context"));
    }

    /// <summary>
    /// The drafts' positions by clause start, then by their number's start, ties kept in the order
    /// found (as a stable sort orders them).
    /// </summary>
    private static int[] InTextOrder(List<(FigureDraft Draft, Sentence Sentence)> found)
    {
        var order = new int[found.Count];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            var x = found[a].Draft;
            var y = found[b].Draft;
            int c = x.Span.Start.CompareTo(y.Span.Start);
            if (c == 0)
            {
                c = x.Evidence[0].Span.Start.CompareTo(y.Evidence[0].Span.Start);
            }

            return c != 0 ? c : a.CompareTo(b);
        });
        return order;
    }

    /// <summary>What a prose number measures, or null when it is not a figure.</summary>
    private static (string? Measure, string Rule) MeasureOf(DocumentIndex index, NumberExpression n, TextSpan clause, IExtractionLexicon lexicon, LabelLines labels, int at, Sentence sentence, ref ClauseCues? cues, ref bool? infoboxValueLine)
    {
        // The 20 characters after and 3 before the number, read in place (each pattern sees what a substring would show it).
        var text = index.Folded;
        int afterEnd = Math.Min(clause.End, n.Span.End + 20);
        var after = text.AsSpan(n.Span.End, afterEnd - n.Span.End);
        int beforeStart = Math.Max(clause.Start, n.Span.Start - 3);
        var before = text.AsSpan(beforeStart, n.Span.Start - beforeStart);
        var other = Cue(lexicon, "other");
        // Both unit patterns are anchored after white space: the first other character must begin one of their words.
        char lead = FirstAfterSpace(after);
        if (IsCurrency(n.Unit) || before.Contains('$') || UnitPatterns.IsCurrency(lead, after))
        {
            return ("spending", "figure.currency");
        }

        if (n.Unit is "%" or "percent" || UnitPatterns.IsPercentOrArea(lead, after) || StartsWithin(other.Gated, after, 3))
        {
            return ("other", "figure.share-or-area");
        }

        if (lexicon.NotACountAfter.Hot().IsMatch(after) || n.Low >= 1e7)
        {
            return (null, string.Empty);
        }

        cues ??= OutcomeCuesOf(index, clause, lexicon);
        var outcomeCues = cues.Cues;
        int s = n.Span.Start - clause.Start, e = n.Span.End - clause.Start;
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var (measure, cueAt, length) in outcomeCues)
        {
            // A cue inside the number's own span ("28,000–38,000 killed") is the closest there is.
            int d = cueAt >= e ? cueAt - e : cueAt + length <= s ? s - (cueAt + length) + 2 : 0;
            if (d >= 0 && d < bestDistance)
            {
                bestDistance = d;
                best = measure;
            }
        }

        // Fewer than ten displaced or under arms is a phrase ("two wars", "seven regions"), not a figure.
        if (best is not null && bestDistance <= 120 && !(best == "displaced" && n.Low < 10))
        {
            return (best, "figure.outcome-word");
        }

        if (n.Low >= 10 && FirstMatchAt(Cue(lexicon, "strength").Gated, index.Folded.AsSpan(clause.Start, clause.Length), e) is int strengthAt and >= 0 && strengthAt - e <= 60)
        {
            return ("strength", "figure.strength-word");
        }

        // An infobox value line ("1993–1994: 30,000–40,000") takes the measure of the label above it.
        infoboxValueLine ??= InfoboxValueLine().IsMatch(index.Text.AsSpan(sentence.Span.Start, sentence.Span.Length));
        if (infoboxValueLine.Value)
        {
            var label = labels.Above(at, lexicon);
            if (label is not null)
            {
                return (label, "figure.infobox-label");
            }
        }

        return (null, string.Empty);
    }

    /// <summary>A clause's outcome cues: where each was found in the clause, in the lexicon's order.</summary>
    private sealed record ClauseCues(List<(string Measure, int At, int Length)> Cues);

    /// <summary>
    /// Where the pattern's first match from <paramref name="startat"/> on begins in
    /// <paramref name="text"/> (as <c>Match(text, startat).Index</c> on the same characters), or -1.
    /// </summary>
    private static int FirstMatchAt(GatedRegex cue, ReadOnlySpan<char> text, int startat)
    {
        if (!cue.MayMatch(text[startat..]))
        {
            return -1;
        }

        foreach (var m in cue.Engine.EnumerateMatches(text, startat))
        {
            return m.Index;
        }

        return -1;
    }

    /// <summary>
    /// A clause's folded text and its outcome cues (measures other than spending, shares and
    /// strength) in the lexicon's order; the caller keeps them for the clause's other numbers.
    /// </summary>
    private static ClauseCues OutcomeCuesOf(DocumentIndex index, TextSpan clause, IExtractionLexicon lexicon)
    {
        var folded = index.Folded.AsSpan(clause.Start, clause.Length);
        var cues = new List<(string Measure, int At, int Length)>();
        var all = lexicon.MeasureCues;
        for (int i = 0; i < all.Count; i++)
        {
            var cue = all[i];
            if (cue.Measure is "spending" or "other" or "strength")
            {
                continue;
            }

            // Asked through the gate first: most clauses hold none of the cue's words, and a gated
            // enumeration that cannot match still runs an (empty) interpreted match to say so.
            if (!cue.Gated.MayMatch(folded))
            {
                continue;
            }

            foreach (var m in cue.Gated.Engine.EnumerateMatches(folded))
            {
                cues.Add((cue.Measure, m.Index, m.Length));
            }
        }

        return new ClauseCues(cues);
    }

    /// <summary>
    /// The measures the sentences name as label lines (an infobox "Strength" / "Casualties"), each
    /// line read once per lexicon however many rows and values below ask for it.
    /// </summary>
    private sealed class LabelLines(DocumentIndex index, List<Sentence> sentences)
    {
        private IExtractionLexicon?[]? readWith;
        private string?[]? measures;

        /// <summary>The measure named by the nearest of the 8 lines above sentences[<paramref name="at"/>] that names one.</summary>
        public string? Above(int at, IExtractionLexicon lexicon)
        {
            for (int i = at - 1; i >= 0 && i >= at - 8; i--)
            {
                if (Of(i, lexicon) is { } measure)
                {
                    return measure;
                }
            }

            return null;
        }

        /// <summary>The first of the lexicon's measure cues that sentences[<paramref name="i"/>] matches.</summary>
        private string? Of(int i, IExtractionLexicon lexicon)
        {
            readWith ??= new IExtractionLexicon?[sentences.Count];
            measures ??= new string?[sentences.Count];
            if (ReferenceEquals(readWith[i], lexicon))
            {
                return measures[i];
            }

            string? found = null;
            var span = sentences[i].Span;
            var line = index.Folded.AsSpan(span.Start, span.Length);
            var cues = lexicon.MeasureCues;
            for (int k = 0; k < cues.Count; k++)
            {
                if (cues[k].Gated.IsMatch(line))
                {
                    found = cues[k].Measure;
                    break;
                }
            }

            readWith[i] = lexicon;
            measures[i] = found;
            return found;
        }
    }

    /// <summary>The columns of the first of the 15 paragraphs ending before the row (nearest first) that is not a row itself.</summary>
    private static List<string> HeaderAbove(IReadOnlyList<Paragraph> paragraphs, (string Year, List<TableCell> Cells)?[] rows, DocumentIndex index, Paragraph row)
    {
        int taken = 0;
        for (int j = paragraphs.Count - 1; j >= 0 && taken < 15; j--)
        {
            var p = paragraphs[j];
            if (p.Span.End > row.Span.Start)
            {
                continue;
            }

            taken++;
            if (rows[j] is null)
            {
                return TableRowReader.HeaderColumns(index.Slice(p.Span));
            }
        }

        return [];
    }

    private static int FirstOverlapping(List<Sentence> sentences, TextSpan span)
    {
        for (int i = 0; i < sentences.Count; i++)
        {
            if (sentences[i].Span.Overlaps(span))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool AnyOverlaps(List<TextSpan> spans, TextSpan span)
    {
        foreach (var t in spans)
        {
            if (t.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InAny(List<TextSpan> spans, int offset)
    {
        foreach (var t in spans)
        {
            if (t.Contains(offset))
            {
                return true;
            }
        }

        return false;
    }

    private static string? WordsAfter(DocumentIndex index, TextSpan number, TextSpan clause)
    {
        // The span is the whole input (as Match(text, beginning, length) treats its range): \G is its start.
        var after = index.Text.AsSpan(number.End, Math.Max(0, clause.End - number.End));
        foreach (var m in FollowingWords().EnumerateMatches(after))
        {
            return after.Slice(m.Index, m.Length).Trim().ToString();
        }

        return null;
    }

    /// <summary>The lexicon's first cue of a measure (every lexicon has each; as Enumerable.First, none is an error).</summary>
    private static MeasureCue Cue(IExtractionLexicon lexicon, string measure)
    {
        var cues = lexicon.MeasureCues;
        for (int i = 0; i < cues.Count; i++)
        {
            if (cues[i].Measure == measure)
            {
                return cues[i];
            }
        }

        throw new InvalidOperationException($"The {lexicon.Language} lexicon has no '{measure}' cue.");
    }

    /// <summary>Whether the pattern's first match in <paramref name="text"/> begins before <paramref name="limit"/>.</summary>
    private static bool StartsWithin(GatedRegex cue, ReadOnlySpan<char> text, int limit)
    {
        if (!cue.MayMatch(text))
        {
            return false;
        }

        foreach (var m in cue.Engine.EnumerateMatches(text))
        {
            return m.Index < limit;
        }

        return false;
    }

    /// <summary>The first character of <paramref name="text"/> that is not white space (as the patterns' \s), or '\0'.</summary>
    private static char FirstAfterSpace(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                return c;
            }
        }

        return '\0';
    }

    private static bool IsCurrency(string? unit) => unit is "USD" or "EUR" or "$" or "€" or "currency";

    [GeneratedRegex(@"^\s*\d{4}(\s*[–-]\s*\d{4})?\s*:\s*\d")]
    private static partial Regex InfoboxValueLine();

    [GeneratedRegex(@"\G[\s\p{L}-]{1,40}")]
    private static partial Regex FollowingWords();

    private sealed record FigureDraft(TextSpan Span, string Measure, double Low, double? High, string? PeriodStart, string? PeriodEnd, string? Group, List<Evidence> Evidence);
}
