using System.CommandLine;
using Concord.Cli.Composition;
using Concord.Cli.Diagnostics;
using Concord.Cli.Ingestion;
using Concord.Pipeline;
using Concord.Reading;
using Spectre.Console;

namespace Concord.Cli.Commands;

/// <summary>`concord ingest PATH...`: read, analyse and store documents.</summary>
public sealed class IngestCommand : ICliCommand
{
    public Command Build()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders (recursively) of .txt, .md, .html", Arity = ArgumentArity.OneOrMore };
        var db = CommonOptions.Db();
        var docDate = new Option<string?>("--doc-date") { Description = "The documents' own date (YYYY-MM-DD), to resolve 'last year', 'on Wednesday'" };
        var timings = new Option<bool>("--timings") { Description = "Print the time spent in each stage to standard error (for bench/pipeline)", Hidden = true };
        var command = new Command("ingest", "Read documents, extract events and figures, and store them") { paths, db, docDate, timings };
        command.SetAction(parse =>
        {
            var startup = new StartupClock();
            var date = StoreAccess.ParseDate(parse.GetValue(docDate), "--doc-date");
            using var store = StoreAccess.Open(parse.GetValue(db)!);
            var clock = parse.GetValue(timings) ? new StageClock() : null;
            var report = Run(store, parse.GetValue(paths)!, date, clock, startup);
            PrintSummary(report);
            foreach (var line in clock?.Report() ?? [])
            {
                Console.Error.WriteLine(line);
            }

            if (clock is not null)
            {
                foreach (var line in startup.Report())
                {
                    Console.Error.WriteLine(line);
                }
            }

            return report.Failed.Count > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Runs an ingest with a progress bar on an interactive terminal.</summary>
    public static IngestReport Run(Concord.Store.ConcordStore store, IEnumerable<string> paths, DateOnly? documentDate, StageClock? clock = null, StartupClock? startup = null)
    {
        startup?.Mark("store open");
        var ingestor = new Ingestor(new DocumentReader(), PipelineFactory.CreateDefault(), store) { Clock = clock };
        var (files, missing, skipped) = ingestor.Expand(paths);
        startup?.Mark("composition");
        IngestReport report;
        if (Terminal.Interactive && files.Count > 1)
        {
            report = Terminal.Err.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("Ingesting", maxValue: files.Count);
                    return ingestor.Run(files, documentDate, f =>
                    {
                        task.Description = Markup.Escape(Path.GetFileName(f));
                        task.Increment(1);
                    });
                });
        }
        else
        {
            report = ingestor.Run(files, documentDate);
        }

        report.Failed.InsertRange(0, missing);
        report.Skipped.AddRange(skipped);
        return report;
    }

    public static void PrintSummary(IngestReport report)
    {
        foreach (var p in report.Failed)
        {
            Terminal.Error($"{p.Path}: {p.Message}");
        }

        foreach (var p in report.Skipped)
        {
            Console.Error.WriteLine($"skipped {p.Path}: {p.Message}");
        }

        var read = report.Added + report.Replaced + report.Unchanged;
        Console.Error.WriteLine(
            $"{read} document(s) read ({report.Added} added, {report.Replaced} replaced, {report.Unchanged} unchanged), " +
            $"{report.Skipped.Count} skipped, {report.Failed.Count} failed; {report.Events} event and {report.Figures} figure mention(s) found");
    }
}
