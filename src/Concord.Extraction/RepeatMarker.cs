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
        // Looked up by the normalised text in a reused buffer: a string is made only for a text not seen before.
        var bySpan = firstBySentenceText.GetAlternateLookup<ReadOnlySpan<char>>();
        var buffer = new char[64];
        var mentionsBySentence = new Dictionary<int, List<Mention>>();
        var result = new List<Mention>(mentions.Count);
        var positionInSentence = new Dictionary<int, int>();

        // Mentions of one sentence come together: its text is normalised once, not once per mention.
        int previousSentence = -1, first = -1;
        foreach (var (mention, sentence) in mentions)
        {
            if (sentence.Index != previousSentence)
            {
                var sentenceText = text.AsSpan(sentence.Span.Start, sentence.Span.End - sentence.Span.Start);
                if (buffer.Length < sentenceText.Length)
                {
                    buffer = new char[Math.Max(sentenceText.Length, 2 * buffer.Length)];
                }

                var key = buffer.AsSpan(0, Normalize(sentenceText, buffer));
                if (!bySpan.TryGetValue(key, out first))
                {
                    first = sentence.Index;
                    bySpan[key] = first;
                }

                previousSentence = sentence.Index;
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

    /// <summary>
    /// Writes the sentence's words joined by single spaces (as splitting at white space and joining
    /// would give) into <paramref name="into"/> (at least as long as the sentence); returns the length.
    /// </summary>
    private static int Normalize(ReadOnlySpan<char> sentence, Span<char> into)
    {
        int length = 0;
        int i = 0;
        while (i < sentence.Length)
        {
            while (i < sentence.Length && char.IsWhiteSpace(sentence[i]))
            {
                i++;
            }

            int start = i;
            while (i < sentence.Length && !char.IsWhiteSpace(sentence[i]))
            {
                i++;
            }

            if (i > start)
            {
                if (length > 0)
                {
                    into[length++] = ' ';
                }

                sentence[start..i].CopyTo(into[length..]);
                length += i - start;
            }
        }

        return length;
    }
}
