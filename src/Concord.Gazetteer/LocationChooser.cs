using System.Buffers;
using Concord.Gazetteer.Data;
using Concord.Gazetteer.Languages;
using Concord.Model;

namespace Concord.Gazetteer;

/// <summary>
/// Helpers for the extraction stage: the location of an event from the places in its clause
/// (the most specific wins: settlement &gt; district &gt; line &gt; region &gt; country), a
/// document-wide default, and the distinct sides of a set of actor matches.
/// </summary>
public static class LocationChooser
{
    /// <summary>Lower is more specific.</summary>
    public static int Specificity(PlacePrecision precision) => precision switch
    {
        PlacePrecision.Exact => 0,
        PlacePrecision.Settlement => 1,
        PlacePrecision.District => 2,
        PlacePrecision.Line => 3,
        PlacePrecision.Region => 4,
        PlacePrecision.Country => 5,
        _ => 6,
    };

    /// <summary>
    /// The most specific place; among equals, a town before a national capital (a capital often
    /// stands for its government: "Baku and Moscow refused"), then the first named.
    /// </summary>
    public static Location? Choose(IEnumerable<PlaceMatch> places)
    {
        var list = places.ToList();
        if (list.Count == 0)
        {
            return null;
        }

        var capitals = GazetteerData.Default.Capitals;
        return list.OrderBy(p => Specificity(p.Precision))
            .ThenBy(p => p.Precision == PlacePrecision.Settlement && capitals.Contains(p.CanonicalName) ? 1 : 0)
            .ThenBy(p => p.Span.Start)
            .Select(ToLocation).First();
    }

    /// <summary>The most specific place inside <paramref name="clause"/>.</summary>
    public static Location? Choose(IEnumerable<PlaceMatch> places, TextSpan clause) =>
        Choose(places.Where(p => clause.Contains(p.Span)));

    /// <summary>
    /// The location of an event stated in <paramref name="clause"/>: its most specific place, but
    /// when the clause names no place or only countries, <paramref name="documentDefault"/> (see
    /// <see cref="DocumentDefault"/>): in conflict reporting a country in a clause is mostly who
    /// acted ("Azerbaijan began an offensive"), while the where is the region the text is about.
    /// </summary>
    public static Location? Choose(IEnumerable<PlaceMatch> places, TextSpan clause, Location? documentDefault)
    {
        var pick = Choose(places, clause);
        return pick is null || pick.Precision == PlacePrecision.Country ? documentDefault ?? pick : pick;
    }

    /// <summary>
    /// What a document is about when a clause names no place: its most often named region
    /// (else country) in the given spans, e.g. the body sections.
    /// </summary>
    public static Location? DocumentDefault(IEnumerable<PlaceMatch> places)
    {
        var list = places.ToList();
        foreach (var precision in new[] { PlacePrecision.Region, PlacePrecision.Country })
        {
            var top = list.Where(p => p.Precision == precision)
                .GroupBy(p => p.CanonicalName)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(p => p.Span.Start))
                .FirstOrDefault();
            if (top is not null)
            {
                return ToLocation(top.First());
            }
        }

