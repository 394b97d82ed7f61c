using System.CommandLine;
using System.Diagnostics;
using Concord.Export;
using Concord.Extraction;
using Concord.Gazetteer;
using Concord.Model;
using Concord.Reading;
using Concord.Segmenting;
using Concord.Temporal;

namespace Concord.Cli.Commands;

/// <summary>
/// `concord extract PATH... --out FILE [--timings]`: the pipeline without the store, writing the
/// scoring-contract JSON lines; --timings reports the time each stage took (for bench/pipeline).
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
            var segmenter = new DocumentSegmenter();
            var tagger = new TemporalTagger();
            var numbers = new NumberReader();
            var places = new PlaceRecognizer();
            var actors = new ActorRecognizer();
            var extractors = new Concord.Pipeline.IMentionExtractor[] { new EventExtractor(), new FigureExtractor() };
            var clock = new Dictionary<string, Stopwatch>();
            T Timed<T>(string stage, Func<T> f)
            {
                if (!clock.TryGetValue(stage, out var sw))
                {
                    clock[stage] = sw = new Stopwatch();
                }

                sw.Start();
                try
                {
                    return f();
                }
                finally
                {
                    sw.Stop();
                }
            }

            var files = parse.GetValue(paths)!.SelectMany<string, string>(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : [p]);
            using var sink = Output.RowWriter.Open(parse.GetValue(output));
            foreach (var file in files)
            {
                var read = Timed("read", () => reader.Read(file));
                if (read.Document is null)
                {
                    Console.Error.WriteLine($"concord: {file}: {read.Error}");
                    continue;
                }

                var doc = Timed("segment", () => segmenter.Segment(read.Document));
                var times = Timed("dates", () => tagger.Tag(doc));
                var rec = new Recognitions(
                    times,
                    Timed("numbers", () => numbers.Read(doc, times)),
                    Timed("places", () => places.Recognize(doc)),
                    Timed("actors", () => actors.Recognize(doc)));
                foreach (var extractor in extractors)
                {
                    foreach (var m in Timed(extractor.GetType().Name, () => extractor.Extract(doc, rec)))
                    {
                        sink.WriteLine(MentionJson.ToLine(m, parse.GetValue(explain)));
                    }
                }
            }

            if (parse.GetValue(timings))
            {
                foreach (var (stage, sw) in clock)
                {
                    Console.Error.WriteLine($"{stage,-16} {sw.Elapsed.TotalSeconds,8:F2} s");
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
