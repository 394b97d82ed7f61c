using System.Text;
using Concord.Export;
using Concord.Model;
using Concord.Store;
using Concord.Tests.Cli;
using Concord.Tests.Extraction;
using Microsoft.Data.Sqlite;

namespace Concord.Tests.Store;

/// <summary>
/// What the store gives back is what the pipeline found, on the Karabakh corpus: segmentation,
/// recognitions and mention records, in the compact layout of schema 7 (texts that are a slice
/// of the document text are stored as their span only).
/// </summary>
public sealed class StoreRoundTripTests
{
    [Fact]
    public void Segmentation_and_recognitions_read_back_equal_to_the_analysis()
    {
        using var dir = new TempDir();
        using var store = ConcordStore.Open(dir.File("s.db"));
        foreach (var analysis in CorpusAnalysis.Documents.Values)
        {
            Assert.Equal(SaveOutcome.Added, store.Save(analysis));
        }

        foreach (var analysis in CorpusAnalysis.Documents.Values)
        {
            var doc = analysis.Document;
            string name = doc.Source.Name;
            Assert.Equal(doc.Paragraphs, store.Paragraphs(name));
            Assert.Equal(doc.Sections, store.Sections(name));
            Assert.Equal(doc.Sentences, store.Sentences(name));
            var stored = store.Recognitions(name);
            Assert.Equal(analysis.Recognitions.Times, stored.Times);
            Assert.Equal(analysis.Recognitions.Numbers, stored.Numbers);
            Assert.Equal(analysis.Recognitions.Places, stored.Places);
            Assert.Equal(analysis.Recognitions.Actors, stored.Actors);
            Assert.Equal(doc.Sentences.Count, store.Documents().Single(d => d.Name == name).Sentences);
        }

        // The Wikipedia article has a reference list, kept as a section of its own.
        var article = CorpusAnalysis.Of("003").Document.Source.Name;
        Assert.Contains(store.Sections(article), s => s.Kind == SectionKind.References);
    }

    [Fact]
    public void Mention_records_are_the_export_lines_with_and_without_evidence()
    {
        using var dir = new TempDir();
        using var store = ConcordStore.Open(dir.File("s.db"));
        var analysis = CorpusAnalysis.Of("003");
        store.Save(analysis);
        var ordered = analysis.Mentions.OrderBy(m => m.Span.Start).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();

        Assert.Equal(ordered.Select(m => MentionJson.ToLine(m)), store.MentionRecords(explain: false));
        Assert.Equal(ordered.Select(m => MentionJson.ToLine(m, explain: true)), store.MentionRecords());
        Assert.Equal(ordered.Select(m => MentionJson.ToLine(m, explain: true)), store.Mentions().Select(m => MentionJson.ToLine(m, explain: true)));
    }

    [Fact]
    public void Mentions_come_back_per_document_in_export_order_filtered_by_kind_and_counted_per_kind()
    {
        using var dir = new TempDir();
        using var store = ConcordStore.Open(dir.File("s.db"));
        var analyses = new[] { "001", "003", "004" }.Select(CorpusAnalysis.Of).ToList();
        foreach (var analysis in analyses)
        {
            // Handed over in reverse: the store keeps them in export order all the same.
            store.Save(analysis with { Mentions = analysis.Mentions.Reverse().ToList() });
        }

        var documents = store.Documents();
        foreach (var analysis in analyses)
        {
            string name = analysis.Document.Source.Name;
            var ordered = analysis.Mentions.OrderBy(m => m.Span.Start).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
            Assert.Equal(ordered.Select(m => MentionJson.ToLine(m)), store.MentionRecords(name, explain: false));
            foreach (var kind in new[] { MentionKind.Event, MentionKind.Figure })
            {
                var ofKind = ordered.Where(m => m.Kind == kind).Select(m => MentionJson.ToLine(m, explain: true)).ToList();
                Assert.NotEmpty(ofKind);
                Assert.Equal(ofKind, store.MentionRecords(name, kind));
            }

            var stored = documents.Single(d => d.Name == name);
            Assert.Equal(analysis.Mentions.Count(m => m.Kind == MentionKind.Event), stored.Events);
            Assert.Equal(analysis.Mentions.Count(m => m.Kind == MentionKind.Figure), stored.Figures);
        }

        // All documents: by name, then each one's mentions in order.
        var all = analyses.OrderBy(a => a.Document.Source.Name, StringComparer.Ordinal)
            .SelectMany(a => a.Mentions.OrderBy(m => m.Span.Start).ThenBy(m => m.Id, StringComparer.Ordinal))
            .Select(m => MentionJson.ToLine(m, explain: true));
        Assert.Equal(all, store.MentionRecords());
    }

