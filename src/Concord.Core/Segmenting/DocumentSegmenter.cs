using Concord.Language;
using Concord.Languages;
using Concord.Model;
using Concord.Pipeline;
using System.Runtime.CompilerServices;

namespace Concord.Segmenting;

/// <summary>
/// Segments a document: paragraphs (lines, with hard-wrapped lines joined) each with its own
/// language, sections (headings, captions, infobox, tables, references, "see also", navigation)
/// and sentences with offsets, section kind and the nearest heading above them. Reference lists
/// flattened into prose (a wiki article pasted as one line) are found as a citation-dense tail.
/// </summary>
public sealed class DocumentSegmenter : IDocumentSegmenter
{
    /// <summary>A paragraph with fewer letters than this takes the document's language unless its script differs.</summary>
    public const int MinLettersForOwnLanguage = 60;

    /// <summary>Below this confidence, a paragraph's own guess yields to the document's language.</summary>
    public const double MinConfidenceForOwnLanguage = 0.05;

    /// <summary>How much better than the document's language a paragraph's own language must score.</summary>
    public const double DocumentLanguagePrior = 1.3;

    private static readonly Lazy<LanguageRegistry<ISegmentationRules>> Registry = new(() => new LanguageRegistry<ISegmentationRules>());

    private readonly ILanguageIdentifier identifier;
    private readonly LanguageRegistry<ISegmentationRules> rules;
    private readonly SectionClassifier classifier;
    private readonly CitationLikeness citations;

    public DocumentSegmenter()
        : this(new LanguageIdentifier(), Registry.Value)
    {
    }

