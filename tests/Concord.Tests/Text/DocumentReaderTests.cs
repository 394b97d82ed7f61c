using System.Diagnostics;
using System.Text;
using Concord.Reading;

namespace Concord.Tests.Text;

/// <summary>Bad input gets a one-line error naming the file; good input keeps offsets consistent.</summary>
public sealed class DocumentReaderTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("concord-reader-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static void AssertOneLineError(Concord.Pipeline.ReadResult result, string path, string problem)
    {
        Assert.Null(result.Document);
        Assert.NotNull(result.Error);
        Assert.DoesNotContain('\n', result.Error);
        Assert.DoesNotContain(path, result.Error); // the caller (ingest) names the file once
        Assert.Contains(problem, result.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Reads_a_corpus_document_with_its_hash_and_size()
    {
        var path = TestPaths.CorpusFile("002");
        var result = new DocumentReader().Read(path);
        var doc = Assert.IsType<Concord.Model.SourceDocument>(result.Document);
        Assert.Equal("txt", doc.Format);
        Assert.Equal(new FileInfo(path).Length, doc.ByteSize);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))), doc.ContentHash);
        Assert.Contains("Last year, Azerbaijan began blocking the Lachin corridor", doc.Text);
    }

    [Fact]
    public void Empty_file_is_refused()
    {
        var path = Write("empty.txt", []);
        AssertOneLineError(new DocumentReader().Read(path), path, "empty");
    }

    [Fact]
    public void Whitespace_only_file_is_refused_as_empty()
    {
        var path = Write("blank.md", "\uFEFF  \n\n"u8.ToArray());
        AssertOneLineError(new DocumentReader().Read(path), path, "empty");
    }

    [Fact]
    public void Binary_file_is_refused()
    {
        var path = Write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        AssertOneLineError(new DocumentReader().Read(path), path, "binary");
    }

    [Fact]
    public void Control_heavy_file_without_nul_is_refused_as_binary()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 3 == 0 ? 0x01 : 'a')).ToArray();
        var path = Write("controls.txt", bytes);
        AssertOneLineError(new DocumentReader().Read(path), path, "binary");
    }

    [Theory]
    [InlineData(4, null)]
    [InlineData(6, "6% control bytes")]
    public void Control_bytes_are_counted_against_their_share_of_a_real_text(int percent, string? expected)
    {
        // The Latvian article, its bytes in 100-byte rows each with `percent` escape bytes (0x1B)
        // and one each of tab, form feed and carriage return, which never count.
        var text = File.ReadAllBytes(TestPaths.CorpusFile("001"));
        var bytes = new List<byte>();
        for (int row = 0; row + 100 <= text.Length; row += 100)
        {
            bytes.AddRange(text.AsSpan(row, 100 - percent - 3).ToArray());
            bytes.AddRange(Enumerable.Repeat((byte)0x1B, percent));
            bytes.AddRange([(byte)'\t', 0x0C, (byte)'\r']);
        }

        Assert.Equal(expected, BinaryContent.Looks(bytes.ToArray()));
    }

    [Fact]
    public void Invalid_utf8_is_refused_with_the_byte_offset()
    {
        // "Armēnija un Azerbaidžāna" in the Baltic single-byte encoding ISO-8859-13 (ē = 0xBA,
        // ž = 0xFE, ā = 0xE2): a lenient decoder would produce mojibake; strict UTF-8 says no.
        byte[] bytes = [.. "Arm"u8.ToArray(), 0xBA, .. "nija un Azerbaid"u8.ToArray(), 0xFE, 0xE2, .. "na"u8.ToArray()];
        var path = Write("latin1.txt", bytes);
        var result = new DocumentReader().Read(path);
        AssertOneLineError(result, path, "invalid UTF-8");
        Assert.Contains("at byte 3", result.Error);
    }

    [Fact]
    public void Utf8_bom_is_dropped()
    {
        var path = Write("bom.txt", [.. Encoding.UTF8.Preamble, .. "Kalnu Karabahas konflikts"u8.ToArray()]);
        var doc = new DocumentReader().Read(path).Document!;
        Assert.StartsWith("Kalnu", doc.Text);
    }

    [Fact]
    public void Oversized_file_is_refused_without_reading_it()
    {
        var path = Path.Combine(dir, "huge.txt");
        using (var f = File.Create(path))
        {
            f.SetLength(200L * 1024 * 1024); // sparse: 200 MB on paper, nothing written
        }

        var clock = Stopwatch.StartNew();
        var result = new DocumentReader().Read(path);
        clock.Stop();
        AssertOneLineError(result, path, "too large");
        Assert.True(clock.ElapsedMilliseconds < 2000, $"took {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Size_limit_is_configurable()
    {
        var path = Write("small.txt", "Armenians call Nagorno-Karabakh “Artsakh.”"u8.ToArray());
        AssertOneLineError(new DocumentReader(maxBytes: 10).Read(path), path, "too large");
        Assert.NotNull(new DocumentReader(maxBytes: 1000).Read(path).Document);
    }

    [Fact]
    public void Missing_path_is_refused()
    {
        var path = Path.Combine(dir, "nope.txt");
        AssertOneLineError(new DocumentReader().Read(path), path, "no such file");
    }

    [Fact]
    public void Folder_is_refused()
    {
        AssertOneLineError(new DocumentReader().Read(dir), dir, "folder");
    }

    [Fact]
    public void Unsupported_extension_is_refused()
    {
        var path = Write("report.pdf", "%PDF-1.4"u8.ToArray());
        AssertOneLineError(new DocumentReader().Read(path), path, "unsupported file type '.pdf'");
    }

    [Fact]
    public void Crlf_keeps_offsets_and_length()
    {
        const string text = "Background\r\n\r\nThe modern phase of the conflict began in February 1988.\r\n";
        var path = Write("crlf.txt", Encoding.UTF8.GetBytes(text));
        var doc = new DocumentReader().Read(path).Document!;
        Assert.Equal(text.Length, doc.Text.Length);
        Assert.DoesNotContain('\r', doc.Text);
        Assert.Equal(text.IndexOf("February 1988", StringComparison.Ordinal), doc.Text.IndexOf("February 1988", StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_is_kept_as_written()
    {
        const string text = "# Nagorno-Karabakh conflict\n\nThe modern phase of the conflict began in February 1988.\n";
        var path = Write("doc.md", Encoding.UTF8.GetBytes(text));
        var doc = new DocumentReader().Read(path).Document!;
        Assert.Equal("md", doc.Format);
        Assert.Equal(text, doc.Text);
    }

    [Fact]
    public void Html_keeps_visible_text_only_with_consistent_offsets()
    {
        const string html = """
            <html><head><title>T</title><style>p { color: red }</style><script>var killed = 999;</script></head>
            <body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
            <header>Site header</header>
            <h1>2016 April conflict</h1>
            <p>Between 1 and 5 April 2016, heavy fighting along the <b>Nagorno-Karabakh</b> frontline left 88 Armenian and 31–92 Azerbaijani soldiers dead.</p>
            <ul><li>Armenian victory: 1994</li><li>Azerbaijani victory: 2020</li></ul>
            <div style="display: none">hidden text</div>
            <table><tr><td>2013</td><td>7 soldiers</td></tr></table>
            <div role="navigation">Jump to search</div>
            <span class="mw-editsection">[edit]</span>
            <div class="navbox">Conflicts in the Caucasus</div>
            <aside>Related: other stories</aside><footer>© site</footer>
            <script>document.write("injected")</script>
            </body></html>
            """;
        var path = Write("page.html", Encoding.UTF8.GetBytes(html));
        var doc = new DocumentReader().Read(path).Document!;
        Assert.Equal("html", doc.Format);
        foreach (var gone in new[] { "killed = 999", "color: red", "Home", "Site header", "hidden text", "Related:", "© site", "injected", "Jump to search", "[edit]", "Conflicts in the Caucasus" })
        {
            Assert.DoesNotContain(gone, doc.Text);
        }

        var lines = doc.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("2016 April conflict", lines[0]);
        Assert.Equal("Between 1 and 5 April 2016, heavy fighting along the Nagorno-Karabakh frontline left 88 Armenian and 31–92 Azerbaijani soldiers dead.", lines[1]);
        Assert.Equal("Armenian victory: 1994", lines[2]);
        Assert.Equal("Azerbaijani victory: 2020", lines[3]);
        Assert.Equal("2013 7 soldiers", lines[4]);

        // Offsets found by the segmenter point at the same characters in the extracted text.
        var analyzed = new Concord.Segmenting.DocumentSegmenter().Segment(doc);
        var sentence = analyzed.Sentences.Single(s => s.Span.Slice(doc.Text).Contains("heavy fighting", StringComparison.Ordinal));
        Assert.Equal(lines[1], sentence.Span.Slice(doc.Text));
        Assert.Equal("2016 April conflict", sentence.Heading);
    }

    [Fact]
    public void Reading_a_large_file_then_a_small_one_keeps_only_each_files_own_bytes()
    {
        // The bytes are read into a pooled buffer: a buffer left over from the 118 kB Wikipedia
        // article must not leak its tail into the 2.7 kB blog post read after it.
        var reader = new DocumentReader();
        foreach (var prefix in new[] { "003", "002", "003", "000" })
        {
            var path = TestPaths.CorpusFile(prefix);
            var bytes = File.ReadAllBytes(path);
            var doc = reader.Read(path).Document!;
            Assert.Equal(bytes.LongLength, doc.ByteSize);
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), doc.ContentHash);
            Assert.Equal(File.ReadAllText(path).Length, doc.Text.Length);
        }

        Assert.StartsWith("What’s happening between Armenia-Azerbaijan over Nagorno-Karabakh", reader.Read(TestPaths.CorpusFile("002")).Document!.Text, StringComparison.Ordinal);
    }
}
