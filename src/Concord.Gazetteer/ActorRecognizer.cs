using Concord.Gazetteer.Data;
using Concord.Gazetteer.Languages;
using Concord.Gazetteer.Matching;
using Concord.Gazetteer.Text;
using Concord.Model;
using Concord.Pipeline;
using System.Runtime.CompilerServices;

namespace Concord.Gazetteer;

/// <summary>
/// Finds actors and maps them to sides: conflict-file forces and groups ("Artsakh Defence
/// Army" → Artsakh), organisations ("OSCE", "ANO" → United Nations), states and their
/// demonyms in any case form ("azerbaidžāņu", "Russian-brokered" → Russia), capitals as their
/// governments ("Baku" → Azerbaijan), and a conflict place that has a side followed by a
/// nationality or force noun ("Karabakh Armenians", "Kalnu Karabahas karavīrs" → Artsakh).
/// </summary>
public sealed class ActorRecognizer : IActorRecognizer
{
    private readonly GazetteerData data;
    private readonly PlaceRecognizer places;
    private readonly Dictionary<string, string> placeSides;

    public ActorRecognizer()
        : this(null)
    {
    }

    public ActorRecognizer(GazetteerData? data)
    {
        this.data = data ?? GazetteerData.Default;
        places = new PlaceRecognizer(this.data);
        placeSides = PlaceSides(this.data);
    }

    /// <summary>
    /// Each conflict place's side, the first given for its name (a loop, not LINQ: it runs once per
    /// process, and every LINQ operator would be compiled for that one call).
    /// </summary>
    private static Dictionary<string, string> PlaceSides(GazetteerData data)
    {
        var sides = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in data.Conflicts)
        {
            foreach (var p in c.Places)
            {
                if (!string.IsNullOrEmpty(p.Side))
                {
                    sides.TryAdd(p.Name, p.Side);
                }
            }
        }

        return sides;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    public IReadOnlyList<ActorMatch> Recognize(AnalyzedDocument document)
    {
        var text = document.Text;
        var placeMatches = places.Recognize(document);
        var active = ConflictContext.Active(placeMatches, data);
        var kin = KinSides(active);
        var activeActors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in active)
        {
            foreach (var a in c.Actors)
            {
                activeActors.Add(a.Name);
            }
        }

        var result = new List<ActorMatch>();
        var next = 0;

        // One list for every run's places: it is only read while its run is matched.
        var runPlaces = new List<PlaceMatch>();
        foreach (var (run, tokens, _, hits, _) in DocumentScan.Of(document).Runs)
        {
            while (next < placeMatches.Count && placeMatches[next].Span.Start < run.Span.Start)
            {
                next++;
            }

            runPlaces.Clear();
            for (var k = next; k < placeMatches.Count && placeMatches[k].Span.Start < run.Span.End; k++)
            {
                if (run.Span.Contains(placeMatches[k].Span))
                {
                    runPlaces.Add(placeMatches[k]);
                }
            }

            if (runPlaces.Count == 0 && hits.Count == 0)
            {
                continue; // nothing to side or choose in this run
            }

            var sided = SidedPlaces(text, tokens, hits, runPlaces, GazetteerLanguages.For(run.Language));
            result.AddRange(sided);
            foreach (var hit in hits)
            {
                if (AnyOverlaps(sided, hit.Span) || CommonWords.IsCommonWordOnly(run.Language, tokens, hit))
                {
                    continue;
                }

                var actor = Choose(hit, runPlaces, activeActors);
                if (actor is null)
                {
                    continue;
                }

                var named = NameText(text, tokens, hit);
                var detail = actor.Source == EntrySource.Conflict || actor.Detail != actor.Side ? actor.Detail : named;
                result.Add(new ActorMatch(hit.Span, named, actor.Side, detail, actor.Source.Name()));
                if (actor.IsDemonym && kin.TryGetValue(actor.Side, out var kinSides))
                {
                    foreach (var k in kinSides)
                    {
                        result.Add(new ActorMatch(hit.Span, named, k, named, "kin"));
                    }
                }
            }
        }

