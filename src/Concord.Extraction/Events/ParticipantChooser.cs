using Concord.Gazetteer;
using Concord.Gazetteer.Languages;
using Concord.Model;

namespace Concord.Extraction.Events;

/// <summary>
/// Where and who: the most specific place named in the clause, else in the sentence, else the
/// document's main place; the distinct sides named in the sentence.
/// </summary>
internal static class ParticipantChooser
{
    /// <summary>
    /// The place of an event: the clause's own place (see <see cref="LocationChooser.ChooseForEvent"/>);
    /// else the place an anaphor in the clause points back to ("the city", "tajā pašā rajonā"); else
    /// the place of the section's heading; else the document's main place. Places in the sentence's
    /// other clauses are not taken: they mostly belong to another event the sentence tells
    /// ("clashes broke out shortly after the parliament in Stepanakert voted").
    /// </summary>
    public static (Location? Location, Evidence? Evidence) ChooseLocation(DocumentIndex index, PlannedEvent e, PlaceMatch? documentPlace)
    {
        var trigger = TriggerSpan(e);
        bool stateAct = e.EventType == "Strategic developments";
        string language = e.Sentence.Language;
        var place = LocationChooser.ChooseForEvent(index.Text, language, [.. index.PlacesIn(e.Clause)], trigger, stateAct);
        string rule = "place.in-clause";

        // The clause's folded text, read in place by the checks (a copy per event before).
        var folded = index.FoldedSpan(e.Clause);
        if (place is null && GazetteerLanguages.For(language).PlaceAnaphor(folded) is { } wanted)
        {
            place = Antecedent(index, e, wanted);
            rule = "place.anaphor";
        }

        if (place is null && stateAct && StateOrgan(index, e.Clause) is { } organ)
        {
            place = organ;
            rule = "place.state-organ";
        }

        if (place is null && stateAct && GazetteerLanguages.For(language).NamesStateOrgan(folded)
            && HeadingCountry(index, e.Sentence) is { } country)
        {
            place = country;
            rule = "place.heading-state-organ";
        }

        if (place is null && SameDayBefore(index, e) is { } sameDay)
        {
            place = sameDay;
            rule = "place.same-day-before";
        }

        if (place is null && HeadingPlace(index, e.Sentence) is { } heading)
        {
            place = heading;
            rule = "place.heading";
        }

        if (place is null && documentPlace is not null)
        {
            place = documentPlace;
            rule = "place.document-main";
        }

        // "captured territory outside the enclave": the act is in the country around the region.
        if (place is { Precision: PlacePrecision.Region } && GazetteerLanguages.For(language).SaysOutside(folded)
            && LocationChooser.Surrounding(place) is { } around)
        {
            place = around;
            rule += "+outside";
        }

        return place is null
            ? (null, null)
            : (new Location(place.CanonicalName, place.Latitude, place.Longitude, place.Precision), new Evidence("place", rule, place.Span, place.Text));
    }

    private static TextSpan TriggerSpan(PlannedEvent e)
    {
        foreach (var x in e.Evidence)
        {
            if (x.Role == "trigger")
            {
                return x.Span;
            }
        }

        return e.Clause;
    }

    /// <summary>
    /// The place an anaphor points to: the nearest fitting place elsewhere in the sentence ("after
    /// the pogrom in the last city where they had stayed — Baku"), else the latest one in the three
    /// sentences before. Places inside parentheses are asides and are not pointed to.
    /// </summary>
    private static PlaceMatch? Antecedent(DocumentIndex index, PlannedEvent e, PlacePrecision wanted)
    {
        bool Fits(PlaceMatch p) => (wanted == PlacePrecision.Settlement ? p.Precision == PlacePrecision.Settlement : p.Precision != PlacePrecision.Country)
                                   && !InParentheses(index.Text, e.Sentence.Span.Start, p.Span);
        var inSentence = index.PlacesIn(e.Sentence.Span).Where(p => !e.Clause.Contains(p.Span) && Fits(p))
            .OrderBy(p => Math.Min(Math.Abs(p.Span.Start - e.Clause.End), Math.Abs(e.Clause.Start - p.Span.End))).FirstOrDefault();
        if (inSentence is not null)
        {
            return inSentence;
        }

        var sentences = index.Document.Sentences;
        int first = Math.Max(0, e.Sentence.Index - 3);
        var from = sentences.Count > first ? sentences[first].Span.Start : e.Sentence.Span.Start;
        return index.PlacesIn(new TextSpan(from, e.Sentence.Span.Start)).Where(Fits).LastOrDefault();
    }

    /// <summary>
    /// A state's own organ acting in a clause that names no place ("Congress … in passing the
    /// Section 907", "the Russian Empire annexed"): a state's act happens in that state.
    /// </summary>
    private static PlaceMatch? StateOrgan(DocumentIndex index, TextSpan clause) =>
        index.ActorsIn(clause).Where(a => a.Source == "Country" && a.Detail is { } organ && organ != a.Actor
                                          && (organ != a.Text || organ.StartsWith(a.Actor + " ", StringComparison.Ordinal)))
            .Select(a => LocationChooser.Country(a.Actor, a.Span, a.Text, "place.state-organ")).FirstOrDefault(p => p is not null);

