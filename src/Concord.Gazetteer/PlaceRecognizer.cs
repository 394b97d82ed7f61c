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

    private IReadOnlyList<PlaceMatch> RecognizeUncached(AnalyzedDocument document)
    {
        var text = document.Text;
        var byRun = new List<List<PlaceHit>>();
        foreach (var run in SentenceRuns.Of(document))
        {
            var tokens = NameTokenizer.Tokenize(text, run.Span);
            var index = NameIndex.For(run.Language, IndexKind.Places);
            byRun.Add(NameMatcher.Match(text, tokens, index)
                .Select(h => new PlaceHit(run, tokens, h, h.Aliases.Select(a => a.Place!).Distinct().ToList()))
                .ToList());
        }

        var all = byRun.SelectMany(r => r).ToList();
        PlaceResolver.Resolve(all, data);

        var matches = all.Where(h => h.Resolved is not null)
            .Select(h => new PlaceMatch(h.Hit.Span, h.Hit.Span.Slice(text), h.Resolved!.Name, h.Resolved.Latitude,
                h.Resolved.Longitude, h.Resolved.Precision, h.Resolved.Source.ToString()))
            .ToList();
        foreach (var border in byRun.SelectMany(r => BorderRule.Find(text, r)))
        {
            if (!matches.Any(m => m.Precision == PlacePrecision.Line && m.Span.Overlaps(border.Span)))
            {
                matches.Add(border);
            }
        }

        return matches.OrderBy(m => m.Span.Start).ThenBy(m => m.Span.End).ToList();
    }
}