        return null;
    }

    /// <summary>
    /// The place where an event stated in a clause happened, from the clause's own places, or null
    /// when they do not settle it (the caller then looks at the context). Places named as where
    /// something happens (a locative case, "in"/"at"/"near", or listed as examples after "including")
    /// outrank places named otherwise, then the
    /// most specific wins. A country, or a national capital not named as a place ("Baku's
    /// frustration", "Moscow decided"), mostly says who acted: it is the location only when named as
    /// one ("in Armenia", "Azerbaidžānā"), or for a state's own act when it is the subject right
    /// before the trigger ("Azerbaijan declared its independence", "Armenia declaring martial law").
    /// </summary>
    public static PlaceMatch? ChooseForEvent(string text, string? language, IReadOnlyList<PlaceMatch> clausePlaces, TextSpan trigger, bool stateAct)
    {
        if (clausePlaces.Count == 0)
        {
            return null;
        }

        var rules = GazetteerLanguages.For(language);
        var capitals = GazetteerData.Default.Capitals;
        int count = clausePlaces.Count;
        Span<PlaceRole> roles = count <= 32 ? stackalloc PlaceRole[count] : new PlaceRole[count];
        for (int i = 0; i < count; i++)
        {
            var p = clausePlaces[i];
            bool isObject = p.Precision != PlacePrecision.Country && (IsObjectOf(text, p.Span, trigger) || NamesTheAct(text, p.Span, trigger));

            // A town listed as an example ("hit, particularly Stepanakert, Martuni … in the Republic
            // of Artsakh") is as much where as the locative area around the list, and more specific.
            bool locative = isObject || rules.IsLocative(text, p.Span)
                || (p.Precision != PlacePrecision.Country && rules.IsEnumerated(text, p.Span));
            bool acting = p.Precision == PlacePrecision.Country || (!locative && rules.IsPartner(text, p.Span))
                || (!locative && p.Precision == PlacePrecision.Settlement && capitals.Contains(p.CanonicalName));
            roles[i] = new PlaceRole(isObject, locative, acting);
        }

        // The first of the best by (locative, not in parentheses, specificity, object, position).
        int best = -1;
        bool bestInParentheses = false;
        for (int i = 0; i < count; i++)
        {
            if (roles[i].Acting)
            {
                continue;
            }

            bool inParentheses = InParentheses(text, clausePlaces[i].Span);
            if (best < 0 || Precedes(clausePlaces[i], roles[i], inParentheses, clausePlaces[best], roles[best], bestInParentheses))
            {
                best = i;
                bestInParentheses = inParentheses;
            }
        }

        var pick = best >= 0 ? clausePlaces[best] : null;
        for (int i = 0; pick is null && i < count; i++)
        {
            if (roles[i].Locative)
            {
                pick = clausePlaces[i];
            }
        }

        if (pick is null && stateAct)
        {
            for (int i = count - 1; pick is null && i >= 0; i--)
            {
                var p = clausePlaces[i];
                if (p.Precision == PlacePrecision.Country && p.Span.End <= trigger.Start && IsSubjectOf(text, p.Span, trigger))
                {
                    pick = p;
                }
            }

            for (int i = count - 1; pick is null && i >= 0; i--)
            {
                var p = clausePlaces[i];
                if (p.Precision == PlacePrecision.Country && p.Span.Start >= trigger.End && rules.IsPostposedSubject(text, p.Span))
                {
                    pick = p;
                }
            }
        }

        return pick;
    }

    /// <summary>How a place of the clause stands to the event: what the act was done to, where it happened, who acted.</summary>
    private readonly record struct PlaceRole(bool Object, bool Locative, bool Acting);

    /// <summary>Whether a place ranks strictly before the best so far (ties keep the first named).</summary>
    private static bool Precedes(PlaceMatch place, PlaceRole role, bool inParentheses, PlaceMatch best, PlaceRole bestRole, bool bestInParentheses)
    {
        if (role.Locative != bestRole.Locative)
        {
            return role.Locative;
        }

        if (inParentheses != bestInParentheses)
        {
            return !inParentheses;
        }

        int specificity = Specificity(place.Precision), bestSpecificity = Specificity(best.Precision);
        if (specificity != bestSpecificity)
        {
            return specificity < bestSpecificity;
        }

        if (role.Object != bestRole.Object)
        {
            return role.Object;
        }

        return place.Span.Start < best.Span.Start;
    }

    /// <summary>
    /// A place inside parentheses is an aside (an example, a gloss: "… ārpus Kalnu Karabahas (īpaši
    /// Baku un Nahičevānā), tomēr arī Kalnu Karabahā …"): the place told in the running text comes first.
    /// </summary>
    private static readonly char[] ParenthesisOrLineEnd = ['(', ')', '\n'];

    private static bool InParentheses(string text, TextSpan place)
    {
        int open = text.LastIndexOfAny(ParenthesisOrLineEnd, Math.Max(0, place.Start - 1), Math.Min(place.Start, 200));
        int close = text.IndexOfAny(ParenthesisOrLineEnd, place.End, Math.Min(text.Length - place.End, 200));
        return open >= 0 && text[open] == '(' && close >= 0 && text[close] == ')';
    }

    /// <summary>
    /// A place right after the trigger and its "of (the)": what the act was done to ("a blockade of
    /// the Lachin corridor", "the capture of Shusha"). Other words between mostly make the place a
    /// modifier of another noun ("shot down a Nagorno-Karabakh helicopter").
    /// </summary>
    private static bool IsObjectOf(string text, TextSpan place, TextSpan trigger)
    {
        if (place.Start < trigger.End || place.Start - trigger.End > 24)
        {
            return false;
        }

        // "returned the surrounding territories": a definite direct object is what the act concerns too.
        int count = SpaceSeparatedWords(text.AsSpan(trigger.End, place.Start - trigger.End), out var first, out var second);
        return (count is 1 or 2 && first.SequenceEqual("of") && (count == 1 || second.SequenceEqual("the")))
               || (count == 1 && first.SequenceEqual("the") && !char.IsUpper(text[trigger.Start]));
    }

    /// <summary>
    /// The number of words between single spaces (what <c>Split(' ', RemoveEmptyEntries)</c> would
    /// give), counted up to 3, and the first two, without a string per word: this runs per place per event.
    /// </summary>
    private static int SpaceSeparatedWords(ReadOnlySpan<char> between, out ReadOnlySpan<char> first, out ReadOnlySpan<char> second)
    {
        first = default;
        second = default;
        int count = 0;
        int i = 0;
        while (i < between.Length && count < 3)
        {
            if (between[i] == ' ')
            {
                i++;
                continue;
            }

            int space = between[i..].IndexOf(' ');
            int end = space < 0 ? between.Length : i + space;
            if (count == 0)
            {
                first = between[i..end];
            }
            else if (count == 1)
            {
                second = between[i..end];
            }

            count++;
            i = end;
        }

        return count;
    }

    /// <summary>
    /// A place written right before a capitalised trigger, as part of the act's name: "the Bishkek
    /// Protocol", "the Minsk Agreement" (a lower-case word there is mostly a verb of a subject).
    /// </summary>
    private static bool NamesTheAct(string text, TextSpan place, TextSpan trigger) =>
        place.End <= trigger.Start && trigger.Start - place.End <= 1 && text.AsSpan(place.End, trigger.Start - place.End).IsWhiteSpace()
        && trigger.Start < text.Length && char.IsUpper(text[trigger.Start]);

    /// <summary>Punctuation between a name and the trigger that makes the name no subject of it.</summary>
    private static readonly SearchValues<char> SubjectBreaks = SearchValues.Create(",;:().—–");

    /// <summary>
    /// A name right before the trigger, with at most a possessive and two words between and no
    /// punctuation: "Azerbaijan declared", "Azerbaijan's Parliament declared", "Armēnija pasludināja".
    /// </summary>
    private static bool IsSubjectOf(string text, TextSpan name, TextSpan trigger)
    {
        var between = text.AsSpan(name.End, trigger.Start - name.End);
        if (between.IndexOfAny(SubjectBreaks) >= 0)
        {
            return false;
        }

        return SpaceSeparatedWords(between, out _, out _) <= 2;
    }

    /// <summary>Distinct sides in order of first mention.</summary>
    public static IReadOnlyList<string> Sides(IEnumerable<ActorMatch> actors) =>
        actors.OrderBy(a => a.Span.Start).Select(a => a.Actor).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Distinct groups as named (details), in order of first mention.</summary>
    public static IReadOnlyList<string> Details(IEnumerable<ActorMatch> actors) =>
        actors.OrderBy(a => a.Span.Start).Select(a => a.Detail ?? a.Actor).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The country around a place below it ("outside the enclave" of a region → its country), with
    /// the place's span as evidence, or null when the gazetteer does not know the place's country.
    /// </summary>
    public static PlaceMatch? Surrounding(PlaceMatch place)
    {
        if (place.Precision == PlacePrecision.Country)
        {
            return null;
        }

        var data = GazetteerData.Default;
        var entry = data.PlaceNames.FirstWithCountry(place.CanonicalName);
        if (entry is null || !data.CountryNames.TryGetValue(entry.CountryCode!, out var country))
        {
            return null;
        }

        return Country(country, place.Span, place.Text, "place.surrounding");
    }

    /// <summary>A country as a place, by its English name, evidenced by <paramref name="span"/>; null when the gazetteer has no such country.</summary>
    public static PlaceMatch? Country(string country, TextSpan span, string text, string source)
    {
        var entry = GazetteerData.Default.PlaceNames.FirstCountry(country);
        return entry is null ? null : new PlaceMatch(span, text, country, entry.Latitude, entry.Longitude, PlacePrecision.Country, source);
    }

    public static Location ToLocation(PlaceMatch p) => new(p.CanonicalName, p.Latitude, p.Longitude, p.Precision);
}
