using System.Runtime.CompilerServices;
using Concord.Gazetteer.Matching;
using Concord.Gazetteer.Text;
using Concord.Model;

namespace Concord.Gazetteer;

/// <summary>One sentence's words with the place and actor names found in them.</summary>
internal sealed record RunScan(TextRun Run, List<NameToken> Tokens, List<NameHit> PlaceHits, List<NameHit> ActorHits);

/// <summary>
/// The names of a document, matched once and shared by the place and actor recognisers (the
/// actor recogniser needs the places, the place recogniser needs organisation names).
/// </summary>
internal static class DocumentScan
{
    private static readonly ConditionalWeakTable<AnalyzedDocument, IReadOnlyList<RunScan>> Scans = new();

    public static IReadOnlyList<RunScan> Of(AnalyzedDocument document) => Scans.GetValue(document, Scan);

    private static IReadOnlyList<RunScan> Scan(AnalyzedDocument document)
    {
        var text = document.Text;
        var runs = new List<RunScan>();
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

            var tokens = NameTokenizer.Tokenize(text, run.Span);
            runs.Add(new RunScan(run, tokens, NameMatcher.Match(text, tokens, places!), NameMatcher.Match(text, tokens, actors!)));
        }

        return runs;
    }
}
