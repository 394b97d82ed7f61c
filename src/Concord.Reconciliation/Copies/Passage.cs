using Concord.Model;

namespace Concord.Reconciliation.Copies;

/// <summary>A paragraph-sized stretch of one document: the unit compared for repeats and copies.</summary>
public sealed record Passage(int Index, string Doc, TextSpan Span, ulong[] Shingles)
{
    /// <summary>
    /// Lines of text with at least <paramref name="minWords"/> words: paragraphs in plain text and
    /// in text extracted from HTML. Shorter lines (headings, list items, infobox cells) are too
    /// generic to show copying.
    /// </summary>
    public static IEnumerable<(TextSpan Span, List<WordToken> Words)> Split(string text, int minWords = 8)
    {
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var words = Copies.Shingles.Words(text, start, end);
            if (words.Count >= minWords)
            {
                yield return (new TextSpan(words[0].Start, words[^1].End), words);
            }

            start = end + 1;
        }
    }
}
