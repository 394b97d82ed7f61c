using Concord.Model;
using System.Runtime.CompilerServices;

namespace Concord.Extraction;

/// <summary>
/// Text pasted again inside one document is one statement: a mention from a sentence whose exact
/// text appeared earlier points to the mention at the same position of the first copy.
/// </summary>
internal static class RepeatMarker
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    public static List<Mention> Mark(string text, IReadOnlyList<(Mention Mention, Sentence Sentence)> mentions)
    {
        var firstBySentenceText = new Dictionary<string, int>(StringComparer.Ordinal);
        var mentionsBySentence = new Dictionary<int, List<Mention>>();
        var result = new List<Mention>(mentions.Count);
        var positionInSentence = new Dictionary<int, int>();

        // Mentions of one sentence come together: its text is normalised once, not once per mention.
        int previousSentence = -1, first = -1;
        foreach (var (mention, sentence) in mentions)
        {
            if (sentence.Index != previousSentence)
            {
                var key = Normalize(text.AsSpan(sentence.Span.Start, sentence.Span.End - sentence.Span.Start));
                if (!firstBySentenceText.TryGetValue(key, out first))
                {
                    first = sentence.Index;
                    firstBySentenceText[key] = first;
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

    /// <summary>The sentence's words joined by single spaces (as splitting at white space and joining would give).</summary>
    private static string Normalize(ReadOnlySpan<char> sentence)
    {
        var words = new System.Text.StringBuilder(sentence.Length);
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
                if (words.Length > 0)
                {
                    words.Append(' ');
                }

                words.Append(sentence[start..i]);
            }
        }

        return words.ToString();
    }
}
