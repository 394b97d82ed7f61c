using Concord.Model;

namespace Concord.Extraction;

/// <summary>
/// Text pasted again inside one document is one statement: a mention from a sentence whose exact
/// text appeared earlier points to the mention at the same position of the first copy.
/// </summary>
internal static class RepeatMarker
{
    public static List<Mention> Mark(string text, IReadOnlyList<(Mention Mention, Sentence Sentence)> mentions)
    {
        var firstBySentenceText = new Dictionary<string, int>(StringComparer.Ordinal);
        var mentionsBySentence = new Dictionary<int, List<Mention>>();
        var result = new List<Mention>(mentions.Count);
        var positionInSentence = new Dictionary<int, int>();
        foreach (var (mention, sentence) in mentions)
        {
            var key = Normalize(sentence.Span.Slice(text));
            if (!firstBySentenceText.TryGetValue(key, out int first))
            {
                first = sentence.Index;
                firstBySentenceText[key] = first;
            }

            int position = positionInSentence.GetValueOrDefault(sentence.Index);
            positionInSentence[sentence.Index] = position + 1;
            if (first == sentence.Index)
            {
                if (!mentionsBySentence.TryGetValue(first, out var list))
                {
                    mentionsBySentence[first] = list = [];
                }

                list.Add(mention);
                result.Add(mention);
                continue;
            }

            var original = mentionsBySentence.GetValueOrDefault(first);
            var target = original is null || original.Count == 0 ? null : original[Math.Min(position, original.Count - 1)];
            result.Add(mention with
            {
                RepeatOf = target?.Id ?? $"{first}",
                Explanation = [.. mention.Explanation, new Evidence("repeat", "repeat.same-sentence-text", sentence.Span, target?.Id ?? string.Empty)],
            });
        }

        return result;
    }

    private static string Normalize(string sentence) => string.Join(' ', sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
