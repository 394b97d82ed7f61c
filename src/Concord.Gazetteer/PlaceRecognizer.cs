using System.Runtime.CompilerServices;
using Concord.Gazetteer.Data;
using Concord.Gazetteer.Matching;
using Concord.Model;
using Concord.Pipeline;

namespace Concord.Gazetteer;

/// <summary>
/// Finds places: countries (in six languages), GeoNames towns, and the places of every conflict
/// file, through inflected forms and without diacritics; links each to its English canonical
/// name, coordinates and precision, resolving homonyms against the document's other places.
/// </summary>
public sealed class PlaceRecognizer : IPlaceRecognizer
{
    private static readonly ConditionalWeakTable<AnalyzedDocument, IReadOnlyList<PlaceMatch>> Results = new();

    private readonly GazetteerData data;

    public PlaceRecognizer()
        : this(null)
    {
    }

    public PlaceRecognizer(GazetteerData? data) => this.data = data ?? GazetteerData.Default;

    public IReadOnlyList<PlaceMatch> Recognize(AnalyzedDocument document) =>
        Results.GetValue(document, d => RecognizeUncached(d));

    /// <summary>
    /// A name with the places it may be. A place whose alias is written exactly as the text has it
    /// beats one reached only by cutting an ending: English "Gori" is the Georgian town, not "Goris"
    /// without its -s, whatever file the second comes from.
    /// </summary>
    private static PlaceHit ToPlaceHit(RunScan scan, NameHit hit)
    {
        // Each alias is compared with the text once.
        var aliases = hit.Aliases;
        if (aliases.Count == 1)
        {
            // One alias: it is the candidate whether or not it is written as in the text.
            return new PlaceHit(scan.Run, scan.Tokens, hit, aliases[0].PlaceAsList)
            {
                ReachedByInflection = !WrittenAsInText(aliases[0], hit, scan.Tokens),
                InsideActorName = InsideActorName(scan.ActorHits, hit),
            };
        }

        // A one-word hit's aliases are its word form's list (AliasChoice), and which of them are
        // written as the text has it depends on that word alone: worked out at its first hit.
        var choice = hit.TokenCount == 1 ? aliases as AliasChoice : null;
        if (choice?.Places is { } known)
        {
            return new PlaceHit(scan.Run, scan.Tokens, hit, known.Candidates)
            {
                ReachedByInflection = known.ReachedByInflection,
                InsideActorName = InsideActorName(scan.ActorHits, hit),
            };
        }

        var written = aliases.Count <= 64 ? stackalloc bool[aliases.Count] : new bool[aliases.Count];
        var anyWritten = false;
        for (var k = 0; k < aliases.Count; k++)
        {
            written[k] = WrittenAsInText(aliases[k], hit, scan.Tokens);
            anyWritten |= written[k];
        }

        var candidates = new List<PlaceEntry>(1);
        for (var k = 0; k < aliases.Count; k++)
        {
            if ((!anyWritten || written[k]) && !candidates.Contains(aliases[k].Place!))
            {
                candidates.Add(aliases[k].Place!);
            }
        }

        if (choice is not null)
        {
            choice.Places = new PlaceChoice(candidates, !anyWritten);
        }

        return new PlaceHit(scan.Run, scan.Tokens, hit, candidates)
        {
            ReachedByInflection = !anyWritten,
            InsideActorName = InsideActorName(scan.ActorHits, hit),
        };
    }

    private static bool InsideActorName(List<NameHit> actorHits, NameHit hit)
    {
        foreach (var a in actorHits)
        {
            if (a.Span.Contains(hit.Span) && (a.TokenCount > hit.TokenCount || AnyDemonym(a)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyDemonym(NameHit hit)
    {
        foreach (var x in hit.Aliases)
        {
            if (x.Actor!.IsDemonym)
            {
                return true;
            }
        }

        return false;
    }

    private static bool WrittenAsInText(NameAlias alias, NameHit hit, List<Text.NameToken> tokens)
    {
        var words = alias.FoldedWords;
        if (words.Length != hit.TokenCount)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if (!string.Equals(words[k], tokens[hit.FirstToken + k].Folded, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    private IReadOnlyList<PlaceMatch> RecognizeUncached(AnalyzedDocument document)
    {
        var text = document.Text;
        var scanned = DocumentScan.Of(document);
        var scans = scanned.Runs;
        var runPlaces = new List<PlaceHit>[scans.Count];
        var hitCount = 0;
        foreach (var scan in scans)
        {
            hitCount += scan.PlaceHits.Count;
        }

        var all = new List<PlaceHit>(hitCount);
        for (var r = 0; r < scans.Count; r++)
        {
            var scan = scans[r];
            var places = new List<PlaceHit>(scan.PlaceHits.Count);
            foreach (var hit in scan.PlaceHits)
            {
                places.Add(ToPlaceHit(scan, hit));
            }

            runPlaces[r] = places;
            all.AddRange(places);
        }

        PlaceResolver.Resolve(all, data, scanned);

        var matches = new List<PlaceMatch>(all.Count);
        foreach (var h in all)
        {
            if (h.Resolved is { } p)
            {
                matches.Add(new PlaceMatch(h.Hit.Span, ActorRecognizer.NameText(text, h.Tokens, h.Hit), p.Name, p.Latitude, p.Longitude, p.Precision, p.Source.Name()));
            }
        }

        var belligerentStates = new List<string>();
        foreach (var b in ConflictContext.Belligerents(matches, data))
        {
            if (IsCountryName(b))
            {
                belligerentStates.Add(b);
            }
        }

        for (var r = 0; r < scans.Count; r++)
        {
            var scan = scans[r];
            if (!scan.HasBorderNoun)
            {
                continue;
            }

            foreach (var border in BorderRule.Find(text, runPlaces[r], scan.ActorHits, scan.Run, scan.Tokens, belligerentStates))
            {
                if (!OverlapsLine(matches, border.Span))
                {
                    matches.Add(border);
                }
            }
        }

        SortBySpan(matches);

        return matches;
    }

    private bool IsCountryName(string name)
    {
        foreach (var country in data.CountryNames.Values)
        {
            if (country == name)
            {
                return true;
            }
        }

        return false;
    }

    private static bool OverlapsLine(List<PlaceMatch> matches, TextSpan span)
    {
        foreach (var m in matches)
        {
            if (m.Precision == PlacePrecision.Line && m.Span.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// By start, then end; equal spans keep their order (a stable insertion sort: the matches come in
    /// text order, so it costs a comparison per match, and only the few border matches appended at
    /// the end move).
    /// </summary>
    private static void SortBySpan(List<PlaceMatch> matches)
    {
        for (var k = 1; k < matches.Count; k++)
        {
            var m = matches[k];
            var j = k - 1;
            while (j >= 0 && (matches[j].Span.Start > m.Span.Start
                              || (matches[j].Span.Start == m.Span.Start && matches[j].Span.End > m.Span.End)))
            {
                matches[j + 1] = matches[j];
                j--;
            }

            matches[j + 1] = m;
        }
    }
}