    [Fact]
    public void Mentions_at_one_start_are_ordered_by_id_in_code_point_order_as_sqlite_orders_text()
    {
        // U+FF5E sorts before U+1F600 in code points (and UTF-8 bytes), after it in UTF-16 units
        // (a surrogate pair starts with U+D83D): the export order is SQLite's, the first.
        var analysis = CorpusAnalysis.Of("002");
        var m = analysis.Mentions[0];
        var wide = m with { Id = m.Id + "\uFF5E" };
        var astral = m with { Id = m.Id + "\U0001F600" };
        using var dir = new TempDir();
        using var store = ConcordStore.Open(dir.File("s.db"));
        store.Save(analysis with { Mentions = [astral, wide] });

        var records = store.MentionRecords(explain: false);
        Assert.Equal([MentionJson.ToLine(wide), MentionJson.ToLine(astral)], records);
        Assert.Equal(2, store.Documents().Single().Events + store.Documents().Single().Figures);
    }

    [Fact]
    public void The_export_stream_is_the_export_lines_in_utf8_also_when_the_line_before_the_quote_is_not_ascii()
    {
        // The stored line says where its quote goes back in UTF-16 code units; the export writes
        // UTF-8, where a Latvian letter before the quote is two bytes and a supplementary character
        // four (two code units). Doc 001 is Latvian, so its quotes are not ASCII either.
        using var dir = new TempDir();
        using var store = ConcordStore.Open(dir.File("s.db"));
        var analysis = CorpusAnalysis.Of("001");
        var renamed = analysis.Mentions.Select((m, i) => m with { Doc = "kaŗš_𝄞", Id = i % 2 == 0 ? m.Id + "ā" : m.Id }).ToList();
        store.Save(analysis with { Mentions = renamed });
        var ordered = renamed.OrderBy(m => m.Span.Start).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
        Assert.Contains(ordered, m => !System.Text.Ascii.IsValid(m.Quote));

        foreach (bool explain in new[] { false, true })
        {
            using var output = new MemoryStream();
            store.WriteMentionLines(output, explain);
            var expected = string.Concat(ordered.Select(m => MentionJson.ToLine(m, explain) + Environment.NewLine));
            Assert.Equal(expected, Encoding.UTF8.GetString(output.ToArray()));
        }
    }

    [Fact]
    public void Names_repeated_as_other_string_instances_are_written_once_and_hundreds_of_names_read_back()
    {
        // A recognitions record writes each name once and refers back to it by number: equal names
        // must be found equal by content (not only when they are the same string instance), and a
        // record with more names than the writer's first table holds must come back whole.
        using var dir = new TempDir();
        using var store = ConcordStore.Open(dir.File("s.db"));
        var analysis = CorpusAnalysis.Of("003");
        var times = analysis.Recognitions.Times;
        Assert.NotEmpty(times);
        var many = Enumerable.Range(0, Math.Max(2 * times.Count, 600))
            .Select(i => times[i % times.Count] is var t ? t with { Value = $"{t.Value}|{i}", Rule = new string(t.Rule.AsSpan()) } : t)
            .ToList();
        store.Save(analysis with { Recognitions = analysis.Recognitions with { Times = many } });

        var stored = store.Recognitions(analysis.Document.Source.Name).Times;
        Assert.Equal(many, stored);
        int again = times.Count; // the first time expression's copy
        Assert.NotSame(many[0].Rule, many[again].Rule);
        Assert.Same(stored[0].Rule, stored[again].Rule);
    }

