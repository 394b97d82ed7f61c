using System.Text.Json;
using Concord.Gazetteer;
using Concord.Model;

namespace GazetteerBench;

/// <summary>
/// Upper bound of location_exact / actors_found that the recognisers allow: for each gold event,
/// whether its location and actors are found inside its quote (and, for location, what the
/// chooser picks, with the document default when the quote names no place).
/// </summary>
public static class GoldCoverage
{
    public static void Run(string goldPath, string corpusDir, int showMisses)
    {
        var places = new PlaceRecognizer();
        var actors = new ActorRecognizer();
        var byDoc = File.ReadLines(goldPath).Select(l => JsonDocument.Parse(l).RootElement)
            .Where(e => e.GetProperty("kind").GetString() == "event")
            .GroupBy(e => e.GetProperty("doc").GetString()!);
        Console.WriteLine("doc  events  loc_any        loc_chosen     loc_chosen+default  actors_in_quote  actors+belligerents");
        foreach (var group in byDoc.OrderBy(g => g.Key))
        {
            var doc = CorpusDocuments.Load(Path.Combine(corpusDir, group.Key));
            var docPlaces = places.Recognize(doc);
            var docActors = actors.Recognize(doc);
            var fallback = LocationChooser.DocumentDefault(docPlaces);
            var docBelligerents = ConflictContext.Belligerents(docPlaces);
            double contextShare = 0;
            var variantB = 0;
            int withLoc = 0, any = 0, chosen = 0, chosenDefault = 0, events = 0;
            double actorShare = 0;
            int withActors = 0;
            var misses = new List<string>();
            foreach (var e in group)
            {
                events++;
                var quote = e.GetProperty("quote").GetString()!;
                var at = doc.Text.IndexOf(quote, StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }

                var span = new TextSpan(at, at + quote.Length);
                var inQuote = docPlaces.Where(p => span.Contains(p.Span)).ToList();
                var gold = e.GetProperty("location").ValueKind == JsonValueKind.String ? e.GetProperty("location").GetString()! : null;
                if (gold is not null)
                {
                    withLoc++;
                    var names = new[] { gold }.Concat(gold.Split(", ")).Select(Norm).ToHashSet();
                    var pick = LocationChooser.Choose(inQuote);
                    any += inQuote.Any(p => names.Contains(Norm(p.CanonicalName))) ? 1 : 0;
                    chosen += pick is not null && names.Contains(Norm(pick.Name)) ? 1 : 0;
                    var countryToRegion = LocationChooser.Choose(docPlaces, span, fallback);
                    variantB += countryToRegion is not null && names.Contains(Norm(countryToRegion.Name)) ? 1 : 0;
                    var withDefault = pick ?? fallback;
                    chosenDefault += withDefault is not null && names.Contains(Norm(withDefault.Name)) ? 1 : 0;
                    if (!(countryToRegion is not null && names.Contains(Norm(countryToRegion.Name))) && misses.Count < showMisses)
                    {
                        misses.Add($"  LOC {e.GetProperty("id").GetString()} gold={gold} got={countryToRegion?.Name ?? "-"} [{string.Join("; ", inQuote.Select(p => p.Text + "→" + p.CanonicalName))}] | {Trim(quote)}");
                    }
                }

                var want = e.GetProperty("actors").EnumerateArray().Select(a => Norm(a.GetString()!)).ToHashSet();
                if (want.Count > 0)
                {
                    var quoteActors = docActors.Where(a => span.Contains(a.Span)).ToList();
                    var got = LocationChooser.Sides(quoteActors).Select(Norm).ToHashSet();
                    var share = want.Count(got.Contains) / (double)want.Count;
                    actorShare += share;
                    var withContext = ConflictContext.CompleteSides(quoteActors, docBelligerents).Select(Norm).ToHashSet();
                    contextShare += want.Count(withContext.Contains) / (double)want.Count;
                    withActors++;
                    if (share < 1 && misses.Count < showMisses)
                    {
                        misses.Add($"  ACT {e.GetProperty("id").GetString()} gold=[{string.Join(",", want)}] got=[{string.Join(", ", quoteActors.Select(a => a.Text + "→" + a.Actor))}] | {Trim(quote)}");
                    }
                }
            }

            Console.WriteLine($"{group.Key[..3]}  {events,6}  {Ratio(any, withLoc)}  {Ratio(chosen, withLoc)}  {Ratio(chosenDefault, withLoc)}  {(withActors == 0 ? "-" : (actorShare / withActors).ToString("0.000"))}            {(withActors == 0 ? "-" : (contextShare / withActors).ToString("0.000"))}   country→default {Ratio(variantB, withLoc)} ({doc.Language}, {docPlaces.Count} places, {docActors.Count} actors)");
            misses.ForEach(Console.WriteLine);
        }
    }

    private static string Ratio(int a, int b) => b == 0 ? "   -   " : $"{a / (double)b:0.000} ({a}/{b})";

    private static string Trim(string s) => s.Length > 120 ? s[..120] + "…" : s;

    private static string Norm(string s) => new(s.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
}
