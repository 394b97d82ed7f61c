using System.CommandLine;
using Concord.Cli.Output;
using Concord.Model;
using Concord.Store;

namespace Concord.Cli.Commands;

/// <summary>`concord timeline`: event mentions in date order with the quote and document stating each.</summary>
public sealed class TimelineCommand : ICliCommand
{
    public Command Build()
    {
        var db = CommonOptions.Db();
        var format = CommonOptions.Format();
        var outFile = CommonOptions.Out();
        var from = new Option<string?>("--from") { Description = "Earliest date (YYYY, YYYY-MM or YYYY-MM-DD)" };
        var to = new Option<string?>("--to") { Description = "Latest date" };
        var command = new Command("timeline", "Events in date order, with the quote and the document that states each") { db, from, to, format, outFile };
        command.SetAction(parse =>
        {
            var lo = StoreAccess.ParseDate(parse.GetValue(from), "--from");
            var hi = parse.GetValue(to) is { } t && PartialDate.TryLastDay(t, out var last) ? last : StoreAccess.ParseDate(parse.GetValue(to), "--to");
            using var store = StoreAccess.Open(parse.GetValue(db)!, readOnly: true);
            Write(store, lo, hi, parse.GetValue(format), parse.GetValue(outFile));
            return ExitCodes.Ok;
        });
        return command;
    }

    public static void Write(ConcordStore store, DateOnly? from, DateOnly? to, OutputFormat format, string? outFile)
    {
        var events = Timeline(store.Mentions(kind: MentionKind.Event), from, to);
        var rows = events.Select(m => (IReadOnlyList<object?>)
            [MentionsCommand.Range(m.DateStart, m.DateEnd), m.SubEventType ?? m.EventType, m.Location?.Name, m.Fatalities?.Low, m.Quote, m.Doc, m.Language]).ToList();
        RowWriter.Write(["date", "type", "place", "deaths", "quote", "doc", "lang"], rows, format, outFile);
    }

    /// <summary>Dated, first-statement event mentions in the window, earliest first (coarser dates first on ties).</summary>
    public static List<Mention> Timeline(IEnumerable<Mention> events, DateOnly? from, DateOnly? to) => events
        .Where(m => m.RepeatOf is null && m.DateStart is not null && PartialDate.Intersects(m.DateStart, m.DateEnd, from, to))
        .OrderBy(m => PartialDate.TryFirstDay(m.DateStart, out var d) ? d : DateOnly.MaxValue)
        .ThenBy(m => m.DateStart!.Length)
        .ThenBy(m => m.Doc, StringComparer.Ordinal)
        .ThenBy(m => m.Span.Start)
        .ToList();
}
