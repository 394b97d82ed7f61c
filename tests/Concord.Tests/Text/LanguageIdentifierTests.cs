using Concord.Language;
using Concord.Model;
using Concord.Reading;
using Concord.Segmenting;

namespace Concord.Tests.Text;

/// <summary>Language of each corpus document, of its paragraphs, and of short or diacritic-less text.</summary>
public sealed class LanguageIdentifierTests
{
    private static readonly LanguageIdentifier Identifier = new();

    private static AnalyzedDocument Analyze(string prefix) =>
        new DocumentSegmenter().Segment(new DocumentReader().Read(TestPaths.CorpusFile(prefix)).Document!);

    [Theory]
    [InlineData("000", "lt")]
    [InlineData("001", "lv")]
    [InlineData("002", "en")]
    [InlineData("003", "en")]
    [InlineData("004", "en")]
    public void Identifies_each_corpus_document(string prefix, string language)
    {
        Assert.Equal(language, Identifier.Identify(TestPaths.CorpusText(prefix)).Language);
        Assert.Equal(language, Analyze(prefix).Language);
    }

    [Fact]
    public void Lithuanian_without_diacritics_is_lithuanian_paragraph_by_paragraph()
    {
        // 000 is typed without diacritics; every prose line must still be Lithuanian on its own.
        var doc = Analyze("000");
        var prose = doc.Paragraphs.Where(p => p.Span.Length >= 100 && doc.SectionAt(p.Span.Start) == SectionKind.Body).ToList();
        Assert.Equal(18, prose.Count);
        Assert.All(prose, p => Assert.Equal("lt", Identifier.Identify(p.Span.Slice(doc.Text)).Language));
        Assert.Equal("lt", Identifier.Identify("Azerbaidzanieciams sitas karas yra del teritorijos. Armenams sis karas yra ne del zemes.").Language);
    }

    [Fact]
    public void Latvian_sentences_are_latvian_on_their_own()
    {
        // 001 is one long line; its sentences are the natural short units to test.
        var doc = Analyze("001");
        var body = doc.Sentences.Where(s => s.Section == SectionKind.Body && s.Span.Length >= 60).ToList();
        Assert.True(body.Count > 150);
        int correct = body.Count(s => Identifier.Identify(s.Span.Slice(doc.Text)).Language == "lv");
        Assert.True(correct >= body.Count * 0.97, $"{correct}/{body.Count} Latvian sentences identified");
    }

    [Fact]
    public void English_body_paragraphs_are_english()
    {
        foreach (var prefix in new[] { "002", "003", "004" })
        {
            var doc = Analyze(prefix);
            var body = doc.Paragraphs.Where(p => doc.SectionAt(p.Span.Start) == SectionKind.Body && p.Span.Length >= 100).ToList();
            Assert.NotEmpty(body);
            Assert.All(body, p => Assert.Equal("en", Identifier.Identify(p.Span.Slice(doc.Text)).Language));
        }
    }

    [Fact]
    public void Short_paragraphs_take_the_document_language()
    {
        var doc = Analyze("003");
        var timeline = doc.Paragraphs.Single(p => p.Span.Slice(doc.Text) == "Timeline");
        Assert.Equal("en", timeline.Language);
        var infoboxLine = doc.Paragraphs.First(p => p.Span.Slice(doc.Text) == "Belligerents");
        Assert.Equal("en", infoboxLine.Language);
    }

    [Fact]
    public void A_russian_citation_in_an_english_article_is_russian()
    {
        var doc = Analyze("003");
        var citation = doc.Paragraphs.Single(p => p.Span.Slice(doc.Text).StartsWith("174. \"Омбудсмен Нагорного Карабаха", StringComparison.Ordinal));
        Assert.Equal("ru", citation.Language);
    }

    [Theory]
    [InlineData("Der Konflikt zwischen Armenien und Aserbaidschan um die Region wurde im Jahr 1994 durch einen Waffenstillstand unterbrochen.", "de")]
    [InlineData("Le conflit entre l'Arménie et l'Azerbaïdjan pour cette région a été suspendu par un cessez-le-feu en 1994.", "fr")]
    [InlineData("Конфликт между Арменией и Азербайджаном из-за этого региона был приостановлен перемирием в 1994 году.", "ru")]
    [InlineData("Konflikta eskalacija notika 2016. gada aprili un 2018. gada, kad puses apsaudija viena otru.", "lv")]
    [InlineData("Karas baigesi Azerbaidzano pralaimejimu.", "lt")]
    [InlineData("El conflicto entre Armenia y Azerbaiyán por la región comenzó en 1988.", "es")]
    [InlineData("Il conflitto tra Armenia e Azerbaigian per la regione è iniziato nel 1988.", "it")]
    [InlineData("The two countries have already fought two wars over Karabakh.", "en")]
    public void Identifies_short_sentences(string text, string language) =>
        Assert.Equal(language, Identifier.Identify(text).Language);

    [Fact]
    public void Text_without_letters_is_undetermined()
    {
        var guess = Identifier.Identify("1993–1994: 42,000–56,000 [29][28][31]");
        Assert.Equal(LanguageIdentifier.Undetermined, guess.Language);
        Assert.Equal(0, guess.Confidence);
    }

    [Fact]
    public void Profiles_are_loaded_for_the_required_languages()
    {
        foreach (var language in new[] { "en", "lv", "lt", "ru", "de", "fr" })
        {
            Assert.Contains(language, Identifier.Languages);
        }
    }