    /// <summary>
    /// An event whose day comes from the sentence before goes on with the episode that sentence told
    /// ("… pie Askeranas viņus mēģināja apturēt … Divi azerbaidžāņi sadursmē gāja bojā"): it takes
    /// the place that sentence names as where (a locative, "in", "near"), the last one if several.
    /// </summary>
    private static PlaceMatch? SameDayBefore(DocumentIndex index, PlannedEvent e)
    {
        if (e.Date.Rule != "date.context" || e.Date.Start is not { Length: 10 } || e.Date.Start != e.Date.End)
        {
            return null;
        }

        var sentences = index.Document.Sentences;
        int at = e.Sentence.Index;
        if (at <= 0 || at >= sentences.Count || sentences[at - 1].Section != e.Sentence.Section)
        {
            return null;
        }

        // Loops, not lambdas: a lambda capturing the event made every call allocate a closure on entry.
        var before = sentences[at - 1];
        bool toldOnThatDay = false;
        foreach (var t in index.TimesIn(before.Span))
        {
            if (t.RangeStart == e.Date.Start)
            {
                toldOnThatDay = true;
                break;
            }
        }

        if (!toldOnThatDay)
        {
            return null;
        }

        var rules = GazetteerLanguages.For(before.Language);
        PlaceMatch? last = null;
        foreach (var p in index.PlacesIn(before.Span))
        {
            if (p.Precision != PlacePrecision.Country && rules.IsLocative(index.Text, p.Span))
            {
                last = p;
            }
        }

        return last;
    }

    /// <summary>Whether an opening parenthesis since <paramref name="from"/> is still open at the span.</summary>
    private static bool InParentheses(string text, int from, TextSpan span)
    {
        int depth = 0;
        for (int i = Math.Max(0, Math.Min(from, span.Start)); i < span.Start; i++)
        {
            depth += text[i] == '(' ? 1 : text[i] == ')' && depth > 0 ? -1 : 0;
        }

        return depth > 0;
    }

    /// <summary>
    /// The one country a section's heading names and nothing else ("United States" under "Foreign
    /// involvement"): the state whose organs a clause names without a country ("amended by the
    /// Senate") in that section. A heading naming several places or none settles nothing.
    /// </summary>
    private static PlaceMatch? HeadingCountry(DocumentIndex index, Sentence sentence)
    {
        var sentences = index.Document.Sentences;
        for (int i = Math.Min(sentence.Index, sentences.Count) - 1; i >= 0; i--)
        {
            if (sentences[i].Section == SectionKind.Heading)
            {
                var named = index.PlacesIn(sentences[i].Span).Where(p => p.Span.Length > 0).ToList();
                return named.Count > 0 && named.All(p => p.Precision == PlacePrecision.Country && p.CanonicalName == named[0].CanonicalName)
                    ? LocationChooser.Country(named[0].CanonicalName, named[0].Span, named[0].Text, "place.heading-state-organ")
                    : null;
            }
        }

        return null;
    }

    /// <summary>The most specific place below a country in the heading of the sentence's section.</summary>
    private static PlaceMatch? HeadingPlace(DocumentIndex index, Sentence sentence)
    {
        var sentences = index.Document.Sentences;
        for (int i = Math.Min(sentence.Index, sentences.Count) - 1; i >= 0; i--)
        {
            if (sentences[i].Section == SectionKind.Heading)
            {
                return index.PlacesIn(sentences[i].Span).Where(p => p.Precision != PlacePrecision.Country && p.Span.Length > 0)
                    .OrderBy(p => LocationChooser.Specificity(p.Precision)).FirstOrDefault();
            }
        }

        return null;
    }

    public static (List<string> Actors, List<string> Details, List<Evidence> Evidence) ChooseActors(DocumentIndex index, TextSpan sentence)
    {
        var actors = new List<string>();
        var details = new List<string>();
        var evidence = new List<Evidence>();
        foreach (var a in index.ActorsIn(sentence))
        {
            if (!actors.Contains(a.Actor))
            {
                actors.Add(a.Actor);
            }

            var detail = a.Detail ?? a.Text;
            if (!details.Contains(detail))
            {
                details.Add(detail);
            }

            evidence.Add(new Evidence("actor", string.IsNullOrEmpty(a.Source) ? "actor" : a.Source, a.Span, a.Text));
        }

        return (actors, details, evidence);
    }

    /// <summary>The place a document is mostly about: its most often named region or country-level place in <paramref name="body"/>.</summary>
    public static PlaceMatch? DocumentPlace(DocumentIndex index, List<Sentence> body)
    {
        // The most often named; on a tie, the one named first (the groups in order of first mention).
        // The places read sentence by sentence in loops (SelectMany boxed each sentence's range and enumerator).
        var counts = new Dictionary<string, (int Count, PlaceMatch First)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var sentence in body)
        {
            foreach (var p in index.PlacesIn(sentence.Span))
            {
                if (p.Precision is not (PlacePrecision.Region or PlacePrecision.District))
                {
                    continue;
                }

                if (counts.TryGetValue(p.CanonicalName, out var known))
                {
                    counts[p.CanonicalName] = (known.Count + 1, known.First);
                }
                else
                {
                    counts[p.CanonicalName] = (1, p);
                    order.Add(p.CanonicalName);
                }
            }
        }

        PlaceMatch? best = null;
        int bestCount = 0;
        foreach (var name in order)
        {
            var (count, first) = counts[name];
            if (best is null || count > bestCount || (count == bestCount && first.Span.Start < best.Span.Start))
            {
                best = first;
                bestCount = count;
            }
        }

        return best;
    }
}
