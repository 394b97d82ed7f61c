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
        var serve = new Option<bool>("--serve") { Description = "Then serve the web app over the demo store and print its URL" };
        var port = new Option<int>("--port") { Description = "Port for --serve", DefaultValueFactory = _ => 5080 };
        var command = new Command("demo", "Ingest the bundled sample documents and print their timeline") { db, samples, serve, port };
        command.SetAction(async (parse, cancel) =>
        {
            var folder = parse.GetValue(samples) ?? FindSamples()
                ?? throw new CliException("samples/ folder not found; pass --samples FOLDER", ExitCodes.SomeInputsFailed);
            var dbPath = parse.GetValue(db)!;
            using var store = StoreAccess.Open(dbPath);
            var report = IngestCommand.Run(store, [folder], null);
            IngestCommand.PrintSummary(report);
            TimelineCommand.Write(store, null, null, OutputFormat.Table, null);
            var status = report.Failed.Count > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
            if (!parse.GetValue(serve))
            {
                Console.Error.WriteLine($"Explore further: ./concord mentions --db {dbPath} --explain, ./concord events --db {dbPath}, or ./concord demo --serve");
                return status;
            }

            await using var app = Concord.Web.ConcordWebApp.Create(ServeCommand.Options(store, parse.GetValue(port)));
            var url = await app.StartAsync(cancel);
            Console.Error.WriteLine($"Concord demo is serving {dbPath} at {url} (Ctrl+C to stop)");
            Console.WriteLine(url);
            await app.WaitForShutdownAsync(cancel);
            return status;
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
