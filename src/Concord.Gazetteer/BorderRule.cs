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

    /// <summary>Whether the run has a border noun at all (most have none: no rule to run).</summary>
    public static bool HasBorderNoun(TextRun run, List<Text.NameToken> tokens)
    {
        var language = GazetteerLanguages.For(run.Language);
        foreach (var t in tokens)
        {
            if (t.Form.IsBorderNounIn(language))
            {
                return true;
            }
        }

        return false;
    }

    public static IEnumerable<PlaceMatch> Find(string text, IReadOnlyList<PlaceHit> runHits, IReadOnlyList<NameHit> actorHits,
        TextRun run, List<Text.NameToken> tokens, IReadOnlyList<string> belligerentStates)
    {
        var language = GazetteerLanguages.For(run.Language);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].Form.IsBorderNounIn(language))
            {
                continue;
            }

            // "Kalnu Karabahas robežas", "Nagorno-Karabakh's border": the edge of a region, not a border
            // between states — unless another place is named right before it ("Armenia–Nakhchivan border").
            var edgeOf = runHits.FirstOrDefault(h => h.Resolved is { Precision: PlacePrecision.Region }
                                                     && h.Hit.FirstToken + h.Hit.TokenCount >= i - 1 && h.Hit.FirstToken + h.Hit.TokenCount <= i);
            if (edgeOf is not null && !runHits.Any(h => h != edgeOf && h.Resolved is not null
                                                        && edgeOf.Hit.FirstToken - (h.Hit.FirstToken + h.Hit.TokenCount) is 0 or 1))
            {
                continue;
            }

            var near = new List<(string Name, string Country, TextSpan Span, int Distance)>();
            near.AddRange(runHits
                .Where(h => h.Resolved is { Precision: PlacePrecision.Country or PlacePrecision.Region, CountryCode: not null })
                .Select(h => (h.Resolved!.Name, h.Resolved.CountryCode!, h.Hit.Span, Math.Abs(h.Hit.FirstToken - i))));
            near.AddRange(actorHits
                .Select(h => (hit: h, actor: h.Aliases.Select(a => a.Actor!).FirstOrDefault(a => a.IsDemonym && belligerentStates.Contains(a.Side))))
                .Where(x => x.actor is not null)
                .Select(x => (x.actor!.Side, x.actor.Side, x.hit.Span, Math.Abs(x.hit.FirstToken - i))));
            var sides = near.Where(n => n.Distance <= Window).OrderBy(n => n.Distance).ToList();

            var chosen = new List<(string Name, string Country, TextSpan Span, int Distance)>();
            foreach (var side in sides)
            {
                if (chosen.Count < 2 && chosen.All(c => c.Name != side.Name && c.Country != side.Country))
                {
                    chosen.Add(side);
                }
            }

            var names = chosen.Select(c => c.Name).ToList();
            var others = belligerentStates.Where(b => !names.Contains(b)).ToList();
            if (names.Count < 2 && names.Count + others.Count == 2)
            {
                names.AddRange(others);
            }

            if (names.Count != 2)
            {
                continue;
            }

            var start = chosen.Select(c => c.Span.Start).Append(tokens[i].Span.Start).Min();
            var end = chosen.Select(c => c.Span.End).Append(tokens[i].Span.End).Max();
            var span = new TextSpan(start, end);
            var ordered = names.Order(StringComparer.Ordinal).ToArray();
            yield return new PlaceMatch(span, span.Slice(text), $"{ordered[0]}–{ordered[1]} border", null, null,
                PlacePrecision.Line, "BorderRule");
        }
    }
}
