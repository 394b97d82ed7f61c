using System.CommandLine;
using Concord.Cli.Output;
using Concord.Reconciliation.Disputes;

namespace Concord.Cli.Commands;

/// <summary>`concord disputes`: facts on which sources disagree, each side with its sources and quotes, most material first.</summary>
public sealed class DisputesCommand : ICliCommand
{
    public Command Build()
    {
        var inputs = new ReconciliationInputs();
        var format = CommonOptions.Format();
        var outFile = CommonOptions.Out();
        var command = new Command("disputes", "Dates, tolls and figures on which sources disagree, most material first") { format, outFile };
        inputs.AddTo(command);
        command.SetAction(parse =>
        {
            var result = inputs.Run(parse);
            var fmt = parse.GetValue(format);
            if (fmt is OutputFormat.Table or OutputFormat.Csv)
            {
                var rows = result.Disputes.SelectMany(d => d.Sides.SelectMany(s => s.Statements.Select(q => (IReadOnlyList<object?>)
                    [d.Id, d.Materiality, d.Attribute, d.SubjectLabel, s.Value, s.IndependentSources, q.MentionId, q.Language, q.Value, q.Quote]))).ToList();
                RowWriter.Write(["dispute", "materiality", "attribute", "about", "side", "side_sources", "mention", "lang", "says", "quote"], rows, fmt, parse.GetValue(outFile));
                return ExitCodes.Ok;
            }

            var objects = result.Disputes.Select(d => (IReadOnlyList<object?>)
                [d.Id, d.Subject, d.SubjectLabel, d.Attribute, d.Materiality, d.BetweenIndependentSources, d.Sides.Select(s => new
                {
                    value = s.Value,
                    independent_sources = s.IndependentSources,
                    statements = s.Statements.Select(q => new { mention = q.MentionId, doc = q.Doc, start = q.Span.Start, end = q.Span.End, language = q.Language, says = q.Value, quote = q.Quote }).ToList(),
                }).ToList()]).ToList();
            RowWriter.Write(["id", "subject", "about", "attribute", "materiality", "between_independent_sources", "sides"], objects, fmt, parse.GetValue(outFile));
            return ExitCodes.Ok;
        });
        return command;
    }
}
