using Concord.Gazetteer.Data;
using Concord.Gazetteer.Languages;
using Concord.Gazetteer.Matching;
using Concord.Model;

namespace Concord.Gazetteer;

/// <summary>
/// "the border between Azerbaijan and Armenia", "Armēnijas un Azerbaidžānas robežas",
/// "azerbaidžāņu vienības cenšas pāriet robežu": a border noun with two states (named, as
/// regions of different states, or by nationality) close by names the border between them,
/// "Armenia–Azerbaijan border" (names in alphabetical order). With one state or none in reach,
/// the states among the document's conflict belligerents complete the pair when that is unique.
/// </summary>
internal static class BorderRule
{
    private const int Window = 10;

    /// <summary>The borders the run names, in the order of their border nouns.</summary>
    // Concrete lists, not IReadOnlyList: a foreach over the interface boxes an enumerator per loop,
    // and these loops run for every border noun.
    public static List<PlaceMatch> Find(string text, List<PlaceHit> runHits, List<NameHit> actorHits,
        TextRun run, List<Text.NameToken> tokens, List<string> belligerentStates)
    {
        var found = new List<PlaceMatch>();
        var language = GazetteerLanguages.For(run.Language);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].Form.IsBorderNounIn(language))
            {
                continue;
            }

            // "Kalnu Karabahas robežas", "Nagorno-Karabakh's border": the edge of a region, not a border
            // between states — unless another place is named right before it ("Armenia–Nakhchivan border").
            if (EdgeOfRegion(runHits, i))
            {
                continue;
            }

            var near = new List<Side>();
            foreach (var h in runHits)
            {
                if (h.Resolved is { Precision: PlacePrecision.Country or PlacePrecision.Region, CountryCode: { } country } r)
                {
                    near.Add(new Side(r.Name, country, h.Hit.Span, Math.Abs(h.Hit.FirstToken - i)));
                }
            }

            foreach (var h in actorHits)
            {
                if (BelligerentDemonym(h, belligerentStates) is { } actor)
                {
                    near.Add(new Side(actor.Side, actor.Side, h.Span, Math.Abs(h.FirstToken - i)));
                }
            }

            // The nearest first (ties in the order above), at most two of different names and countries.
            var chosen = new List<Side>(2);
            for (var distance = 0; distance <= Window && chosen.Count < 2; distance++)
            {
                foreach (var side in near)
                {
                    if (side.Distance == distance && chosen.Count < 2 && !Clashes(chosen, side))
                    {
                        chosen.Add(side);
                    }
                }
            }

            var names = new List<string>(2);
            var start = tokens[i].Span.Start;
            var end = tokens[i].Span.End;
            foreach (var c in chosen)
            {
                names.Add(c.Name);
                start = Math.Min(start, c.Span.Start);
                end = Math.Max(end, c.Span.End);
            }

            var others = new List<string>();
            foreach (var b in belligerentStates)
            {
                if (!names.Contains(b))
                {
                    others.Add(b);
                }
            }

            if (names.Count < 2 && names.Count + others.Count == 2)
            {
                names.AddRange(others);
            }

            if (names.Count != 2)
            {
                continue;
            }

            var span = new TextSpan(start, end);
            var (first, second) = string.CompareOrdinal(names[0], names[1]) <= 0 ? (names[0], names[1]) : (names[1], names[0]);
            found.Add(new PlaceMatch(span, span.Slice(text), $"{first}–{second} border", null, null,
                PlacePrecision.Line, "BorderRule"));
        }

        return found;
    }

    private static bool EdgeOfRegion(List<PlaceHit> runHits, int borderNoun)
    {
        PlaceHit? edgeOf = null;
        foreach (var h in runHits)
        {
            if (h.Resolved is { Precision: PlacePrecision.Region }
                && h.Hit.FirstToken + h.Hit.TokenCount >= borderNoun - 1 && h.Hit.FirstToken + h.Hit.TokenCount <= borderNoun)
            {
                edgeOf = h;
                break;
            }
        }

        if (edgeOf is null)
        {
            return false;
        }

        foreach (var h in runHits)
        {
            if (h != edgeOf && h.Resolved is not null && edgeOf.Hit.FirstToken - (h.Hit.FirstToken + h.Hit.TokenCount) is 0 or 1)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The hit's first demonym alias whose side is a belligerent state, or null.</summary>
    private static ActorEntry? BelligerentDemonym(NameHit hit, List<string> belligerentStates)
    {
        foreach (var a in hit.Aliases)
        {
            var actor = a.Actor!;
            if (actor.IsDemonym && belligerentStates.Contains(actor.Side))
            {
                return actor;
            }
        }

        return null;
    }

    private static bool Clashes(List<Side> chosen, Side side)
    {
        foreach (var c in chosen)
        {
            if (c.Name == side.Name || c.Country == side.Country)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A state near a border noun: its name, country, where it is named and how many words away.</summary>
    private sealed record Side(string Name, string Country, TextSpan Span, int Distance);
}
