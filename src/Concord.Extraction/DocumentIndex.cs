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

    public DocumentIndex(AnalyzedDocument document, Recognitions recognitions)
    {
        Document = document;
        Text = document.Text;
        Folded = TextFolding.Fold(document.Text);
        Times = SortedByStart(recognitions.Times, t => t.Span);
        Numbers = SortedByStart(recognitions.Numbers, n => n.Span);
        Places = SortedByStart(recognitions.Places, p => p.Span);
        Actors = SortedByStart(recognitions.Actors, a => a.Span);
        Prefix = IdPrefix(document.Source.Name);
        DocName = string.IsNullOrEmpty(document.Source.Path) ? document.Source.Name : Path.GetFileName(document.Source.Path);
    }

    /// <summary>The document's file name, as the scoring contract names documents.</summary>
    public string DocName { get; }

    public AnalyzedDocument Document { get; }

    public string Text { get; }

    public string Folded { get; }

    public IReadOnlyList<TimeExpression> Times { get; }

    public IReadOnlyList<NumberExpression> Numbers { get; }

    public IReadOnlyList<PlaceMatch> Places { get; }

    public IReadOnlyList<ActorMatch> Actors { get; }

    /// <summary>Clauses of each sentence by the sentence's start (see <see cref="Events.ClauseSplitter.Split"/>).</summary>
    internal Dictionary<int, List<TextSpan>> Clauses { get; } = [];

    /// <summary>Usable times and the dates chosen from them, by span and lexicon (see <see cref="Events.DateChooser.UsableTimes"/>).</summary>
    internal Dictionary<(int Start, int End, IExtractionLexicon Lexicon), SpanDates> Dates { get; } = [];

    /// <summary>The year the document says its conflict began, by date-cue lexicon (see <see cref="Events.DateChooser"/>): one scan of the sentences per document.</summary>
    internal Dictionary<IDateCueLexicon, string?> Onsets { get; } = [];

    /// <summary>"003" for "003_029bb….txt": the document part of mention ids.</summary>
    public string Prefix { get; }

    public static IExtractionLexicon? LexiconFor(string language) => Lexicons.For(language);

    public static IExtractionLexicon Fallback => Lexicons.For("en")!;

    public IExtractionLexicon Lexicon(Sentence s) => LexiconFor(s.Language) ?? LexiconFor(Document.Language) ?? Fallback;

    public IEnumerable<TimeExpression> TimesIn(TextSpan span) => Inside(Times, span, t => t.Span);

    public IEnumerable<NumberExpression> NumbersIn(TextSpan span) => Inside(Numbers, span, n => n.Span);

    public IEnumerable<PlaceMatch> PlacesIn(TextSpan span) => Inside(Places, span, p => p.Span);

    public IEnumerable<ActorMatch> ActorsIn(TextSpan span) => Inside(Actors, span, a => a.Span);

    /// <summary>Bounds of a number: an exact or approximate number without a stated upper bound is itself.</summary>
    public static (double Low, double? High) Bounds(NumberExpression n) =>
        n.High is not null || n.Qualifier is NumberQualifier.AtLeast or NumberQualifier.MoreThan ? (n.Low, n.High) : (n.Low, n.Low);

    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);

    public string FoldedSlice(TextSpan span) => Folded.Substring(span.Start, span.Length);

    private static IEnumerable<T> Inside<T>(IReadOnlyList<T> sorted, TextSpan span, Func<T, TextSpan> spanOf)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (spanOf(sorted[mid]).Start < span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (int i = lo; i < sorted.Count && spanOf(sorted[i]).Start < span.End; i++)
        {
            if (spanOf(sorted[i]).End <= span.End)
            {
                yield return sorted[i];
            }
        }
    }

    /// <summary>
    /// The items in a stable order by start. The recognisers mostly give them in that order
    /// already, and a stable sort of a sorted list leaves it as it is, so then it is not sorted.
    /// </summary>
    private static List<T> SortedByStart<T>(IReadOnlyList<T> items, Func<T, TextSpan> spanOf)
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
