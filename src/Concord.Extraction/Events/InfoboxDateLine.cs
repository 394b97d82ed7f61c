using Concord.Extraction.Lexicons;
using Concord.Model;

namespace Concord.Extraction.Events;

/// <summary>
/// The "Date" line of a conflict's infobox ("Date 20 February 1988 – present") states the
/// conflict itself as one occurrence spanning those dates: a war is an armed clash (GUIDELINES:
/// "a war … as a span"). An infobox is a conflict's when it has the language's conflict labels
/// (belligerents, casualties and losses).
/// </summary>
internal static class InfoboxDateLine
{
    public static PlannedEvent? Read(DocumentIndex index, Sentence sentence, IExtractionLexicon lexicon)
    {
        if (sentence.Section != SectionKind.Infobox)
        {
            return null;
        }

        // Chosen only here, for infobox lines: the choice is memoised per span, and no other sentence needs it yet.
        var dates = DateChooser.ChooseUsable(index, sentence.Span, lexicon);
        if (dates.Count == 0)
        {
            return null;
        }

        // The first label match, read on the folded text in place (a copy of the sentence per dated sentence before).
        int labelIndex = -1, labelLength = 0;
        foreach (var m in lexicon.InfoboxDateLabel.Hot().EnumerateMatches(index.FoldedSpan(sentence.Span)))
        {
            labelIndex = m.Index;
            labelLength = m.Length;
            break;
        }

        if (labelIndex < 0)
        {
            return null;
        }

        var box = InfoboxAt(index, sentence.Span.Start);
        if (box is null || !lexicon.ConflictInfoboxCue.Hot().IsMatch(index.FoldedSpan(box.Span)))
        {
            return null;
        }

        var date = DocumentChronology.WithinDocument(index, dates.Count == 1 ? dates[0] : new EventDate(dates[0].Start, dates[^1].End, [.. dates.SelectMany(d => d.Sources)], dates[0].Rule));
        var labelSpan = new TextSpan(sentence.Span.Start + labelIndex, sentence.Span.Start + labelIndex + labelLength);
        var evidence = new List<Evidence> { new("trigger", lexicon.Language + ".infobox-conflict-date", labelSpan, index.Slice(labelSpan)) };
        evidence.AddRange(date.Sources.Select(t => new Evidence("date", "date.infobox" + (string.IsNullOrEmpty(t.Rule) ? string.Empty : ":" + t.Rule), t.Span, t.Text)));
        var rule = new TriggerRule(lexicon.Language + ".infobox-conflict-date", lexicon.InfoboxDateLabel.ToString(), "Battles", "Armed clash");
        return new PlannedEvent { Sentence = sentence, Clause = sentence.Span, Rule = rule, EventType = rule.EventType, SubEventType = rule.SubEventType, Date = date, Evidence = evidence };
    }

    /// <summary>
    /// The first infobox section holding <paramref name="at"/>, or null. A loop of its own: a lambda
    /// capturing the sentence cost a closure on every call of <see cref="Read"/>, most of which return early.
    /// </summary>
    private static Section? InfoboxAt(DocumentIndex index, int at)
    {
        var sections = index.Document.Sections;
        for (int i = 0; i < sections.Count; i++)
        {
            if (sections[i].Kind == SectionKind.Infobox && sections[i].Span.Contains(at))
            {
                return sections[i];
            }
        }

        return null;
    }
}
