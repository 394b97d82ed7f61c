using System.CommandLine;
using Concord.Cli.Output;
using Concord.Export;
using Concord.Model;

namespace Concord.Cli.Commands;

/// <summary>`concord mentions`: what each document says, optionally with the reasoning behind it.</summary>
public sealed class MentionsCommand : ICliCommand
{
    public Command Build()
    {
        var db = CommonOptions.Db();
        var format = CommonOptions.Format();
        var outFile = CommonOptions.Out();
        var doc = new Option<string?>("--doc") { Description = "Only this document (file name or its number prefix)" };
        var kind = new Option<MentionKind?>("--kind") { Description = "event or figure" };
        var explain = new Option<bool>("--explain") { Description = "Show which rule fired and which tokens gave the date, number, place and actors" };
        var command = new Command("mentions", "List event and figure mentions") { db, doc, kind, explain, format, outFile };
        command.SetAction(parse =>
        {
            using var store = StoreAccess.Open(parse.GetValue(db)!, readOnly: true);
            var mentions = store.Mentions(parse.GetValue(doc), parse.GetValue(kind));
            var fmt = parse.GetValue(format);
            var withWhy = parse.GetValue(explain);
            if (fmt is OutputFormat.Json or OutputFormat.Jsonl)
            {
                using var sink = RowWriter.Open(parse.GetValue(outFile));
                if (fmt == OutputFormat.Json)
                {
                    var arr = new System.Text.Json.Nodes.JsonArray(mentions.Select(m => (System.Text.Json.Nodes.JsonNode?)MentionJson.ToJson(m, withWhy)).ToArray());
                    sink.WriteLine(arr.ToJsonString(new System.Text.Json.JsonSerializerOptions(MentionJson.Options) { WriteIndented = true }));
                }
                else
                {
                    foreach (var m in mentions)
                    {
                        sink.WriteLine(MentionJson.ToLine(m, withWhy));
                    }
                }

                return ExitCodes.Ok;
            }

            string[] columns = withWhy
                ? ["id", "kind", "type", "date", "value", "location", "actors", "fatalities", "quote", "why"]
                : ["id", "doc", "kind", "type", "date", "value", "location", "actors", "fatalities", "quote"];
            var rows = mentions.Select(m => Row(m, withWhy)).ToList();
            RowWriter.Write(columns, rows, fmt, parse.GetValue(outFile));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static IReadOnlyList<object?> Row(Mention m, bool withWhy)
    {
        var type = m.Kind == MentionKind.Event ? $"{m.EventType} / {m.SubEventType}" : m.Measure;
        var date = m.Kind == MentionKind.Event ? Range(m.DateStart, m.DateEnd) : Range(m.PeriodStart, m.PeriodEnd);
        var value = m.Kind == MentionKind.Figure ? Range(Num(m.ValueLow), m.ValueHigh is null ? "" : Num(m.ValueHigh)) + (m.Group is null ? "" : " " + m.Group) : null;
        var fatal = m.Fatalities is null ? null : m.Fatalities.High == m.Fatalities.Low ? $"{m.Fatalities.Low}" : $"{m.Fatalities.Low}–{m.Fatalities.High?.ToString() ?? "?"}";
        var quote = m.Quote.Length > 160 ? m.Quote[..157] + "…" : m.Quote;
        if (withWhy)
        {
            var why = string.Join("; ", m.Explanation.Select(e => $"{e.Role}: {e.Rule} «{e.Text}»"));
            return [m.Id, m.Kind.ToString().ToLowerInvariant(), type, date, value, m.Location?.Name, string.Join(", ", m.Actors), fatal, quote, why];
        }

        return [m.Id, m.Doc, m.Kind.ToString().ToLowerInvariant(), type, date, value, m.Location?.Name, string.Join(", ", m.Actors), fatal, quote];
    }

    internal static string Range(string? a, string? b) => a is null ? "" : b is null || b == a ? a : $"{a} – {b}";

    private static string? Num(double? v) => v?.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture);
}
