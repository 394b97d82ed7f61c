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
        command.Arguments.Add(files);
        command.Options.Add(sentences);
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
                    Console.Error.WriteLine($"concord: {read.Error}");
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

            return failed == 0 ? ExitCodes.Ok : ExitCodes.SomeInputsFailed;
        });
        return command;
    }

    private static void WriteLine<T>(T value) => Console.Out.WriteLine(JsonSerializer.Serialize(value));
}
