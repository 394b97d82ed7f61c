using Concord.Model;
using Concord.Reading;
using Concord.Segmenting;

namespace Concord.Tests.Text;

/// <summary>Sections and sentences of the real corpus: infobox, tables, headings, references.</summary>
public sealed class DocumentSegmenterTests
{
    private static AnalyzedDocument Analyze(string prefix) =>
        new DocumentSegmenter().Segment(new DocumentReader().Read(TestPaths.CorpusFile(prefix)).Document!);

    private static Sentence SentenceStarting(AnalyzedDocument doc, string start) =>
        doc.Sentences.First(s => s.Span.Slice(doc.Text).StartsWith(start, StringComparison.Ordinal));

    private static SectionKind KindOf(AnalyzedDocument doc, string text) =>
        doc.SectionAt(doc.Text.IndexOf(text, StringComparison.Ordinal));

    [Fact]
    public void A_document_segments_the_same_after_others_on_the_same_thread()
    {
        // The segmenter reuses per-thread buffers (rankings, sentence spans, sections): what a long
        // wiki article with references (003) leaves there must not leak into the next documents.
        var reader = new DocumentReader();
        var segmenter = new DocumentSegmenter();
        var docs = new[] { "003", "000", "001", "003", "002" }
            .Select(p => reader.Read(TestPaths.CorpusFile(p)).Document!).ToList();
        var inTurn = docs.Select(segmenter.Segment).ToList();
        for (int i = 0; i < docs.Count; i++)
        {
            var alone = new DocumentSegmenter().Segment(docs[i]);
            Assert.Equal(alone.Language, inTurn[i].Language);
            Assert.Equal(alone.Paragraphs, inTurn[i].Paragraphs);
            Assert.Equal(alone.Sections, inTurn[i].Sections);
            Assert.Equal(alone.Sentences, inTurn[i].Sentences);
            Assert.Equal(Enumerable.Range(0, inTurn[i].Sentences.Count), inTurn[i].Sentences.Select(s => s.Index));
            Assert.DoesNotContain(inTurn[i].Sections, s => s.Kind == SectionKind.Body);
        }

        // 003's references and 001's flattened reference list are there (the buffers held real work).
        Assert.Contains(inTurn[0].Sections, s => s.Kind == SectionKind.References);
        Assert.Contains(inTurn[2].Sentences, s => s.Section == SectionKind.References);
        Assert.Equal("lt", inTurn[1].Language);
        Assert.Equal("lv", inTurn[2].Language);
        Assert.Equal("en", inTurn[4].Language);
    }

    [Fact]
    public void Sentence_offsets_slice_to_trimmed_non_empty_text_in_order()
    {
        foreach (var prefix in new[] { "000", "001", "002", "003", "004" })
        {
            var doc = Analyze(prefix);
            int previousEnd = 0;
            foreach (var s in doc.Sentences)
            {
                var text = s.Span.Slice(doc.Text);
                Assert.False(string.IsNullOrWhiteSpace(text));
                Assert.Equal(text.Trim(), text);
                Assert.True(s.Span.Start >= previousEnd, $"{prefix}: sentence {s.Index} overlaps the previous one");
                previousEnd = s.Span.End;
            }
        }
    }

    [Fact]
    public void References_of_the_wikipedia_article_are_references_not_body()
    {
        var doc = Analyze("003");
        Assert.Equal(SectionKind.References, KindOf(doc, "Rudolph, Joseph Russell, ed. (2003). Encyclopedia of Modern Ethnic Conflicts."));
        Assert.Equal(SectionKind.References, KindOf(doc, "Nagorno-Karabakh Autonomous Oblast (NKAO) until 1991."));
        Assert.Equal(SectionKind.References, KindOf(doc, "\"Armenia, Azerbaijan, Russia sign deal to end Nagorno-Karabakh war\". www.aljazeera.com. Retrieved 2020-11-10."));
        Assert.Equal(SectionKind.References, KindOf(doc, "This article is issued from Wikipedia."));
        Assert.Equal(SectionKind.SeeAlso, KindOf(doc, "See also"));
        Assert.Contains(doc.Sections, s => s.Kind == SectionKind.References && s.Title == "Citations");

        // The last paragraph before "See also" is still prose.
        Assert.Equal(SectionKind.Body, KindOf(doc, "A Russian-brokered ceasefire was signed in May 1994"));
        Assert.All(doc.Sentences.Where(s => s.Span.Start > doc.Text.IndexOf("\nReferences\n", StringComparison.Ordinal)), s => Assert.False(s.Section.IsExtractable()));
    }

    [Fact]
    public void Reference_list_flattened_into_the_latvian_article_is_found()
    {
        // 001 is one line: the article followed by its references.
        var doc = Analyze("001");
        Assert.Equal(SectionKind.Body, SentenceStarting(doc, "Kopumā konfliktā dzīvību zaudējuši vismaz 93 azerbaidžāņu un 50 armēņu civilisti.").Section);
        Assert.Equal(SectionKind.References, SentenceStarting(doc, "«Armenia and Azerbaijan are Stuck with Russia and the U.S.»").Section);
        Assert.Equal(SectionKind.References, SentenceStarting(doc, "Skatīts: 2017. gada 26. februāris.").Section);
        var references = Assert.Single(doc.Sections, s => s.Kind == SectionKind.References);
        Assert.Equal(doc.Text.IndexOf("«Armenia and Azerbaijan are Stuck", StringComparison.Ordinal), references.Span.Start);
    }

