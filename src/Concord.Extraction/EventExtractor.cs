using Concord.Extraction.Events;
using Concord.Gazetteer;
using Concord.Model;
using Concord.Pipeline;

namespace Concord.Extraction;

/// <summary>
/// Event mentions (shared/eval/GUIDELINES.md): dated occurrences typed with ACLED's event and
/// sub-event types, with fatalities, location, actors and the evidence behind each field.
/// </summary>
public sealed class EventExtractor : IMentionExtractor
{
    public IReadOnlyList<Mention> Extract(AnalyzedDocument document, Recognitions recognitions)
    {
        var plan = EventPlanner.Plan(document, recognitions);
        var index = plan.Index;
        var built = new List<(Mention, Sentence)>();

        // An event of the document's conflict involves its principal sides unless the text names
        // two of them (the conflict file says who they are; no conflict, no completion).
        var belligerents = ConflictContext.Belligerents(recognitions.Places);
        int n = 0;
        foreach (var e in plan.Events)
        {
            var (location, placeEvidence) = ParticipantChooser.ChooseLocation(index, e, plan.DocumentPlace);
            var (named, details, actorEvidence) = ParticipantChooser.ChooseActors(index, e.Sentence.Span);
            IReadOnlyList<string> actors = ConflictContext.CompleteSides(index.ActorsIn(e.Sentence.Span), belligerents);

            // "amended by the Senate" under a country's heading: that state acted.
            if (placeEvidence?.Rule == "place.heading-state-organ" && location is not null && !actors.Contains(location.Name))
            {
                actors = [location.Name, .. actors];
                details.Insert(0, location.Name);
                actorEvidence.Add(new Evidence("actor", "actor.heading-state-organ", placeEvidence.Span, location.Name));
            }

            // The sides are distinct (CompleteSides), so a filter is the set difference.
            foreach (var implied in actors)
            {
                if (!named.Contains(implied))
                {
                    actorEvidence.Add(new Evidence("actor", "actor.conflict-side", e.Sentence.Span, implied));
                }
            }
            // Sized for all its parts at once (the copy alone would grow on the first addition).
            var explanation = new List<Evidence>(e.Evidence.Count + 1 + actorEvidence.Count);
            explanation.AddRange(e.Evidence);
            if (placeEvidence is not null)
            {
                explanation.Add(placeEvidence);
            }

            explanation.AddRange(actorEvidence);
            var mention = new Mention
            {
                Id = $"{index.Prefix}-e{++n:000}",
                Doc = index.DocName,
                Kind = MentionKind.Event,
                Span = e.Clause,
                Quote = index.Slice(e.Clause),
                Language = e.Sentence.Language,
                SentenceIndex = e.Sentence.Index,
                EventType = e.EventType,
                SubEventType = e.SubEventType,
                DateStart = e.Date.Start,
                DateEnd = e.Date.End,
                NeedsDct = e.Date.NeedsDct,
                Location = location,
                Actors = actors,
                ActorsDetail = details,
                Fatalities = e.Fatalities,
                Explanation = explanation,
            };
            built.Add((mention, e.Sentence));
        }

        return RepeatMarker.Mark(document.Text, built);
    }
}
