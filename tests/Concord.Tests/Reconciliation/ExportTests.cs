using Concord.Tests.Cli;

namespace Concord.Tests.Reconciliation;

public class ExportTests
{
    [Fact]
    public void CsvExportHasTheGedColumnsAndTracesEachEventToItsMentions()
    {
        var r = CliRunner.Run(TestPaths.RepoRoot, "export", "events", "--format", "csv", "--mentions", TestPaths.Gold, "--corpus", TestPaths.KarabakhCorpus);
        Assert.Equal(0, r.ExitCode);
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            "id,conflict,date_start,date_end,date_prec,event_type,sub_event_type,side_a,side_b,where_description,latitude,longitude,geo_precision,deaths_low,deaths_best,deaths_high,source_count,independent_sources,disputed,sources",
            lines[0].TrimEnd('\r'));
        var agreement = Assert.Single(lines, l => l.Contains("000-e007 000_", StringComparison.Ordinal));
        Assert.Contains(",2020-11-09,2020-11-09,1,Strategic developments,Agreement,", agreement, StringComparison.Ordinal);
        Assert.Contains("001-e170 001_", agreement, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonlExportListsMentionSpansThatResolveToTheQuote()
    {
        var r = CliRunner.Run(TestPaths.RepoRoot, "export", "events", "--mentions", TestPaths.Gold, "--corpus", TestPaths.KarabakhCorpus);
        Assert.Equal(0, r.ExitCode);
        var first = System.Text.Json.JsonDocument.Parse(r.Stdout.Split('\n')[0]).RootElement;
        foreach (var m in first.GetProperty("mentions").EnumerateArray())
        {
            var text = File.ReadAllText(Path.Combine(TestPaths.KarabakhCorpus, m.GetProperty("doc").GetString()!));
            int s = m.GetProperty("start").GetInt32(), e = m.GetProperty("end").GetInt32();
            Assert.Equal(m.GetProperty("quote").GetString(), text[s..e]);
        }
    }
}
