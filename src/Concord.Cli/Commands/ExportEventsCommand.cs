using System.CommandLine;
using Concord.Cli.Output;
using Concord.Reconciliation.Export;

namespace Concord.Cli.Commands;

/// <summary>`concord export events`: reconciled events as JSON Lines, UCDP-GED-style CSV or GeoJSON points.</summary>
public static class ExportEventsCommand
{
    public static Command Build()
    {
        var inputs = new ReconciliationInputs();
        var format = CommonOptions.Format(OutputFormat.Jsonl);
        var outFile = CommonOptions.Out();
        var command = new Command("events", "Reconciled events (jsonl, csv after UCDP GED, or geojson), each with its mention ids and evidence spans") { format, outFile };
        inputs.AddTo(command);
        command.SetAction(parse =>
        {
            var fmt = parse.GetValue(format);
            if (fmt is not (OutputFormat.Jsonl or OutputFormat.Csv or OutputFormat.Geojson))
            {
                throw new CliException("export events: --format must be jsonl, csv or geojson");
            }

            var result = inputs.Run(parse);
            string conflict = inputs.Conflict(parse);
            if (fmt == OutputFormat.Csv)
            {
                RowWriter.Write(EventExport.CsvColumns, result.Events.Select(e => EventExport.CsvRow(e, conflict)).ToList(), fmt, parse.GetValue(outFile));
                return ExitCodes.Ok;
            }

            using var sink = RowWriter.Open(parse.GetValue(outFile));
            if (fmt == OutputFormat.Geojson)
            {
                sink.WriteLine(EventExport.GeoJson(result.Events, conflict).ToJsonString(EventExport.Json));
            }
            else
            {
                foreach (var e in result.Events)
                {
                    sink.WriteLine(EventExport.ToJson(e, conflict).ToJsonString(EventExport.Json));
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
