using System.CommandLine;
using Concord.Cli.Output;

namespace Concord.Cli.Commands;

/// <summary>`concord demo`: ingest the bundled samples and print the timeline, end to end.</summary>
public sealed class DemoCommand : ICliCommand
{
    public Command Build()
    {
        var db = new Option<string>("--db") { Description = "Store to fill", DefaultValueFactory = _ => "concord-demo.db" };
        var samples = new Option<string?>("--samples") { Description = "Folder of documents (default: the repository's samples/)" };
        var command = new Command("demo", "Ingest the bundled sample documents and print their timeline") { db, samples };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(samples) ?? FindSamples()
                ?? throw new CliException("samples/ folder not found; pass --samples FOLDER", ExitCodes.SomeInputsFailed);
            var dbPath = parse.GetValue(db)!;
            using var store = StoreAccess.Open(dbPath);
            var report = IngestCommand.Run(store, [folder], null);
            IngestCommand.PrintSummary(report);
            TimelineCommand.Write(store, null, null, OutputFormat.Table, null);
            Console.Error.WriteLine($"Explore further: concord mentions --db {dbPath} --explain | concord serve --db {dbPath}");
            return report.Failed.Count > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>samples/ beside the repository root, looked for from the working directory and the binary.</summary>
    private static string? FindSamples()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "samples");
                if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "Concord.sln")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
