using System.CommandLine;
using Concord.Cli.Output;
using Concord.Model;
using Concord.Reconciliation;
using Concord.Reconciliation.Events;
using Concord.Reconciliation.Export;
using Concord.Reconciliation.Input;

namespace Concord.Cli.Commands;

/// <summary>`concord events`: reconciled events (one per occurrence, all its mentions merged).</summary>
public sealed class EventsCommand : ICliCommand
{
    public Command Build()
    {
        var inputs = new ReconciliationInputs();
        var format = CommonOptions.Format();
        var outFile = CommonOptions.Out();
        var from = new Option<string?>("--from") { Description = "Earliest date (YYYY, YYYY-MM or YYYY-MM-DD)" };
        var to = new Option<string?>("--to") { Description = "Latest date" };
        var type = new Option<string?>("--type") { Description = "Event type or sub-type (e.g. Battles, Agreement)" };
        var actor = new Option<string?>("--actor") { Description = "An actor the event involves" };
        var figures = new Option<bool>("--figures") { Description = "List reconciled figures (one figure, all its statements) instead of events" };
        var command = new Command("events", "Reconciled events: date, type, place, actors, deaths (low/best/high) and source counts") { from, to, type, actor, figures, format, outFile };
        inputs.AddTo(command);
        command.SetAction(parse =>
        {
            var result = inputs.Run(parse);
            if (parse.GetValue(figures))
            {
                WriteFigures(result.Figures, parse.GetValue(format), parse.GetValue(outFile));
                return ExitCodes.Ok;
            }

            var events = Filter(result.Events, parse.GetValue(from), parse.GetValue(to), parse.GetValue(type), parse.GetValue(actor));
            var fmt = parse.GetValue(format);
            if (fmt is OutputFormat.Json or OutputFormat.Jsonl)
            {
                using var sink = RowWriter.Open(parse.GetValue(outFile));
                var items = events.Select(e => EventExport.ToJson(e, inputs.Conflict(parse))).ToList();
                if (fmt == OutputFormat.Json)
                {
                    sink.WriteLine(new System.Text.Json.Nodes.JsonArray(items.Select(i => (System.Text.Json.Nodes.JsonNode?)i).ToArray()).ToJsonString(new System.Text.Json.JsonSerializerOptions(EventExport.Json) { WriteIndented = true }));
                }
                else
                {
                    items.ForEach(i => sink.WriteLine(i.ToJsonString(EventExport.Json)));
                }

                return ExitCodes.Ok;
            }

            var rows = events.Select(e => (IReadOnlyList<object?>)
            [
                e.Id, e.Date.ToString(), e.SubEventType ?? e.EventType, e.Location?.Name, string.Join(", ", e.Actors),
                e.Deaths is null ? null : $"{e.Deaths.Low}/{e.Deaths.Best}/{e.Deaths.High}", e.SourceCount, e.IndependentSources,
                e.Disputed ? "yes" : "", string.Join(" ", e.Mentions.Select(m => m.Id)),
            ]).ToList();
            RowWriter.Write(["id", "date", "type", "place", "actors", "deaths l/b/h", "sources", "independent", "disputed", "mentions"], rows, fmt, parse.GetValue(outFile));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteFigures(IEnumerable<Concord.Reconciliation.Figures.ReconciledFigure> figures, OutputFormat format, string? outFile)
    {
        var rows = figures.Select(f => (IReadOnlyList<object?>)
        [
            f.Id, f.Measure, f.Group, f.Period?.ToString(), f.Low, f.Best, f.High, f.Mentions.Select(m => m.Doc).Distinct().Count(), f.IndependentSources,
            f.Disputed ? "yes" : "", string.Join(" ", f.Mentions.Select(m => m.Id)),
        ]).ToList();
        RowWriter.Write(["id", "measure", "group", "period", "low", "best", "high", "sources", "independent", "disputed", "mentions"], rows, format, outFile);
    }

    public static List<ReconciledEvent> Filter(IEnumerable<ReconciledEvent> events, string? from, string? to, string? type, string? actor)
    {
        var lo = StoreAccess.ParseDate(from, "--from");
        var hi = to is not null && PartialDate.TryLastDay(to, out var last) ? last : StoreAccess.ParseDate(to, "--to");
        return events
            .Where(e => lo is null || e.Date.LastDay >= lo.Value.DayNumber)
            .Where(e => hi is null || e.Date.FirstDay <= hi.Value.DayNumber)
            .Where(e => type is null || string.Equals(e.EventType, type, StringComparison.OrdinalIgnoreCase) || string.Equals(e.SubEventType, type, StringComparison.OrdinalIgnoreCase))
            .Where(e => actor is null || e.Actors.Contains(actor, StringComparer.OrdinalIgnoreCase))
            .ToList();
    }
}

/// <summary>
/// Where reconciliation reads from: the store (documents and extracted mentions), or a mentions
/// file in the scoring contract (e.g. the gold) with its documents from the store or a folder.
/// </summary>
public sealed class ReconciliationInputs
{
    private readonly Option<string> db = CommonOptions.Db();
    private readonly Option<string?> mentions = new("--mentions") { Description = "Read mentions from this JSON Lines file (scoring contract) instead of the store" };
    private readonly Option<string?> corpus = new("--corpus") { Description = "With --mentions: read documents from this folder of .txt files instead of the store" };
    private readonly Option<string> conflict = new("--conflict") { Description = "Conflict name written in exports", DefaultValueFactory = _ => "" };

    public void AddTo(Command command)
    {
        command.Options.Add(db);
        command.Options.Add(mentions);
        command.Options.Add(corpus);
        command.Options.Add(conflict);
    }

    public string Conflict(ParseResult parse) => parse.GetValue(conflict) ?? "";

    public ReconciliationResult Run(ParseResult parse)
    {
        var (documents, list) = Load(parse);
        return new Reconciler().Run(documents.Values.ToList(), list);
    }

    private (Dictionary<string, ReconDocument> Documents, IReadOnlyList<Mention> Mentions) Load(ParseResult parse)
    {
        string? mentionFile = parse.GetValue(mentions);
        string? folder = parse.GetValue(corpus);
        if (mentionFile is not null && !File.Exists(mentionFile))
        {
            throw new CliException($"{mentionFile}: no such file");
        }

        if (folder is not null)
        {
            if (mentionFile is null)
            {
                throw new CliException("--corpus needs --mentions");
            }

            if (!Directory.Exists(folder))
            {
                throw new CliException($"{folder}: no such folder");
            }

            var docs = CorpusFolderReader.Read(folder);
            var read = MentionFileReader.Read(mentionFile, docs);
            return (docs, read);
        }

        using var store = StoreAccess.Open(parse.GetValue(db)!, readOnly: true);
        var stored = store.Documents()
            .Select(d => new ReconDocument(d.Name, d.Language, store.DocumentText(d.Name) ?? ""))
            .ToDictionary(d => d.Name, StringComparer.Ordinal);
        return (stored, mentionFile is null ? store.Mentions() : MentionFileReader.Read(mentionFile, stored));
    }
}
