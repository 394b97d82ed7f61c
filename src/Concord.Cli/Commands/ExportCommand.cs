using System.CommandLine;
using Concord.Cli.Output;
using Concord.Export;

namespace Concord.Cli.Commands;

/// <summary>`concord export mentions|events`: machine-readable exports.</summary>
public sealed class ExportCommand : ICliCommand
{
    public Command Build()
    {
        var command = new Command("export", "Export mentions or reconciled events");
        command.Subcommands.Add(Mentions());
        command.Subcommands.Add(ExportEventsCommand.Build());
        return command;
    }

    private static Command Mentions()
    {
        var db = CommonOptions.Db();
        var format = CommonOptions.Format(OutputFormat.Jsonl);
        var outFile = CommonOptions.Out();
        var explain = new Option<bool>("--explain") { Description = "Include the evidence behind each mention" };
        var command = new Command("mentions", "Every mention in the scoring contract of shared/eval/GUIDELINES.md (JSON Lines)") { db, format, outFile, explain };
        command.SetAction(parse =>
        {
            var fmt = parse.GetValue(format);
            if (fmt is not (OutputFormat.Jsonl or OutputFormat.Json))
            {
                throw new CliException("export mentions: --format must be jsonl or json");
            }

            using var store = StoreAccess.Open(parse.GetValue(db)!, readOnly: true);
            using var sink = RowWriter.Open(parse.GetValue(outFile));
            if (fmt == OutputFormat.Json)
            {
                var mentions = store.Mentions();
                var arr = new System.Text.Json.Nodes.JsonArray(mentions.Select(m => (System.Text.Json.Nodes.JsonNode?)MentionJson.ToJson(m, parse.GetValue(explain))).ToArray());
                sink.WriteLine(arr.ToJsonString(MentionJson.Options));
            }
            else
            {
                // The store keeps each mention's line and its evidence; passing them through is the same line as rebuilding it.
                RowWriter.WriteBytes(sink, output => store.WriteMentionLines(output, parse.GetValue(explain)));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
