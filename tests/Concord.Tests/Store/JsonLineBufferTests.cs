using System.Buffers;
using System.Text;
using System.Text.Json;
using Concord.Export;
using Concord.Tests.Extraction;

namespace Concord.Tests.Store;

/// <summary>
/// The mention lines are written by hand (<see cref="JsonLineBuffer"/>); these compare its bytes
/// with what System.Text.Json's writer writes with the same encoder, which wrote the lines before.
/// </summary>
public class JsonLineBufferTests
{
    private static readonly JsonWriterOptions GeneralWriter = new() { Encoder = MentionJson.Options.Encoder, SkipValidation = true };

    private static string General(Action<Utf8JsonWriter> write)
    {
        var output = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(output, GeneralWriter))
        {
            write(w);
        }

        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    private static string Mine(Action<JsonLineBuffer> write)
    {
        var line = new JsonLineBuffer();
        write(line);
        return Encoding.UTF8.GetString(line.WrittenSpan);
    }

    [Fact]
    public void Every_utf16_unit_is_escaped_as_the_general_writer_escapes_it()
    {
        for (int c = 0; c <= 0xFFFF; c++)
        {
            // Alone, and between plain and non-ASCII letters (the encoder's fast paths differ).
            foreach (var s in new[] { ((char)c).ToString(), "a" + (char)c + "ā", "Šuša " + (char)c })
            {
                Assert.Equal(General(w => w.WriteStringValue(s)), Mine(b => b.String(s)));
            }
        }

        foreach (var s in new[] { "", "😀 pair", "lone \ud800 high", "lone \udc00 low", "\"quoted\" \\ back\tslash\r\n", "\u2028\u2029\u00ad\ufeff" })
        {
            Assert.Equal(General(w => w.WriteStringValue(s)), Mine(b => b.String(s)));
        }
    }

    [Fact]
    public void Corpus_lines_and_mention_texts_are_written_as_the_general_writer_writes_them()
    {
        // Every line of the corpus (Latvian and Lithuanian letters, quotes, dashes), every quote and evidence text.
        var texts = Directory.GetFiles(TestPaths.KarabakhCorpus, "*.txt").SelectMany(File.ReadAllLines).ToList();
        Assert.Contains(texts, t => t.Contains('ā') && t.Contains('"'));
        var mentions = CorpusAnalysis.Documents.Values.SelectMany(a => a.Mentions).ToList();
        texts.AddRange(mentions.Select(m => m.Quote));
        texts.AddRange(mentions.SelectMany(m => m.Explanation).Select(e => e.Text));
        foreach (var s in texts)
        {
            Assert.Equal(General(w => w.WriteStringValue(s)), Mine(b => b.String(s)));
        }
    }

    [Fact]
    public void Numbers_are_formatted_as_the_general_writer_formats_them()
    {
        var random = new Random(8);
        var doubles = new List<double> { 0, -0.0, 1, -1, 0.1, 1e15, 1e-7, 123456789.125, double.MaxValue, double.Epsilon, 40.8153, 46.7582 };
        doubles.AddRange(Enumerable.Range(0, 20000).Select(_ => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-12, 20))));
        var mentions = CorpusAnalysis.Documents.Values.SelectMany(a => a.Mentions).ToList();
        doubles.AddRange(mentions.Select(m => m.Location?.Latitude).Concat(mentions.Select(m => m.Location?.Longitude)).OfType<double>());
        foreach (var d in doubles)
        {
            Assert.Equal(General(w => w.WriteNumberValue(d)), Mine(b => b.Number(d)));
        }

        foreach (var n in new long[] { 0, -1, 7, int.MaxValue, int.MinValue, long.MaxValue, long.MinValue, 999_999_999_999_999 })
        {
            Assert.Equal(General(w => w.WriteNumberValue(n)), Mine(b => b.Number(n)));
        }

        Assert.Throws<ArgumentException>(() => Mine(b => b.Number(double.NaN)));
    }

    [Fact]
    public void A_mention_with_escaped_and_non_ascii_text_keeps_its_quote_position()
    {
        // The store leaves a quote that is the document's text out and records where it goes, in UTF-16 units.
        var m = CorpusAnalysis.Documents.Values.SelectMany(a => a.Mentions).First(m => m.Doc.StartsWith("001", StringComparison.Ordinal));
        var odd = m with { Doc = "dok\"ā\u0001", Quote = "x" };
        string text = new string(' ', m.Span.End + 1).Remove(m.Span.Start, 1).Insert(m.Span.Start, "x");
        odd = odd with { Span = new Concord.Model.TextSpan(m.Span.Start, m.Span.Start + 1) };
        var line = new JsonLineBuffer();
        int at = MentionJson.WriteLineWithoutQuote(line, odd, text);
        string stored = Encoding.UTF8.GetString(line.WrittenSpan);
        Assert.Equal(MentionJson.ToLine(odd), stored.Insert(at, "x"));
        Assert.Contains("\"doc\":\"dok\\\"ā\\u0001\"", stored, StringComparison.Ordinal);
    }
}
