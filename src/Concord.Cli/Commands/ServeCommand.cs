using System.CommandLine;
using Concord.Cli.Composition;
using Concord.Cli.Ingestion;
using Concord.Reading;
using Concord.Store;
using Concord.Web;

namespace Concord.Cli.Commands;

/// <summary>`concord serve`: the web app (timeline, map, events, sources, search, upload) on 127.0.0.1.</summary>
public sealed class ServeCommand : ICliCommand
{
    public Command Build()
    {
        var db = CommonOptions.Db();
        var port = new Option<int>("--port", "-p") { Description = "Port on 127.0.0.1 (0 picks a free one)", DefaultValueFactory = _ => 5080 };
        var command = new Command("serve", "Serve the web app (timeline, map, events, disputes, sources, search, upload) on 127.0.0.1") { db, port };
        command.SetAction(async (parse, cancel) =>
        {
            var p = parse.GetValue(port);
            if (p is < 0 or > 65535)
            {
                throw new CliException($"--port: {p} is not a port (0–65535)");
            }

            using var store = StoreAccess.Open(parse.GetValue(db)!);
            await using var app = ConcordWebApp.Create(Options(store, p));
            string url;
            try
            {
                url = await app.StartAsync(cancel);
            }
            catch (IOException ex)
            {
                throw new CliException($"--port: cannot listen on 127.0.0.1:{p} ({ex.Message})", ExitCodes.SomeInputsFailed);
            }

            Console.Error.WriteLine($"Concord is serving {store.Path} at {url} (Ctrl+C to stop)");
            Console.WriteLine(url);
            await app.WaitForShutdownAsync(cancel);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The web app's options with the default pipeline behind uploads.</summary>
    public static ConcordWebOptions Options(ConcordStore store, int port) => new()
    {
        Store = store,
        Port = port,
        AliasFolder = Path.Combine(AppContext.BaseDirectory, "data", "conflicts"),
        Ingest = IngestOne,
    };

    public static IngestOutcome IngestOne(ConcordStore store, string path, DateOnly? documentDate)
    {
        var report = new Ingestor(new DocumentReader(), PipelineFactory.CreateDefault(), store).Run([path], documentDate);
        var problems = report.Failed.Select(f => f.Message).ToList();
        return report.Failed.Count > 0 ? new IngestOutcome(null, problems) : new IngestOutcome(Path.GetFileName(path), problems);
    }
}