    [Fact]
    public void Rankings_are_in_list_sort_order_and_do_not_depend_on_what_was_ranked_before()
    {
        // The word cache keeps every spelling met in one growing arena; a paragraph must score
        // the same bits whether its words are new or were met (and the arena grown) before.
        var paragraphs = new List<string>();
        foreach (var prefix in new[] { "000", "001", "002", "003", "004" })
        {
            var doc = Analyze(prefix);
            paragraphs.AddRange(doc.Paragraphs.Select(p => p.Span.Slice(doc.Text).ToString()));
        }

        var warm = new LanguageIdentifier();
        var warmRankings = paragraphs.Select(p => warm.Rank(p)).ToList();
        foreach (int k in new[] { 0, 7, paragraphs.Count / 2, paragraphs.Count - 1 })
        {
            Assert.Equal(warmRankings[k], new LanguageIdentifier().Rank(paragraphs[k]));
        }

        int ranked = 0;
        foreach (var ranking in warmRankings.Where(r => r.Count > 0))
        {
            var sorted = ranking.ToList();
            sorted.Sort((a, b) => b.Score.CompareTo(a.Score));
            Assert.Equal(sorted, ranking);
            ranked++;
        }

        Assert.True(ranked > 500, $"{ranked} paragraphs ranked");
    }
    [Fact]
    public void Per_word_scores_decide_as_per_trigram_scores_on_every_paragraph_and_sentence()
    {
        // Rank sums each word's trigram weights once and then adds words; RankByTrigram adds every
        // trigram in first-occurrence order. The sums differ in their last bits only: the best
        // language and the rounded confidence must be the same on every corpus and sample text.
        var files = Directory.GetFiles(TestPaths.KarabakhCorpus, "*.txt")
            .Concat(Directory.GetFiles(TestPaths.Samples, "*.txt", SearchOption.AllDirectories));
        var identifier = new LanguageIdentifier();
        int texts = 0;
        foreach (var file in files)
        {
            var doc = new DocumentSegmenter().Segment(new DocumentReader().Read(file).Document!);
            var spans = doc.Paragraphs.Select(p => p.Span).Concat(doc.Sentences.Select(s => s.Span)).Append(new TextSpan(0, doc.Text.Length));
            foreach (var span in spans)
            {
                var text = span.Slice(doc.Text);
                var perWord = identifier.Rank(text);
                var perTrigram = identifier.RankByTrigram(text);
                Assert.Equal(LanguageIdentifier.Best(perTrigram), LanguageIdentifier.Best(perWord));
                Assert.Equal(perTrigram.Count, perWord.Count);
                foreach (var (language, score) in perTrigram)
                {
                    double other = perWord.Single(r => r.Language == language).Score;
                    Assert.True(Math.Abs(other - score) <= 1e-11 * score, $"{file}: {language} {score:R} vs {other:R}");
                }

                texts++;
            }
        }

        Assert.True(texts > 3000, $"{texts} texts ranked");
    }

    [Fact]
    public void Brackets_apostrophes_and_other_letters_read_alike_wherever_they_stand()
    {
        // Words are read sixteen ASCII characters at a time, and one by one around brackets,
        // apostrophes and letters outside ASCII: both must read the same words at every offset,
        // so the per-word scores stay those of the per-trigram ranking (which reads words apart).
        var identifier = new LanguageIdentifier();
        string[] pieces = ["[12]", "don't", "Armenia’s", "[lower-alpha 6]", "Skatīts", "Ханкенди", "'quoted'", "[open", "]", "x'"];
        const string Prose = "the ceasefire agreement was signed in Moscow and the war ended ";
        int texts = 0;
        foreach (var piece in pieces)
        {
            for (int at = 0; at <= 40; at++)
            {
                var text = Prose[..at] + piece + Prose[at..] + piece + Prose;
                var perWord = identifier.Rank(text);
                var perTrigram = identifier.RankByTrigram(text);
                Assert.Equal(perTrigram.Select(r => r.Language), perWord.Select(r => r.Language));
                foreach (var (language, score) in perTrigram)
                {
                    double other = perWord.Single(r => r.Language == language).Score;
                    Assert.True(Math.Abs(other - score) <= 1e-11 * score, $"{text}: {language} {score:R} vs {other:R}");
                }

                texts++;
            }
        }

        Assert.Equal(pieces.Length * 41, texts);
    }

    [Fact]
    public void Every_character_is_a_letter_to_the_count_exactly_when_char_IsLetter_says_so()
    {
        // The count reads ASCII sixteen at a time by a range test and the other characters through
        // the letter-class table (char.IsLetter beyond it): for every character, in a block of
        // sixteen and in the tail after it, the count must be char.IsLetter's.
        for (int c = 0; c <= char.MaxValue; c++)
        {
            var text = new string((char)c, 20);
            Assert.True((char.IsLetter((char)c) ? 20 : 0) == LetterCounts.Count(text, 1000), $"U+{c:X4}");
        }

        // Counting stops once there are enough: past 60, never far past it.
        var prose = new string('a', 200);
        Assert.InRange(LetterCounts.Count(prose, 60), 60, 76);
        Assert.Equal(59, LetterCounts.Count(prose[..59] + "1234", 60));
    }
}
