using System.Runtime.CompilerServices;
using Concord.Gazetteer.Data;
using Concord.Gazetteer.Matching;
using Concord.Gazetteer.Text;
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

    private sealed record RunHits(TextRun Run, List<NameToken> Tokens, List<PlaceHit> Places, List<NameHit> Actors);

    private IReadOnlyList<PlaceMatch> RecognizeUncached(AnalyzedDocument document)
    {
        var text = document.Text;
        var runs = new List<RunHits>();
        foreach (var run in SentenceRuns.Of(document))
        {
            var tokens = NameTokenizer.Tokenize(text, run.Span);
            var actorHits = NameMatcher.Match(text, tokens, NameIndex.For(run.Language, IndexKind.Actors));
            var placeHits = NameMatcher.Match(text, tokens, NameIndex.For(run.Language, IndexKind.Places))
                .Select(h => new PlaceHit(run, tokens, h, h.Aliases.Select(a => a.Place!).Distinct().ToList())
                {
                    InsideActorName = actorHits.Any(a => a.TokenCount > h.TokenCount && a.Span.Contains(h.Span)),
                })
                .ToList();
            runs.Add(new RunHits(run, tokens, placeHits, actorHits));
        }

        var all = runs.SelectMany(r => r.Places).ToList();
        PlaceResolver.Resolve(all, data);

        var matches = all.Where(h => h.Resolved is not null)
            .Select(h => new PlaceMatch(h.Hit.Span, h.Hit.Span.Slice(text), h.Resolved!.Name, h.Resolved.Latitude,
                h.Resolved.Longitude, h.Resolved.Precision, h.Resolved.Source.ToString()))
            .ToList();

        var belligerentStates = ConflictContext.Belligerents(matches, data)
            .Where(b => data.CountryNames.Values.Contains(b)).ToList();
        foreach (var r in runs)
        {
            foreach (var border in BorderRule.Find(text, r.Places, r.Actors, r.Run, r.Tokens, belligerentStates))
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
