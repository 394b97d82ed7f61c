using System.Runtime.InteropServices;
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

    public AnalyzedDocument Segment(SourceDocument document)
    {
        var text = document.Text;
        var blocks = ParagraphBlock.Split(text);
        string documentLanguage = AssignLanguages(text, blocks);

        classifier.Classify(blocks, text.Length);

        // The sentence spans of all blocks go into one reused list first (per block: where its
        // spans start and where its citation tail starts), so the sentences are made into one
        // array of the right size, with no list per block and no growing list of sentences.
        var scratch = Scratch.ForThread(blocks.Count);
        var spans = scratch.Spans;
        for (int b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            int first = spans.Count;
            scratch.FirstSpan[b] = first;
            if (block.Kind is SectionKind.Body or SectionKind.References or SectionKind.SeeAlso)
            {
                SentenceSplitter.Split(text, block.Span, rules.For(block.Language) ?? rules.For(documentLanguage), spans);
            }
            else
            {
                LineSpans(text, block.Span, spans);
            }

            scratch.ReferencesFrom[b] = block.Kind == SectionKind.Body
                ? CitationTailStart(text, CollectionsMarshal.AsSpan(spans)[first..], block.Language, block.CitationCues)
                : -1;
        }

        var all = CollectionsMarshal.AsSpan(spans);
        var sentences = new Sentence[all.Length];
        var sections = scratch.Sections;
        string? heading = null;
        string? sectionTitle = null;
        for (int b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
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

            int first = scratch.FirstSpan[b];
            var blockSpans = all[first..(b + 1 < blocks.Count ? scratch.FirstSpan[b + 1] : all.Length)];
            int referencesFrom = scratch.ReferencesFrom[b];
            for (int k = 0; k < blockSpans.Length; k++)
            {
                var kind = referencesFrom >= 0 && k >= referencesFrom ? SectionKind.References : block.Kind;
                sentences[first + k] = new Sentence(first + k, blockSpans[k], block.Language, kind, heading);
            }

            if (referencesFrom >= 0)
            {
                if (referencesFrom > 0)
                {
                    AddSection(sections, new TextSpan(block.Span.Start, blockSpans[referencesFrom - 1].End), SectionKind.Body, null);
                }

                AddSection(sections, new TextSpan(blockSpans[referencesFrom].Start, block.Span.End), SectionKind.References, null);
            }
            else
            {
                AddSection(sections, block.Span, block.Kind, block.Kind is SectionKind.References or SectionKind.SeeAlso ? sectionTitle : null);
            }
        }

        var paragraphs = new Paragraph[blocks.Count];
        for (int b = 0; b < blocks.Count; b++)
        {
            paragraphs[b] = new Paragraph(blocks[b].Span, blocks[b].Language, blocks[b].LanguageConfidence);
        }

        // Body sections only separate the others (two reference lists with prose between are two
        // sections): kept as spans while merging, made into objects only for the other kinds.
        int kept = 0;
        foreach (var section in sections)
        {
            kept += section.Kind != SectionKind.Body ? 1 : 0;
        }

        var stored = new Section[kept];
        kept = 0;
        foreach (var (span, kind, title) in sections)
        {
            if (kind != SectionKind.Body)
            {
                stored[kept++] = new Section(span, kind, title);
            }
        }

        return new AnalyzedDocument(document, documentLanguage, paragraphs, stored, sentences);
    }

    /// <summary>
    /// Ranks the languages of every paragraph once, takes the document's language from the
    /// paragraphs long enough to judge (weighted by length), then gives each paragraph its own
    /// language only when it is long and clearly not the document's, or in another script.
    /// </summary>
    private string AssignLanguages(string text, List<ParagraphBlock> blocks)
    {
        // Every paragraph's ranking in one reused buffer (a run of ProfileCount entries each), and
        // its best guess computed once: no list or guess object per paragraph.
        var li = identifier as LanguageIdentifier;
        int width = li?.ProfileCount ?? 1;
        var scratch = Scratch.ForThread(blocks.Count);
        var rankings = scratch.Rankings(blocks.Count * width);
        var counts = scratch.RankingCounts;
        var guesses = scratch.Guesses;
        for (int i = 0; i < blocks.Count; i++)
        {
            var ranked = rankings.Slice(i * width, width);
            if (li is not null)
            {
                counts[i] = li.RankInto(blocks[i].Chars, ranked);
            }
            else
            {
                ranked[0] = (identifier.Identify(blocks[i].Chars).Language, 1.0);
                counts[i] = 1;
            }

            guesses[i] = LanguageIdentifier.BestOf(ranked[..counts[i]]);
        }

        var votes = scratch.Votes;
        votes.Clear();
        for (int i = 0; i < blocks.Count; i++)
        {
            var guess = guesses[i];
            if (blocks[i].Length >= 200 && guess.Language != LanguageIdentifier.Undetermined)
            {
                votes[guess.Language] = votes.GetValueOrDefault(guess.Language) + Math.Min(blocks[i].Length, 5000);
            }
        }

        string documentLanguage = votes.Count > 0 ? MostVoted(votes) : identifier.Identify(text).Language;
        for (int i = 0; i < blocks.Count; i++)
        {
            AssignLanguage(blocks[i], rankings.Slice(i * width, counts[i]), guesses[i], documentLanguage, li);
        }

        return documentLanguage;
    }

    /// <summary>The language with the most votes; the first one met among equals (as <c>MaxBy</c> picks).</summary>
    private static string MostVoted(Dictionary<string, double> votes)
    {
        string? best = null;
        double most = 0;
        foreach (var (language, weight) in votes)
        {
            if (best is null || weight > most)
            {
                (best, most) = (language, weight);
            }
        }

        return best!;
    }

    private static void AssignLanguage(
        ParagraphBlock block, ReadOnlySpan<(string Language, double Score)> ranked, (string Language, double Confidence) guess, string documentLanguage, LanguageIdentifier? li)
    {
        int letters = LetterCounts.Count(block.Chars, MinLettersForOwnLanguage);
        bool otherScript = li is not null && li.ScriptOf(guess.Language) != li.ScriptOf(documentLanguage);
        bool trustOwn = guess.Language != LanguageIdentifier.Undetermined
            && (otherScript || (letters >= MinLettersForOwnLanguage && guess.Confidence >= MinConfidenceForOwnLanguage
                                && ClearlyBeatsDocumentLanguage(ranked, guess.Language, documentLanguage, li, block)));
        block.Language = trustOwn ? guess.Language : documentLanguage;
        block.LanguageConfidence = trustOwn || guess.Language == documentLanguage ? guess.Confidence : 0;
    }

    /// <summary>
    /// The document's language is the prior for its paragraphs: a paragraph switches only when its
    /// own best language scores clearly above the document's (names and numbers in an English
    /// citation look like many languages at once).
    /// </summary>
    private static bool ClearlyBeatsDocumentLanguage(
        ReadOnlySpan<(string Language, double Score)> ranked, string own, string documentLanguage, LanguageIdentifier? li, ParagraphBlock block)
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

    private static double ScoreOf(ReadOnlySpan<(string Language, double Score)> ranked, string language)
    {
        for (int i = 0; i < ranked.Length; i++)
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
    private int CitationTailStart(string text, ReadOnlySpan<TextSpan> spans, string language, CitationCues paragraphCues)
    {
        const int MinSentences = 8;
        if (spans.Length < MinSentences)
        {
            return -1;
        }

        // Citations are found first: with fewer than three there is no tail, and prose before the
        // first citation can only lower the score after its best, so neither needs a language.
        Span<bool> isCitation = spans.Length <= 1024 ? stackalloc bool[spans.Length] : new bool[spans.Length];
        isCitation.Clear();
        int first = -1, total = 0;
        for (int k = spans.Length - 1; k >= 0; k--)
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
        for (int k = spans.Length - 1; k >= first; k--)
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
            else if (CitationLikeness.IsProse(s) && LanguageOf(s) == language)
            {
                score--;
            }
        }

        return best >= 0 && citationsInBest >= 3 && bestScore >= 3 && best > 0 ? best : -1;
    }

    /// <summary>The best language of a sentence (<see cref="ILanguageIdentifier.Identify"/>'s, without a guess object when it can).</summary>
    private string LanguageOf(ReadOnlySpan<char> sentence) =>
        identifier is LanguageIdentifier li ? li.BestLanguageOf(sentence) : identifier.Identify(sentence).Language;

    /// <summary>Adds the non-blank lines of a block, trimmed, to <paramref name="spans"/>.</summary>
    private static void LineSpans(string text, TextSpan block, List<TextSpan> spans)
    {
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
    }

    private static void AddSection(List<(TextSpan Span, SectionKind Kind, string? Title)> sections, TextSpan span, SectionKind kind, string? title)
    {
        if (sections.Count > 0 && sections[^1].Kind == kind && sections[^1].Title == title)
        {
            sections[^1] = (new TextSpan(sections[^1].Span.Start, span.End), kind, title);
            return;
        }

        sections.Add((span, kind, title));
    }

    /// <summary>
    /// Per thread, the working buffers of one <see cref="Segment"/> call (rankings, sentence spans,
    /// sections while they merge): reused from document to document, so their growth is paid once.
    /// </summary>
    private sealed class Scratch
    {
        [ThreadStatic]
        private static Scratch? current;

        private (string Language, double Score)[] rankings = new (string, double)[1024];

        public List<TextSpan> Spans { get; } = new(1024);

        public List<(TextSpan Span, SectionKind Kind, string? Title)> Sections { get; } = [];

        public Dictionary<string, double> Votes { get; } = new(StringComparer.Ordinal);

        public int[] FirstSpan { get; private set; } = new int[256];

        public int[] ReferencesFrom { get; private set; } = new int[256];

        public int[] RankingCounts { get; private set; } = new int[256];

        public (string Language, double Confidence)[] Guesses { get; private set; } = new (string, double)[256];

        /// <summary>This thread's buffers, emptied, with room for <paramref name="blocks"/> paragraphs.</summary>
        public static Scratch ForThread(int blocks)
        {
            var s = current ??= new Scratch();
            if (s.FirstSpan.Length < blocks)
            {
                int size = Math.Max(blocks, s.FirstSpan.Length * 2);
                s.FirstSpan = new int[size];
                s.ReferencesFrom = new int[size];
                s.RankingCounts = new int[size];
                s.Guesses = new (string, double)[size];
            }

            s.Spans.Clear();
            s.Sections.Clear();
            return s;
        }

        public Span<(string Language, double Score)> Rankings(int length)
        {
            if (rankings.Length < length)
            {
                rankings = new (string, double)[Math.Max(length, rankings.Length * 2)];
            }

            return rankings.AsSpan(0, length);
        }
    }

    private static string HeadingText(string text) => text.TrimStart('#', ' ').TrimEnd(':', ' ');
}
