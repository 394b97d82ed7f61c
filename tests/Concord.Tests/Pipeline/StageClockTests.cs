using System.Globalization;
using System.Text.RegularExpressions;
using Concord.Cli.Composition;
using Concord.Pipeline;
using Concord.Reading;

namespace Concord.Tests.Pipeline;

/// <summary>
/// The stage clock charges every stage with the bytes it allocated, so `--timings` shows where the
/// garbage comes from, not only where the time goes.
/// </summary>
public sealed class StageClockTests
{
    [Fact]
    public void Every_stage_of_a_real_document_reports_its_allocated_megabytes()
    {
        var pipeline = PipelineFactory.CreateDefault();
        var document = new DocumentReader().Read(TestPaths.CorpusFile("002")).Document!;
        var clock = new StageClock();

        pipeline.Analyze(document, clock: clock);

        var totals = clock.Totals.ToList();
        Assert.Contains(totals, t => t.Stage == "segment");
        Assert.Contains(totals, t => t.Stage == "dates");
        Assert.All(totals, t => Assert.True(t.AllocatedBytes > 0, $"{t.Stage} allocated nothing"));

        var lines = clock.Report().ToList();
        Assert.Matches(@"^stage\s+(cpu|wall) s\s+wall s\s+alloc MB\s+jit s\s+jitted$", lines[0]);
        var segment = Regex.Match(lines.Single(l => l.StartsWith("segment ", StringComparison.Ordinal)), @"^segment\s+\d+\.\d\d\s+\d+\.\d\d\s+(\d+\.\d)\s+\d+\.\d\d\s+\d+$");
        Assert.True(segment.Success, string.Join('\n', lines));
        var reported = double.Parse(segment.Groups[1].Value, CultureInfo.InvariantCulture);
        var measured = totals.Single(t => t.Stage == "segment").AllocatedBytes / (1024.0 * 1024.0);
        Assert.Equal(measured, reported, 0.051);
    }
}
