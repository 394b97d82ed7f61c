using Concord.Model;
using Concord.Segmenting;

namespace GazetteerBench;

/// <summary>
/// Corpus files as analysed documents. Until the language-aware segmenter lands, the language of
/// every sentence is the document's, guessed here from letters and function words (bench only).
/// </summary>
public static class CorpusDocuments
{
    public static AnalyzedDocument Load(string path)
    {
        var text = File.ReadAllText(path);
        var source = new SourceDocument(Path.GetFileName(path), path, "txt", text, "", text.Length);
        var segmented = new DocumentSegmenter().Segment(source);
        var language = GuessLanguage(text);
        return segmented with
        {
            Language = language,
            Sentences = segmented.Sentences.Select(s => s with { Language = language }).ToList(),
        };
    }

    private static string GuessLanguage(string text)
    {
        var lower = text.ToLowerInvariant();
        int Count(params string[] words) => words.Sum(w => CountOf(lower, w));
        var lv = Count(" un ", " ar ", " tika ", " gadā", "ā", "ē", "ī");
        var lt = Count(" ir ", " buvo ", " kad ", " su ", " metais");
        var en = Count(" the ", " and ", " of ", " was ");
        return lv > lt && lv > en ? "lv" : lt > en ? "lt" : "en";
    }

    private static int CountOf(string text, string word)
    {
        var n = 0;
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }
}
