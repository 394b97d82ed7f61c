using System.CommandLine;
using Concord.Cli.Composition;
using Concord.Export;
using Concord.Pipeline;
using Concord.Reading;

namespace Concord.Cli.Commands;

/// <summary>
/// `concord extract PATH... --out FILE [--timings]`: the pipeline without the store, writing the
/// scoring-contract JSON lines; --timings reports the time each stage of the same
/// <see cref="ConcordPipeline"/> that ingest runs took (for bench/pipeline).
/// </summary>
public sealed class ExtractCommand : ICliCommand
{
    public Command Build()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders of documents", Arity = ArgumentArity.OneOrMore };
        var output = CommonOptions.Out();
        var explain = new Option<bool>("--explain") { Description = "Include the evidence behind each mention" };
        var timings = new Option<bool>("--timings") { Description = "Print the time spent in each stage to standard error" };
        var command = new Command("extract", "Run the pipeline without the store and write mentions as JSON lines") { paths, output, explain, timings };
        command.Hidden = true;
        command.SetAction(parse =>
        {
            var reader = new DocumentReader();
            var pipeline = PipelineFactory.CreateDefault();
            var clock = parse.GetValue(timings) ? new StageClock() : null;
            var files = parse.GetValue(paths)!.SelectMany<string, string>(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : [p]);
            using var sink = Output.RowWriter.Open(parse.GetValue(output));
            foreach (var file in files)
            {
                var read = clock is null ? reader.Read(file) : clock.Time("read", () => reader.Read(file));
                if (read.Document is null)
                {
                    Console.Error.WriteLine($"concord: {file}: {read.Error}");
                    continue;
                }

                foreach (var m in pipeline.Analyze(read.Document, clock: clock).Mentions)
                {
                    sink.WriteLine(MentionJson.ToLine(m, parse.GetValue(explain)));
                }
            }

            foreach (var line in clock?.Report() ?? [])
            {
                Console.Error.WriteLine(line);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