    [Fact]
    public void Texts_that_are_not_the_document_text_under_their_span_are_kept_as_they_are()
    {
        // Quotes, evidence and recognised texts are stored as their span when they are the
        // document's text there; anything else (a normalised or joined text) must come back as written.
        using var dir = new TempDir();
        using var store = ConcordStore.Open(dir.File("s.db"));
        var analysis = CorpusAnalysis.Of("002");
        var m = analysis.Mentions[0];
        var changed = m with
        {
            Quote = m.Quote.ToUpperInvariant() + " \"…\"",
            Explanation = [.. m.Explanation.Select(e => e with { Text = "«" + e.Text + "»" }), new Evidence("note", "test", new TextSpan(0, 5), "outside")],
        };
        var r = analysis.Recognitions;
        var recognitions = r with
        {
            Times = [.. r.Times.Take(1).Select(t => t with { Text = t.Text + "." }), .. r.Times.Skip(1)],
            Places = [.. r.Places.Take(1).Select(p => p with { Text = "" }), .. r.Places.Skip(1)],
        };
        store.Save(analysis with { Recognitions = recognitions, Mentions = [changed, .. analysis.Mentions.Skip(1)] });

        var name = analysis.Document.Source.Name;
        Assert.Equal(MentionJson.ToLine(changed, explain: true), store.MentionRecords().First(l => l.Contains($"\"id\":\"{m.Id}\"", StringComparison.Ordinal)));
        var stored = store.Recognitions(name);
        Assert.Equal(recognitions.Times, stored.Times);
        Assert.Equal(recognitions.Places, stored.Places);
        Assert.EndsWith(".", stored.Times[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_of_any_kind_are_stored_as_the_same_records_as_arrays_and_lists()
    {
        // The record writers view arrays and List<T> in place and copy any other list: a read-only
        // wrapper must give the same rows as the pipeline's own lists.
        var analysis = CorpusAnalysis.Of("001");
        var r = analysis.Recognitions;
        var wrapped = analysis with
        {
            Recognitions = r with
            {
                Times = r.Times.ToList().AsReadOnly(),
                Numbers = r.Numbers.ToArray(),
                Places = r.Places.ToList().AsReadOnly(),
                Actors = r.Actors.ToList().AsReadOnly(),
            },
            Mentions = analysis.Mentions.Select(m => m with { Explanation = m.Explanation.ToList().AsReadOnly() }).ToList().AsReadOnly(),
        };
        Assert.NotEmpty(r.Times);
        Assert.Contains(analysis.Mentions, m => m.Explanation.Count > 0);

        using var dir = new TempDir();
        using var plain = ConcordStore.Open(dir.File("plain.db"));
        using var other = ConcordStore.Open(dir.File("other.db"));
        plain.Save(analysis);
        other.Save(wrapped);

        var name = analysis.Document.Source.Name;
        Assert.Equal(plain.MentionRecords(), other.MentionRecords());
        var stored = other.Recognitions(name);
        Assert.Equal(r.Times, stored.Times);
        Assert.Equal(r.Numbers, stored.Numbers);
        Assert.Equal(r.Places, stored.Places);
        Assert.Equal(r.Actors, stored.Actors);
    }

    [Fact]
    public void In_a_batch_a_document_that_fails_to_save_leaves_nothing_and_costs_no_other()
    {
        using var dir = new TempDir();
        string path = dir.File("s.db");
        var good = CorpusAnalysis.Of("001");
        var bad = CorpusAnalysis.Of("002");
        var later = CorpusAnalysis.Of("003");

        // Two mentions with one id cannot both be stored: the document fails after some of its rows went in.
        var broken = bad with { Mentions = [.. bad.Mentions, bad.Mentions[0] with { Span = new TextSpan(0, 1) }] };
        using (var store = ConcordStore.Open(path))
        using (store.Batch(documentsPerCommit: 2))
        {
            store.Save(good);
            Assert.Throws<StoreException>(() => store.Save(broken));
            store.Save(later);
        }

        using var read = ConcordStore.Open(path, readOnly: true);
        Assert.Equal(
            new[] { good.Document.Source.Name, later.Document.Source.Name }.Order(StringComparer.Ordinal),
            read.Documents().Select(d => d.Name));
        Assert.Empty(read.Sentences(bad.Document.Source.Name));
        Assert.Empty(read.MentionRecords(bad.Document.Source.Name));
        Assert.Equal(later.Mentions.Count, read.MentionRecords(later.Document.Source.Name).Count);
    }

    [Fact]
    public void A_line_written_directly_is_the_json_object_serialised()
    {
        // The store and the exports write lines with a Utf8JsonWriter; the web API returns the
        // JsonObject parsed from that line. Serialised again it must give the same bytes for every
        // corpus mention (same escaping, same numbers).
        foreach (var m in CorpusAnalysis.Documents.Values.SelectMany(a => a.Mentions))
        {
            Assert.Equal(MentionJson.ToJson(m).ToJsonString(MentionJson.Options), MentionJson.ToLine(m));
            Assert.Equal(MentionJson.ToJson(m, explain: true).ToJsonString(MentionJson.Options), MentionJson.ToLine(m, explain: true));
        }
    }

    [Fact]
    public void A_store_of_the_older_schema_is_refused_by_name_and_left_untouched()
    {
        using var dir = new TempDir();
        string path = dir.File("old.db");
        SQLitePCL.Batteries_V2.Init();
        using (var old = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            old.Open();
            using var cmd = old.CreateCommand();
            cmd.CommandText = """
                CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
                INSERT INTO meta VALUES ('schema_version', '1');
                CREATE TABLE documents(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, text TEXT NOT NULL);
                CREATE TABLE sentences(doc_id INTEGER NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL);
                """;
            cmd.ExecuteNonQuery();
        }

        var before = File.ReadAllBytes(path);
        foreach (bool readOnly in new[] { false, true })
        {
            var ex = Assert.Throws<StoreException>(() => ConcordStore.Open(path, readOnly));
            Assert.Contains("old.db", ex.Message);
            Assert.Contains("schema 1", ex.Message);
            Assert.Contains("new store", ex.Message);
        }

        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void Storing_a_document_keeps_its_original_text_for_the_offsets()
    {
        using var dir = new TempDir();
        using var store = ConcordStore.Open(dir.File("s.db"));
        var analysis = CorpusAnalysis.Of("001");
        store.Save(analysis);
        string text = store.DocumentText(analysis.Document.Source.Name)!;
        Assert.Equal(analysis.Document.Text, text);
        var first = store.Sentences(analysis.Document.Source.Name).First(s => s.Span.Slice(text).Contains("1988. gada", StringComparison.Ordinal));
        Assert.Contains("1988. gada", first.Span.Slice(text), StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(text) > 0);
    }
}
