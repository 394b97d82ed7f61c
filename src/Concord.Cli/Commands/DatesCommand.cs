using System.CommandLine;
using System.Globalization;
using Concord.Cli.Output;
using Concord.Model;
using Concord.Segmenting;
using Concord.Temporal;

namespace Concord.Cli.Commands;

/// <summary>`concord dates FILE...`: every time expression with its TIMEX3 type, value and precision.</summary>
public sealed class DatesCommand : ICliCommand
{
    public Command Build()
    {
        var files = new Argument<string[]>("FILE") { Description = "Text files to tag", Arity = ArgumentArity.OneOrMore };
        var docDate = new Option<string?>("--doc-date") { Description = "The documents' own date (YYYY-MM-DD); relative dates count from it" };
        var lang = new Option<string?>("--lang") { Description = "Language of every sentence (ISO 639-1 code, one Concord has rules for); default: as segmented" };
        var format = CommonOptions.Format(OutputFormat.Table);
        var output = CommonOptions.Out();
        var cmd = new Command("dates", "List the time expressions (TIMEX3 type, value, precision, range) in text files") { files, docDate, lang, format, output };
        cmd.SetAction(parse =>
        {
            var date = AnalyzedInputs.ParseDate(parse.GetValue(docDate));
            var language = AnalyzedInputs.CheckLanguage(parse.GetValue(lang), TemporalTagger.Languages);
            var tagger = new TemporalTagger();
            var rows = new List<IReadOnlyList<object?>>();
            int failed = 0;
            foreach (var path in parse.GetValue(files)!)
            {
                var doc = AnalyzedInputs.Load(path, language, date, ref failed);
                if (doc is null)
                {
                    continue;
                }

                foreach (var t in tagger.Tag(doc))
                {
                    rows.Add([doc.Source.Name, t.Span.Start, t.Span.End, t.Text, t.Type.ToString().ToUpperInvariant(), t.Value,
                        t.Precision.ToString().ToLowerInvariant(), t.RangeStart, t.RangeEnd, t.ResolvedFromContext, t.NeedsDocumentDate, t.Rule]);
                }
            }

            RowWriter.Write(
                ["doc", "start", "end", "text", "type", "value", "precision", "range_start", "range_end", "from_context", "needs_doc_date", "rule"],
                rows, parse.GetValue(format), parse.GetValue(output));
            return failed == 0 ? ExitCodes.Ok : ExitCodes.SomeInputsFailed;
        });
        return cmd;
    }
}

/// <summary>Reads text files into segmented documents for the recogniser listings.</summary>
internal static class AnalyzedInputs
{
    public static DateOnly? ParseDate(string? text) =>
        text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new CliException($"--doc-date '{text}' is not a date (YYYY-MM-DD)");

    /// <summary>A --lang the recogniser has no rules for is refused, naming those it has.</summary>
    public static string? CheckLanguage(string? language, IReadOnlyCollection<string> known) =>
        language is null || known.Contains(language, StringComparer.OrdinalIgnoreCase) ? language?.ToLowerInvariant()
        : throw new CliException($"--lang '{language}': no rules for this language (known: {string.Join(", ", known.Order(StringComparer.Ordinal))})");

    public static AnalyzedDocument? Load(string path, string? language, DateOnly? documentDate, ref int failed)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"concord: {path}: no such file");
            failed++;
            return null;
        }

        var text = File.ReadAllText(path);
        var source = new SourceDocument(Path.GetFileName(path), path, Path.GetExtension(path).TrimStart('.'), text, "", new FileInfo(path).Length);
        var doc = new DocumentSegmenter().Segment(source);
        if (language is not null)
        {
            doc = doc with
            {
                Sentences = doc.Sentences.Select(s => s with { Language = language }).ToList(),
                Paragraphs = doc.Paragraphs.Select(p => p with { Language = language }).ToList(),
            };
        }

        return doc with { DocumentDate = documentDate };
    }
}
