using System.Runtime.CompilerServices;
using Concord.Gazetteer.Matching;
using Concord.Gazetteer.Text;
using Concord.Model;

namespace Concord.Gazetteer;

/// <summary>
/// One sentence's words with the place and actor names found in them; the words are kept (and read)
/// only when the sentence has a name or a border noun, otherwise <see cref="RunScan.Tokens"/> is empty.
/// </summary>
internal sealed record RunScan(TextRun Run, List<NameToken> Tokens, List<NameHit> PlaceHits, List<NameHit> ActorHits, bool HasBorderNoun);

/// <summary>
/// The names of a document, matched once and shared by the place and actor recognisers (the
/// actor recogniser needs the places, the place recogniser needs organisation names).
/// </summary>
internal sealed class DocumentScan
{
    private static readonly ConditionalWeakTable<AnalyzedDocument, DocumentScan> Scans = new();

    // The tokens of a run without names or border nouns: shared, never changed.
    private static readonly List<NameToken> NoTokens = [];

    // Tells this scan's first meeting with a word form from a later one (forms are per thread, as are scans).
    private static int lastStamp;

    private DocumentScan(List<RunScan> runs, List<WordForm> lowerCaseForms)
    {
        Runs = runs;
        LowerCaseForms = lowerCaseForms;
    }

    public List<RunScan> Runs { get; }

    /// <summary>The distinct spellings of the scanned words that start with a lower-case letter.</summary>
    public List<WordForm> LowerCaseForms { get; }

    public static DocumentScan Of(AnalyzedDocument document) => Scans.GetValue(document, Scan);

    private static DocumentScan Scan(AnalyzedDocument document)
    {
        var text = document.Text;
        var runs = new List<RunScan>();
        var lowerCase = new List<WordForm>();
        var nameStarts = new List<int>();
        var stamp = Interlocked.Increment(ref lastStamp);
        string? language = null;
        NameIndex? places = null, actors = null;
        foreach (var run in SentenceRuns.Of(document))
        {
            if (!string.Equals(run.Language, language, StringComparison.Ordinal))
            {
                language = run.Language;
                places = NameIndex.For(language, IndexKind.Places);
                actors = NameIndex.For(language, IndexKind.Actors);
            }

            nameStarts.Clear();
            var tokens = NameTokenizer.TokenizeScratch(text, run.Span, stamp, lowerCase, places, actors, nameStarts, out var hasBorderNoun);
            var (placeHits, actorHits) = NameMatcher.MatchBoth(text, tokens, places!, actors!, nameStarts);

            // The tokens are read only around names and border nouns (places, sided places, border
            // lines): a run with neither keeps none, and most runs have none (the stage's largest allocation).
            var kept = placeHits.Count > 0 || actorHits.Count > 0 || hasBorderNoun ? NameTokenizer.Keep(tokens) : NoTokens;
            runs.Add(new RunScan(run, kept, placeHits, actorHits, hasBorderNoun));
        }

        return new DocumentScan(runs, lowerCase);
    }
}