        SortByStart(result);
        return result;
    }

    /// <summary>
    /// The hit's text; a one-word hit's is its word form's spelling (the same characters, one string
    /// per spelling rather than one per occurrence).
    /// </summary>
    internal static string NameText(string text, List<NameToken> tokens, NameHit hit) =>
        hit.TokenCount == 1 ? tokens[hit.FirstToken].Original : hit.Span.Slice(text);

    private static bool AnyOverlaps(List<ActorMatch> matches, TextSpan span)
    {
        foreach (var m in matches)
        {
            if (m.Span.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>By start; equal starts keep their order (a stable insertion sort: the matches come almost in text order).</summary>
    private static void SortByStart(List<ActorMatch> matches)
    {
        for (var k = 1; k < matches.Count; k++)
        {
            var m = matches[k];
            var j = k - 1;
            while (j >= 0 && matches[j].Span.Start > m.Span.Start)
            {
                matches[j + 1] = matches[j];
                j--;
            }

            matches[j + 1] = m;
        }
    }

    /// <summary>Country name → sides its nationality can also denote, from the conflicts the document is about.</summary>
    private Dictionary<string, List<string>> KinSides(IReadOnlyList<ConflictFile> activeConflicts)
    {
        var kin = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var conflict in activeConflicts)
        {
            foreach (var (side, codes) in conflict.Kin)
            {
                foreach (var code in codes)
                {
                    if (data.CountryNames.TryGetValue(code, out var country))
                    {
                        if (!kin.TryGetValue(country, out var list))
                        {
                            kin[country] = list = [];
                        }

                        list.Add(side);
                    }
                }
            }
        }

        return kin;
    }

    /// <summary>
    /// The best-grounded actor of a hit; a capital counts only where it was linked as that capital.
    /// A conflict file's common-noun alias ("peacekeepers", "miera uzturētāji") names that conflict's
    /// group only in a document about that conflict: elsewhere the peacekeepers are someone else's.
    /// </summary>
    private static ActorEntry? Choose(NameHit hit, List<PlaceMatch> runPlaces, HashSet<string> activeConflictActors)
    {
        // The first of the highest source among the admissible aliases (what a stable sort by source would put first).
        ActorEntry? best = null;
        foreach (var alias in hit.Aliases)
        {
            var a = alias.Actor!;
            if ((a.Source == EntrySource.Conflict && alias.Case == CaseRule.Any && !activeConflictActors.Contains(a.Detail))
                || (a.Source == EntrySource.Exonym && !LinkedAs(hit, runPlaces, a.Detail)))
            {
                continue;
            }

            if (best is null || a.Source > best.Source)
            {
                best = a;
            }
        }

        return best;
    }

    private static bool LinkedAs(NameHit hit, List<PlaceMatch> runPlaces, string canonicalName)
    {
        foreach (var p in runPlaces)
        {
            if (p.Span == hit.Span && p.CanonicalName == canonicalName)
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstTokenFrom(List<NameToken> tokens, int offset)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Span.Start >= offset)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The first hit starting at token <paramref name="at"/> with a demonym alias, or null.</summary>
    private static NameHit? DemonymAt(List<NameHit> hits, int at)
    {
        foreach (var h in hits)
        {
            if (h.FirstToken != at)
            {
                continue;
            }

            foreach (var a in h.Aliases)
            {
                if (a.Actor!.IsDemonym)
                {
                    return h;
                }
            }
        }

        return null;
    }

    // What a run without sided places gets: shared, never changed.
    private static readonly List<ActorMatch> NoMatches = [];

    /// <summary>"Karabakh Armenians", "Nagorno-Karabakh soldiers": a sided place then a nationality or force noun.</summary>
    private List<ActorMatch> SidedPlaces(string text, List<NameToken> tokens, List<NameHit> hits, List<PlaceMatch> runPlaces,
        IGazetteerLanguage language)
    {
        List<ActorMatch>? found = null;
        foreach (var place in runPlaces)
        {
            if (!placeSides.TryGetValue(place.CanonicalName, out var side))
            {
                continue;
            }

            var next = FirstTokenFrom(tokens, place.Span.End);
            if (next < 0 || !NameTokenizer.JoinedInName(text, tokens[next - 1], tokens[next]))
            {
                continue;
            }

            if (tokens[next].Folded == "s" && next + 1 < tokens.Count && NameTokenizer.JoinedInName(text, tokens[next], tokens[next + 1]))
            {
                next++; // possessive: "Nagorno-Karabakh's forces"
            }

            var demonym = DemonymAt(hits, next);
            var end = demonym?.Span.End ?? (language.IsForceNoun(tokens[next].Folded) ? tokens[next].Span.End : -1);
            if (end < 0)
            {
                continue;
            }

            if (demonym is not null && next + demonym.TokenCount < tokens.Count
                && NameTokenizer.JoinedInName(text, tokens[next + demonym.TokenCount - 1], tokens[next + demonym.TokenCount])
                && language.IsForceNoun(tokens[next + demonym.TokenCount].Folded))
            {
                end = tokens[next + demonym.TokenCount].Span.End;
            }

            var span = new TextSpan(place.Span.Start, end);
            (found ??= []).Add(new ActorMatch(span, span.Slice(text), side, span.Slice(text), "sided-place"));
        }

        return found ?? NoMatches;
    }
}
