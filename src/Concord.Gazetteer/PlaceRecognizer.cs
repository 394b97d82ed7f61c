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
        var written = new List<NameAlias>(hit.Aliases.Count);
        foreach (var a in hit.Aliases)
        {
            if (WrittenAsInText(a, hit, scan.Tokens))
            {
                written.Add(a);
            }
        }

        var candidates = new List<PlaceEntry>(1);
        foreach (var a in written.Count > 0 ? written : hit.Aliases)
        {
            if (!candidates.Contains(a.Place!))
            {
                candidates.Add(a.Place!);
            }
        }

        return new PlaceHit(scan.Run, scan.Tokens, hit, candidates)
        {
            ReachedByInflection = written.Count == 0,
            InsideActorName = InsideActorName(scan.ActorHits, hit),
        };
    }

    private static bool InsideActorName(List<NameHit> actorHits, NameHit hit)
    {
        foreach (var a in actorHits)
        {
            if (a.Span.Contains(hit.Span) && (a.TokenCount > hit.TokenCount || a.Aliases.Any(x => x.Actor!.IsDemonym)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool WrittenAsInText(NameAlias alias, NameHit hit, IReadOnlyList<Text.NameToken> tokens)
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

    private IReadOnlyList<PlaceMatch> RecognizeUncached(AnalyzedDocument document)
    {
        var text = document.Text;
        var runs = DocumentScan.Of(document)
            .Select(r => (Scan: r, Places: r.PlaceHits.Select(h => ToPlaceHit(r, h)).ToList()))
            .ToList();

        var all = runs.SelectMany(r => r.Places).ToList();
        var lowerCaseWords = new Lazy<IReadOnlySet<string>>(() => runs.SelectMany(r => r.Scan.Tokens)
            .Where(t => t.Form.StartsLowerCase)
            .Select(t => t.Folded)
            .ToHashSet(StringComparer.Ordinal), LazyThreadSafetyMode.None);
        PlaceResolver.Resolve(all, data, lowerCaseWords);

        var matches = all.Where(h => h.Resolved is not null)
            .Select(h => new PlaceMatch(h.Hit.Span, h.Hit.Span.Slice(text), h.Resolved!.Name, h.Resolved.Latitude,
                h.Resolved.Longitude, h.Resolved.Precision, h.Resolved.Source.ToString()))
            .ToList();

        var belligerentStates = ConflictContext.Belligerents(matches, data)
            .Where(b => data.CountryNames.Values.Contains(b)).ToList();
        foreach (var r in runs)
        {
            foreach (var border in BorderRule.Find(text, r.Places, r.Scan.ActorHits, r.Scan.Run, r.Scan.Tokens, belligerentStates))
            {
                if (!matches.Any(m => m.Precision == PlacePrecision.Line && m.Span.Overlaps(border.Span)))
                {
                    matches.Add(border);
                }
            }
        }

        return matches.OrderBy(m => m.Span.Start).ThenBy(m => m.Span.End).ToList();
    }
}
