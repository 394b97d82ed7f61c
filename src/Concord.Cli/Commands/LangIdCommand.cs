using System.CommandLine;
using System.Text.Json;
using Concord.Language;
using Concord.Reading;
using Concord.Segmenting;

namespace Concord.Cli.Commands;

/// <summary>
/// Hidden diagnostic: the language of each document and of each of its paragraphs, as JSON lines,
/// for the language-identification bench (bench/langid) and for checking a new corpus.
/// </summary>
public sealed class LangIdCommand : ICliCommand
{
    public Command Build()
    {
        var files = new Argument<string[]>("files") { Description = "Documents to identify", Arity = ArgumentArity.OneOrMore };
        var command = new Command("langid", "Print the language of each document and paragraph, and optionally its sentences (JSON lines)")
        {
            Hidden = true,
        };
        var sentences = new Option<bool>("--sentences") { Description = "Also print each sentence with its section kind and heading" };
        var bench = new Option<int>("--bench") { Description = "Segment all documents this many times on one thread and print the throughput" };
        command.Arguments.Add(files);
        command.Options.Add(sentences);
        command.Options.Add(bench);
        command.Options.Add(CommonOptions.Format(Output.OutputFormat.Jsonl));
        command.SetAction(parse =>
        {
            var reader = new DocumentReader();
            var identifier = new LanguageIdentifier();
            var segmenter = new DocumentSegmenter();
            int failed = 0;
            foreach (var path in parse.GetValue(files) ?? [])
            {
                var read = reader.Read(path);
                if (read.Document is not { } document)
                {
                    Console.Error.WriteLine($"concord: {path}: {read.Error}");
                    failed++;
                    continue;
                }

                var analyzed = segmenter.Segment(document);
                var documentGuess = identifier.Identify(document.Text);
                WriteLine(new { doc = document.Name, level = "document", language = analyzed.Language, raw = documentGuess.Language, confidence = documentGuess.Confidence, chars = document.Text.Length });
                foreach (var paragraph in analyzed.Paragraphs)
                {
                    var text = paragraph.Span.Slice(document.Text);
                    var raw = identifier.Identify(text);
                    WriteLine(new
                    {
                        doc = document.Name,
                        level = "paragraph",
                        start = paragraph.Span.Start,
                        end = paragraph.Span.End,
                        language = paragraph.Language,
                        raw = raw.Language,
                        confidence = paragraph.Confidence,
                        chars = text.Length,
                        text,
                    });
                }

                if (parse.GetValue(sentences))
                {
                    foreach (var s in analyzed.Sentences)
                    {
                        WriteLine(new { doc = document.Name, level = "sentence", index = s.Index, start = s.Span.Start, end = s.Span.End, language = s.Language, section = s.Section.ToString(), heading = s.Heading, text = s.Span.Slice(document.Text) });
                    }

                    foreach (var section in analyzed.Sections)
                    {
                        WriteLine(new { doc = document.Name, level = "section", start = section.Span.Start, end = section.Span.End, section = section.Kind.ToString(), title = section.Title });
                    }
                }
            }

            if (parse.GetValue(bench) is int rounds and > 0)
            {
                Benchmark(reader, segmenter, parse.GetValue(files) ?? [], rounds);
            }

            return failed == 0 ? ExitCodes.Ok : ExitCodes.SomeInputsFailed;
        });
        return command;
    }

    /// <summary>Normalised documents identified and segmented on one thread, after one warm-up round; reports wall and CPU time.</summary>
    private static void Benchmark(DocumentReader reader, DocumentSegmenter segmenter, string[] paths, int rounds)
    {
        var documents = paths.Select(p => reader.Read(p).Document).OfType<Model.SourceDocument>().ToList();
        long bytes = documents.Sum(d => d.ByteSize);
        documents.ForEach(d => segmenter.Segment(d));
        // CPU time of this process, not wall time: the machine is shared, and MB/s per core is what we report.
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        int sentenceCount = 0;
        for (int r = 0; r < rounds; r++)
        {
            foreach (var d in documents)
            {
                sentenceCount += segmenter.Segment(d).Sentences.Count;
            }
        }

        clock.Stop();
        process.Refresh();
        double cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        double megabytes = bytes * (double)rounds / (1024 * 1024);
        WriteLine(new
        {
            level = "bench",
            rounds,
            bytes,
            seconds = clock.Elapsed.TotalSeconds,
            cpuSeconds,
            mbPerSecond = megabytes / clock.Elapsed.TotalSeconds,
            mbPerCpuSecond = megabytes / cpuSeconds,
            sentences = sentenceCount / rounds,
        });
    }

    private static void WriteLine<T>(T value) => Console.Out.WriteLine(JsonSerializer.Serialize(value));
}
