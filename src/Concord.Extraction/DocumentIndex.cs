using Concord.Extraction.Lexicons;
using Concord.Languages;
using Concord.Model;

namespace Concord.Extraction;

/// <summary>
/// A document with its recognitions sorted by offset, its folded text and the lexicon of each
/// language, so that extractors can ask "what lies inside this span" cheaply.
/// </summary>
internal sealed class DocumentIndex
{
    private static readonly LanguageRegistry<IExtractionLexicon> Lexicons = new();

    private readonly List<(IExtractionLexicon Lexicon, Dictionary<long, SpanDates> Table)> dateTables = [];
    private readonly int datesCapacity;

    // The spans of each sorted list, read once, so that a lookup needs no delegate per item.
    private readonly TimeExpression[] times;
    private readonly NumberExpression[] numbers;
    private readonly PlaceMatch[] places;
    private readonly ActorMatch[] actors;
    private readonly TextSpan[] timeSpans;
    private readonly TextSpan[] numberSpans;
    private readonly TextSpan[] placeSpans;
    private readonly TextSpan[] actorSpans;

    public DocumentIndex(AnalyzedDocument document, Recognitions recognitions)
    {
        Document = document;
        Text = document.Text;
        Folded = TextFolding.Fold(document.Text);
        times = SortedByStart(recognitions.Times, t => t.Span);
        numbers = SortedByStart(recognitions.Numbers, n => n.Span);
        places = SortedByStart(recognitions.Places, p => p.Span);
        actors = SortedByStart(recognitions.Actors, a => a.Span);
        timeSpans = SpansOf(times, t => t.Span);
        numberSpans = SpansOf(numbers, n => n.Span);
        placeSpans = SpansOf(places, p => p.Span);
        actorSpans = SpansOf(actors, a => a.Span);
        Prefix = IdPrefix(document.Source.Name);
        DocName = string.IsNullOrEmpty(document.Source.Path) ? document.Source.Name : Path.GetFileName(document.Source.Path);

        // Sized up front: every sentence's dates are asked for, and a clause's where it may hold an
        // event; grown one doubling at a time, the tables left a copy of every smaller size behind.
        Clauses = new(document.Sentences.Count);
        datesCapacity = 2 * document.Sentences.Count;
    }

    /// <summary>The document's file name, as the scoring contract names documents.</summary>
    public string DocName { get; }

    public AnalyzedDocument Document { get; }

    public string Text { get; }

    public string Folded { get; }

    public IReadOnlyList<TimeExpression> Times => times;

    public IReadOnlyList<NumberExpression> Numbers => numbers;

    public IReadOnlyList<PlaceMatch> Places => places;

    public IReadOnlyList<ActorMatch> Actors => actors;

    /// <summary>Clauses of each sentence by the sentence's start (see <see cref="Events.ClauseSplitter.Split"/>).</summary>
    internal Dictionary<int, List<TextSpan>> Clauses { get; }

    /// <summary>
    /// Usable times and the dates chosen from them for <paramref name="lexicon"/>, by span (<see cref="SpanKey"/>;
    /// see <see cref="Events.DateChooser.UsableTimes"/>). One table per lexicon (a document has one or
    /// two), keyed by a number: a key holding the lexicon was hashed through its shared generic comparer on every look-up.
    /// </summary>
    internal Dictionary<long, SpanDates> DatesFor(IExtractionLexicon lexicon)
    {
        for (int i = 0; i < dateTables.Count; i++)
        {
            if (ReferenceEquals(dateTables[i].Lexicon, lexicon))
            {
                return dateTables[i].Table;
            }
        }

        // The first table is sized up front for every sentence and a clause each.
        var table = new Dictionary<long, SpanDates>(dateTables.Count == 0 ? datesCapacity : 0);
        dateTables.Add((lexicon, table));
        return table;
    }

    /// <summary>A span as one number: its start and end.</summary>
    internal static long SpanKey(TextSpan span) => ((long)span.Start << 32) | (uint)span.End;

    /// <summary>The year the document says its conflict began, by date-cue lexicon (see <see cref="Events.DateChooser"/>): one scan of the sentences per document.</summary>
    internal Dictionary<IDateCueLexicon, string?> Onsets { get; } = [];

    /// <summary>"003" for "003_029bb….txt": the document part of mention ids.</summary>
    public string Prefix { get; }

    public static IExtractionLexicon? LexiconFor(string language) => Lexicons.For(language);

    public static IExtractionLexicon Fallback => Lexicons.For("en")!;

    public IExtractionLexicon Lexicon(Sentence s) => LexiconFor(s.Language) ?? LexiconFor(Document.Language) ?? Fallback;

    public SpanRange<TimeExpression> TimesIn(TextSpan span) => new(times, timeSpans, span);

    public SpanRange<NumberExpression> NumbersIn(TextSpan span) => new(numbers, numberSpans, span);

    public SpanRange<PlaceMatch> PlacesIn(TextSpan span) => new(places, placeSpans, span);

    public SpanRange<ActorMatch> ActorsIn(TextSpan span) => new(actors, actorSpans, span);

    /// <summary>Bounds of a number: an exact or approximate number without a stated upper bound is itself.</summary>
    public static (double Low, double? High) Bounds(NumberExpression n) =>
        n.High is not null || n.Qualifier is NumberQualifier.AtLeast or NumberQualifier.MoreThan ? (n.Low, n.High) : (n.Low, n.Low);

    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);

    public string FoldedSlice(TextSpan span) => Folded.Substring(span.Start, span.Length);

    /// <summary>The folded text of <paramref name="span"/> in place (no copy).</summary>
    public ReadOnlySpan<char> FoldedSpan(TextSpan span) => Folded.AsSpan(span.Start, span.Length);

    private static TextSpan[] SpansOf<T>(T[] items, Func<T, TextSpan> spanOf)
    {
        var spans = new TextSpan[items.Length];
        for (int i = 0; i < spans.Length; i++)
        {
            spans[i] = spanOf(items[i]);
        }

        return spans;
    }

    /// <summary>
    /// The items in a stable order by start. The recognisers mostly give them in that order
    /// already, and a stable sort of a sorted list leaves it as it is, so then it is not sorted.
    /// </summary>
    private static T[] SortedByStart<T>(IReadOnlyList<T> items, Func<T, TextSpan> spanOf)
    {
        for (int i = 1; i < items.Count; i++)
        {
            if (spanOf(items[i]).Start < spanOf(items[i - 1]).Start)
            {
                return [.. items.OrderBy(x => spanOf(x).Start)];
            }
        }

        return [.. items];
    }

    internal sealed class SpanDates(List<TimeExpression> times)
    {
        public List<TimeExpression> Times { get; } = times;

        public List<Events.EventDate>? Chosen { get; set; }
    }

    private static string IdPrefix(string name)
    {
        var file = Path.GetFileNameWithoutExtension(name);
        int digits = 0;
        while (digits < file.Length && char.IsAsciiDigit(file[digits]))
        {
            digits++;
        }

        return digits > 0 ? file[..digits] : file;
    }
}
