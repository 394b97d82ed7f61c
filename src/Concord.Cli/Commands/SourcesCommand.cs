using System.CommandLine;
using Concord.Cli.Output;

namespace Concord.Cli.Commands;

/// <summary>`concord sources`: documents, languages, pasted repeats and the copy graph (who copies whom, how much).</summary>
public sealed class SourcesCommand : ICliCommand
{
    public Command Build()
    {
        var inputs = new ReconciliationInputs();
        var format = CommonOptions.Format();
        var outFile = CommonOptions.Out();
        var command = new Command("sources", "Documents, languages, repeated passages and the copy graph; which documents count as one source") { format, outFile };
        inputs.AddTo(command);
        command.SetAction(parse =>
        {
            var result = inputs.Run(parse);
            var copies = result.Copies;
            var rows = result.Documents.OrderBy(d => d.Name, StringComparer.Ordinal).Select(d =>
            {
                var repeats = copies.Repeats.Where(r => r.Doc == d.Name).ToList();
                var copyOf = copies.Copies.Where(c => c.Copy == d.Name)
                    .Select(c => $"{c.Source} ({c.ShareOfCopyInSource:P0} of this text is in it{(c.DirectionKnown ? "" : ", direction unsure")})");
                var copiedBy = copies.Copies.Where(c => c.Source == d.Name)
                    .Select(c => $"{c.Copy} ({c.ShareOfSourceInCopy:P0} of this text is in it)");
                return (IReadOnlyList<object?>)
                [
                    d.Name, d.Language, d.Text.Length, repeats.Count, Math.Round(repeats.Sum(r => r.Span.Length) / (double)Math.Max(1, d.Text.Length), 3),
                    string.Join("; ", copyOf), string.Join("; ", copiedBy), copies.GroupOf(d.Name),
                    result.Mentions.Count(m => m.Doc == d.Name && m.RepeatOf is not null),
                ];
            }).ToList();
            RowWriter.Write(["doc", "language", "chars", "repeated_passages", "repeated_share", "copies", "copied_by", "source_group", "repeat_mentions"], rows, parse.GetValue(format), parse.GetValue(outFile));
            return ExitCodes.Ok;
        });
        return command;
    }
}
