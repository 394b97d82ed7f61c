using System.CommandLine;
using Concord.Cli.Output;
using Concord.Temporal;

namespace Concord.Cli.Commands;

/// <summary>`concord numbers FILE...`: every number, range and number word with what it counts.</summary>
public sealed class NumbersCommand : ICliCommand
{
    public Command Build()
    {
        var files = new Argument<string[]>("FILE") { Description = "Text files to read", Arity = ArgumentArity.OneOrMore };
        var lang = new Option<string?>("--lang") { Description = "Language of every sentence (ISO 639-1 code, one Concord has rules for); default: as segmented" };
        var format = CommonOptions.Format(OutputFormat.Table);
        var output = CommonOptions.Out();
        var cmd = new Command("numbers", "List the numbers (value or range, qualifier, unit, what is counted) in text files") { files, lang, format, output };
        cmd.SetAction(parse =>
        {
            var language = AnalyzedInputs.CheckLanguage(parse.GetValue(lang), NumberReader.Languages);
            var reader = new NumberReader();
            var rows = new List<IReadOnlyList<object?>>();
            int failed = 0;
            foreach (var path in parse.GetValue(files)!)
            {
                var doc = AnalyzedInputs.Load(path, language, null, ref failed);
                if (doc is null)
                {
                    continue;
                }

                foreach (var n in reader.Read(doc))
                {
                    rows.Add([doc.Source.Name, n.Span.Start, n.Span.End, n.Text, n.Low, n.High, n.Qualifier.ToString().ToLowerInvariant(), n.Unit, n.Counted, n.Rule]);
                }
            }

            RowWriter.Write(["doc", "start", "end", "text", "low", "high", "qualifier", "unit", "counted", "rule"], rows, parse.GetValue(format), parse.GetValue(output));
            return failed == 0 ? ExitCodes.Ok : ExitCodes.SomeInputsFailed;
        });
        return cmd;
    }
}
