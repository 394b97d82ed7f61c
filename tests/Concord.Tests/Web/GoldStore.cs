using System.Text.Json;
using System.Text.Json.Nodes;
using Concord.Cli.Composition;
using Concord.Model;
using Concord.Reading;
using Concord.Store;

namespace Concord.Tests.Web;

/// <summary>
/// Builds a store for the web tests: the Karabakh corpus read, segmented and recognised by the
/// default pipeline, with the gold annotations as its mentions. The web layer is tested on the
/// corpus's real events independently of how far extraction has come; the gold lacks languages
/// and coordinates, which TestData/gold-overlay.json supplies.
/// </summary>
public static class GoldStore
{
    public static string Build(string folder)
    {
        var path = Path.Combine(folder, "web-tests.db");
        var overlay = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "tests", "Concord.Tests", "Web", "TestData", "gold-overlay.json")))!;
        var gold = File.ReadLines(TestPaths.Gold).Where(l => l.Trim().Length > 0).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        var reader = new DocumentReader();
        var pipeline = PipelineFactory.CreateDefault();
        using var store = ConcordStore.Open(path);
        foreach (var file in Directory.GetFiles(TestPaths.KarabakhCorpus, "*.txt").Order(StringComparer.Ordinal))
        {
            var doc = reader.Read(file).Document ?? throw new InvalidOperationException("unreadable corpus file " + file);
            var analysis = pipeline.Analyze(doc);
            var language = (string)overlay["languages"]![doc.Name[..3]]!;
            var mentions = gold.Where(g => (string)g["doc"]! == doc.Name).Select(g => ToMention(g, doc.Text, language, overlay["places"]!.AsObject())).ToList();
            store.Save(analysis with { Mentions = mentions });
        }

        return path;
    }

    private static Mention ToMention(JsonObject g, string text, string language, JsonObject places)
    {
        var quote = (string)g["quote"]!;
        var start = text.IndexOf(quote, StringComparison.Ordinal);
        var span = start < 0 ? new TextSpan(0, 0) : new TextSpan(start, start + quote.Length);
        var place = (string?)g["location"];
        var fat = g["fatalities"] as JsonObject;
        return new Mention
        {
            Id = (string)g["id"]!,
            Doc = (string)g["doc"]!,
            Kind = (string)g["kind"]! == "event" ? MentionKind.Event : MentionKind.Figure,
            Span = span,
            Quote = quote,
            Language = language,
            EventType = (string?)g["event_type"],
            SubEventType = (string?)g["sub_event_type"],
            DateStart = (string?)g["date_start"],
            DateEnd = (string?)g["date_end"],
            Location = place is null ? null : Locate(place, places),
            Actors = (g["actors"] as JsonArray ?? []).Select(a => (string)a!).ToList(),
            Fatalities = fat is null ? null : new Fatalities((int)fat["low"]!, (int?)fat["high"]),
            Measure = (string?)g["measure"],
            ValueLow = (double?)g["value_low"],
            ValueHigh = (double?)g["value_high"],
            PeriodStart = (string?)g["period_start"],
            PeriodEnd = (string?)g["period_end"],
            Group = (string?)g["group"],
        };
    }

    /// <summary>Coordinates of the place, or of the first of a list ("Ganja, Barda, Tartar").</summary>
    private static Location Locate(string place, JsonObject places)
    {
        foreach (var candidate in new[] { place }.Concat(place.Split([',', '–'], StringSplitOptions.TrimEntries)))
        {
            if (places[candidate] is JsonArray ll)
            {
                return new Location(place, (double)ll[0]!, (double)ll[1]!, PlacePrecision.Unknown);
            }
        }

        return new Location(place, null, null);
    }
}
