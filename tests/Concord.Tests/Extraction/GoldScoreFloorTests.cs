using System.Diagnostics;
using System.Text.Json.Nodes;
using Concord.Export;
using Concord.Model;

namespace Concord.Tests.Extraction;

/// <summary>
/// The whole Karabakh corpus scored by shared/eval/score.py against the gold: the floors sit just
/// below the scores reached and are raised as they rise, never lowered.
/// </summary>
public sealed class GoldScoreFloorTests
{
    private const double EventF1Floor = 0.860;
    private const double FigureF1Floor = 0.88;
    private const double DateExactFloor = 0.88;
    private const double TypeExactFloor = 0.90;
    private const double ActorsFoundFloor = 0.96;
    private const double FatalitiesExactFloor = 0.855;
    private const double LocationExactFloor = 0.885;

    [Fact]
    public void KarabakhScoresStayAboveTheFloor()
    {
        var pred = Path.Combine(Path.GetTempPath(), $"concord-pred-{Environment.ProcessId}.jsonl");
        File.WriteAllLines(pred, CorpusAnalysis.Documents.Values.SelectMany(d => d.Mentions).Select(m => MentionJson.ToLine(m)));
        try
        {
            var result = Score(pred);
            var events = result["event"]!;
            var figures = result["figure"]!;
            Assert.True(events["f1"]!.GetValue<double>() >= EventF1Floor, $"events F1 {events["f1"]}");
            Assert.True(figures["f1"]!.GetValue<double>() >= FigureF1Floor, $"figures F1 {figures["f1"]}");
            Assert.True(events["date_exact"]!.GetValue<double>() >= DateExactFloor, $"date_exact {events["date_exact"]}");
            Assert.True(events["type_exact"]!.GetValue<double>() >= TypeExactFloor, $"type_exact {events["type_exact"]}");
            Assert.True(events["actors_found"]!.GetValue<double>() >= ActorsFoundFloor, $"actors_found {events["actors_found"]}");
            Assert.True(events["fatalities_exact"]!.GetValue<double>() >= FatalitiesExactFloor, $"fatalities_exact {events["fatalities_exact"]}");
            Assert.True(events["location_exact"]!.GetValue<double>() >= LocationExactFloor, $"location_exact {events["location_exact"]}");
        }
        finally
        {
            File.Delete(pred);
        }
    }

    [Fact]
    public void EveryMentionQuotesTheDocumentExactly()
    {
        foreach (var analysis in CorpusAnalysis.Documents.Values)
        {
            Assert.All(analysis.Mentions, m => Assert.Equal(m.Quote, m.Span.Slice(analysis.Document.Text)));
            Assert.Equal(analysis.Mentions.Count, analysis.Mentions.Select(m => m.Id).Distinct().Count());
        }
    }

    private static JsonNode Score(string pred)
    {
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { Path.Combine(TestPaths.Shared, "eval", "score.py"), TestPaths.Gold, pred, TestPaths.KarabakhCorpus, "--json" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "score.py failed: " + error);
        return JsonNode.Parse(output)!;
    }
}