    public DocumentSegmenter(ILanguageIdentifier identifier, LanguageRegistry<ISegmentationRules> rules)
    {
        this.identifier = identifier;
        this.rules = rules;
        var all = rules.All.ToList();
        citations = new CitationLikeness(all);
        classifier = new SectionClassifier(all, citations);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    public AnalyzedDocument Segment(SourceDocument document)
    {
        var text = document.Text;
        var blocks = ParagraphBlock.Split(text);
        string documentLanguage = AssignLanguages(text, blocks);

        classifier.Classify(blocks, text.Length);

        var sentences = new List<Sentence>();
        var sections = new List<Section>();
        string? heading = null;
        string? sectionTitle = null;
        foreach (var block in blocks)
        {
            if (block.IsHeading)
            {
                heading = HeadingText(block.Text);
                if (block.IsSectionTitle)
                {
                    sectionTitle = heading;
                }
            }

            if (block.Kind is not (SectionKind.References or SectionKind.SeeAlso))
            {
                sectionTitle = null;
            }

            var spans = block.Kind is SectionKind.Body or SectionKind.References or SectionKind.SeeAlso
                ? SentenceSplitter.Split(text, block.Span, rules.For(block.Language) ?? rules.For(documentLanguage))
                : LineSpans(text, block.Span);
            int referencesFrom = block.Kind == SectionKind.Body ? CitationTailStart(text, spans, block.Language, block.CitationCues) : -1;
            for (int k = 0; k < spans.Count; k++)
            {
                var kind = referencesFrom >= 0 && k >= referencesFrom ? SectionKind.References : block.Kind;
                sentences.Add(new Sentence(sentences.Count, spans[k], block.Language, kind, heading));
            }

            if (referencesFrom >= 0)
            {
                if (referencesFrom > 0)
                {
                    AddSection(sections, new TextSpan(block.Span.Start, spans[referencesFrom - 1].End), SectionKind.Body, null);
                }

                AddSection(sections, new TextSpan(spans[referencesFrom].Start, block.Span.End), SectionKind.References, null);
            }
            else
            {
                AddSection(sections, block.Span, block.Kind, block.Kind is SectionKind.References or SectionKind.SeeAlso ? sectionTitle : null);
            }
        }

        var paragraphs = blocks.Select(b => new Paragraph(b.Span, b.Language, b.LanguageConfidence)).ToList();
        return new AnalyzedDocument(document, documentLanguage, paragraphs, sections.Where(s => s.Kind != SectionKind.Body).ToList(), sentences);
    }

    /// <summary>
    /// Ranks the languages of every paragraph once, takes the document's language from the
    /// paragraphs long enough to judge (weighted by length), then gives each paragraph its own
    /// language only when it is long and clearly not the document's, or in another script.
    /// </summary>
    private string AssignLanguages(string text, List<ParagraphBlock> blocks)
    {
        var li = identifier as LanguageIdentifier;
        var rankings = new List<IReadOnlyList<(string Language, double Score)>>(blocks.Count);
        foreach (var block in blocks)
        {
            rankings.Add(li is not null ? li.Rank(block.Chars) : [(identifier.Identify(block.Chars).Language, 1.0)]);
        }

        var votes = new Dictionary<string, double>(StringComparer.Ordinal);
        for (int i = 0; i < blocks.Count; i++)
        {
            var guess = LanguageIdentifier.Best(rankings[i]);
            if (blocks[i].Length >= 200 && guess.Language != LanguageIdentifier.Undetermined)
            {
                votes[guess.Language] = votes.GetValueOrDefault(guess.Language) + Math.Min(blocks[i].Length, 5000);
            }
        }

        string documentLanguage = votes.Count > 0 ? votes.MaxBy(v => v.Value).Key : identifier.Identify(text).Language;
        for (int i = 0; i < blocks.Count; i++)
        {
            AssignLanguage(blocks[i], rankings[i], documentLanguage, li);
        }

        return documentLanguage;
    }

    private static void AssignLanguage(ParagraphBlock block, IReadOnlyList<(string Language, double Score)> ranked, string documentLanguage, LanguageIdentifier? li)
    {
        var guess = LanguageIdentifier.Best(ranked);
        int letters = CountLetters(block.Chars, MinLettersForOwnLanguage);
        bool otherScript = li is not null && li.ScriptOf(guess.Language) != li.ScriptOf(documentLanguage);
        bool trustOwn = guess.Language != LanguageIdentifier.Undetermined
            && (otherScript || (letters >= MinLettersForOwnLanguage && guess.Confidence >= MinConfidenceForOwnLanguage
                                && ClearlyBeatsDocumentLanguage(ranked, guess.Language, documentLanguage, li, block)));
        block.Language = trustOwn ? guess.Language : documentLanguage;
        block.LanguageConfidence = trustOwn || guess.Language == documentLanguage ? guess.Confidence : 0;
    }

    /// <summary>The letters in a text, counted up to <paramref name="enough"/> (all the caller compares with).</summary>
    private static int CountLetters(ReadOnlySpan<char> text, int enough)
    {
        int letters = 0;
        foreach (char c in text)
        {
            if (char.IsLetter(c) && ++letters >= enough)
            {
                break;
            }
        }

        return letters;
    }

    /// <summary>
    /// The document's language is the prior for its paragraphs: a paragraph switches only when its
    /// own best language scores clearly above the document's (names and numbers in an English
    /// citation look like many languages at once).
    /// </summary>
    private static bool ClearlyBeatsDocumentLanguage(
        IReadOnlyList<(string Language, double Score)> ranked, string own, string documentLanguage, LanguageIdentifier? li, ParagraphBlock block)
    {
        if (own == documentLanguage)
        {
            return true;
        }

        double score = ScoreOf(ranked, own), bar = ScoreOf(ranked, documentLanguage) * DocumentLanguagePrior;
        if (li is not null && LanguageIdentifier.TooCloseToCall(score, bar))
        {
            // Rank sums scores per word: this close to the bar its last bits could decide, so the
            // per-trigram sums decide, as they did before.
            var exact = li.RankByTrigram(block.Chars);
            (score, bar) = (ScoreOf(exact, own), ScoreOf(exact, documentLanguage) * DocumentLanguagePrior);
        }

        return score >= bar;
    }

    /// <summary>The score of <paramref name="language"/> in a ranking (0 when it is not ranked).</summary>
    private static double ScoreOf(IReadOnlyList<(string Language, double Score)> ranked, string language)
    {
        for (int i = 0; i < ranked.Count; i++)
        {
            if (ranked[i].Language == language)
            {
                return ranked[i].Score;
            }
        }

        return 0;
    }

    /// <summary>
    /// Where a citation-dense tail of a long paragraph starts (a reference list flattened into the
    /// same line as the article), or -1. The tail is the suffix that maximises citations minus
    /// prose sentences in the paragraph's language; short fragments ("Hairenik.", "2017-09-13.") and
    /// quoted passages in other languages count for neither.
    /// </summary>
    private int CitationTailStart(string text, List<TextSpan> spans, string language, CitationCues paragraphCues)
    {
        const int MinSentences = 8;
        if (spans.Count < MinSentences)
        {
            return -1;
        }

        // Citations are found first: with fewer than three there is no tail, and prose before the
        // first citation can only lower the score after its best, so neither needs a language.
        var isCitation = new bool[spans.Count];
        int first = -1, total = 0;
        for (int k = spans.Count - 1; k >= 0; k--)
        {
            if (citations.IsCitation(text.AsSpan(spans[k].Start, spans[k].Length), paragraphCues, out _))
            {
                isCitation[k] = true;
                first = k;
                total++;
            }
        }

        if (total < 3)
        {
            return -1;
        }

        int best = -1, bestScore = 0, score = 0, citationsInBest = 0, citationCount = 0;
        for (int k = spans.Count - 1; k >= first; k--)
        {
            var s = text.AsSpan(spans[k].Start, spans[k].Length);
            if (isCitation[k])
            {
                score++;
                citationCount++;
                if (score > bestScore)
                {
                    bestScore = score;
                    best = k;
                    citationsInBest = citationCount;
                }
            }
            else if (CitationLikeness.IsProse(s) && identifier.Identify(s).Language == language)
            {
                score--;
            }
        }

        return best >= 0 && citationsInBest >= 3 && bestScore >= 3 && best > 0 ? best : -1;
    }

    private static List<TextSpan> LineSpans(string text, TextSpan block)
    {
        var spans = new List<TextSpan>();
        int start = block.Start;
        for (int i = block.Start; i <= block.End; i++)
        {
            if (i == block.End || text[i] == '\n')
            {
                int s = start, e = i;
                while (s < e && char.IsWhiteSpace(text[s]))
                {
                    s++;
                }

                while (e > s && char.IsWhiteSpace(text[e - 1]))
                {
                    e--;
                }

                if (e > s)
                {
                    spans.Add(new TextSpan(s, e));
                }

                start = i + 1;
            }
        }

        return spans;
    }

    private static void AddSection(List<Section> sections, TextSpan span, SectionKind kind, string? title)
    {
        if (sections.Count > 0 && sections[^1].Kind == kind && sections[^1].Title == title)
        {
            sections[^1] = sections[^1] with { Span = new TextSpan(sections[^1].Span.Start, span.End) };
            return;
        }

        sections.Add(new Section(span, kind, title));
    }

    private static string HeadingText(string text) => text.TrimStart('#', ' ').TrimEnd(':', ' ');
}