    [Fact]
    public void Latvian_dates_with_ordinal_dots_stay_in_one_sentence()
    {
        var doc = Analyze("001");
        var s = SentenceStarting(doc, "2020. gada 11. decembrī Armēnijas Veselības ministrija paziņoja");
        Assert.EndsWith("dzīvību zaudējuši 2996 armēņu karavīri.", s.Span.Slice(doc.Text));
        Assert.Equal("lv", s.Language);
        Assert.DoesNotContain(doc.Sentences, x => x.Span.Slice(doc.Text) == "1994.");
    }

    [Fact]
    public void Lithuanian_sources_heading_opens_references()
    {
        var doc = Analyze("000");
        Assert.Equal(SectionKind.References, KindOf(doc, "Saltiniai:"));
        Assert.Equal(SectionKind.References, KindOf(doc, "https://apnews.com/article/turkey-territorial-disputes"));
        Assert.Equal(SectionKind.Body, SentenceStarting(doc, "2020 m lapkricio 9d pasirasyta taikos sutartis").Section);
        Assert.Equal(120, doc.Sentences.Count(s => s.Section == SectionKind.Body));
    }

    [Fact]
    public void Infobox_lines_are_their_own_sentences_and_marked_infobox()
    {
        var doc = Analyze("003");
        var date = SentenceStarting(doc, "Date20 February 1988 – present");
        Assert.Equal("Date20 February 1988 – present", date.Span.Slice(doc.Text));
        Assert.Equal(SectionKind.Infobox, date.Section);
        Assert.Equal(SectionKind.Infobox, SentenceStarting(doc, "28,000–38,000 killed (1988–1994)[36]").Section);

        var kids = Analyze("004");
        Assert.Equal(SectionKind.Infobox, SentenceStarting(kids, "Date 20 February 1988 – present").Section);
        Assert.Equal(SectionKind.Body, SentenceStarting(kids, "Nagorno-Karabakh conflict is an ethnic and territorial conflict").Section);
    }

    [Fact]
    public void Flattened_table_rows_are_table_sentences_one_per_row()
    {
        var doc = Analyze("003");
        var row = SentenceStarting(doc, "20137 soldiers12 soldiers19 soldiers[78]");
        Assert.Equal(SectionKind.Table, row.Section);
        Assert.Equal(SectionKind.Table, SentenceStarting(doc, "201722 soldiers[160]19 soldiers[161]41 soldiers").Section);
        Assert.Equal("201722 soldiers[160]19 soldiers[161]41 soldiers", SentenceStarting(doc, "201722 soldiers").Span.Slice(doc.Text));
    }

    [Fact]
    public void Headings_set_the_heading_of_following_sentences_and_captions_do_not()
    {
        var doc = Analyze("003");
        Assert.Equal("2016 April conflict", SentenceStarting(doc, "Between 1 and 5 April 2016, heavy fighting").Heading);
        Assert.Equal("1988–1994", SentenceStarting(doc, "An estimated 28,000–38,000 people were killed between 1988 and 1994.").Heading);
        Assert.Equal(SectionKind.Heading, SentenceStarting(doc, "2014 clashes and helicopter shootdown").Section);

        // A caption under a heading does not replace it.
        Assert.Equal(SectionKind.Caption, SentenceStarting(doc, "Pro-war demonstration in Baku, Azerbaijan, 18 July 2020").Section);
        Assert.Equal("2020 clashes", SentenceStarting(doc, "Further clashes near Tavush took place in July 2020.").Heading);

        // A one-sentence paragraph ending in a citation marker is prose, not a heading.
        Assert.Equal(SectionKind.Body, SentenceStarting(doc, "Some clashes occurred in the years following the 1994 ceasefire.[64]").Section);
    }

    [Fact]
    public void Navigation_lines_are_marked_and_not_extractable()
    {
        var doc = Analyze("002");
        Assert.Equal(SectionKind.Navigation, SentenceStarting(doc, "Keep Reading").Section);
        Assert.Equal(SectionKind.Navigation, SentenceStarting(doc, "Leave a Reply").Section);
        Assert.Equal(SectionKind.Body, SentenceStarting(doc, "Last year, Azerbaijan began blocking the Lachin corridor").Section);
        Assert.False(SectionKind.Navigation.IsExtractable());
    }

    [Fact]
    public void Quoted_speech_ends_with_its_quote()
    {
        var doc = Analyze("002");
        var s = SentenceStarting(doc, "Armenian separatist forces said in a statement");
        Assert.EndsWith("to cease fire.”", s.Span.Slice(doc.Text));
    }

    [Fact]
    public void Hard_wrapped_markdown_lines_join_into_one_paragraph()
    {
        const string text = "# 2016 April conflict\n\nBetween 1 and 5 April 2016, heavy fighting along the Nagorno-Karabakh\nfrontline left 88 Armenian and 31–92 Azerbaijani soldiers dead. One Armenian\nand one Azerbaijani civilian were also killed.\n";
        var doc = new DocumentSegmenter().Segment(new SourceDocument("wrapped", "wrapped.md", "md", text, "x", text.Length));
        Assert.Equal(2, doc.Paragraphs.Count);
        var sentences = doc.Sentences.Select(s => s.Span.Slice(text)).ToList();
        Assert.Equal("# 2016 April conflict", sentences[0]);
        Assert.Equal("Between 1 and 5 April 2016, heavy fighting along the Nagorno-Karabakh\nfrontline left 88 Armenian and 31–92 Azerbaijani soldiers dead.", sentences[1]);
        Assert.Equal("2016 April conflict", doc.Sentences[2].Heading);
    }
}
