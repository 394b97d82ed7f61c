using System.Buffers;
using System.Runtime.CompilerServices;

namespace Concord.Segmenting;

/// <summary>
/// Tells whether a text contains any of a set of strings, as string.Contains over each would, in
/// one scan: every string is found through its least common character (punctuation before capital
/// and non-ASCII letters before lower case), and is compared in full only where that character
/// occurs. Sets that mix scripts ("Retrieved", "Skatīts:", "Проверено") are slow for
/// SearchValues&lt;string&gt;, and one IndexOf per string reads the text once per string.
/// </summary>
public sealed class AnchoredStrings
{
    private readonly SearchValues<char> anchors;
    private readonly Dictionary<char, (string Value, int Offset)[]> byAnchor;

    /// <summary>The same lists for ASCII anchors, by index (no hashing on the common path).</summary>
    private readonly (string Value, int Offset)[][] byAsciiAnchor = new (string, int)[128][];

    public AnchoredStrings(IEnumerable<string> values)
    {
        var grouped = new Dictionary<char, List<(string, int)>>();
        foreach (var value in values.Where(v => v.Length > 0).Distinct(StringComparer.Ordinal))
        {
            int offset = AnchorOffset(value);
            if (!grouped.TryGetValue(value[offset], out var list))
            {
                grouped[value[offset]] = list = [];
            }

            list.Add((value, offset));
        }

        byAnchor = grouped.ToDictionary(g => g.Key, g => g.Value.ToArray());
        anchors = SearchValues.Create([.. byAnchor.Keys]);
        foreach (var (anchor, list) in byAnchor)
        {
            if (anchor < 128)
            {
                byAsciiAnchor[anchor] = list;
            }
        }
    }

    /// <summary>True when <paramref name="text"/> contains one of the strings (ordinal).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    public bool ContainsAny(ReadOnlySpan<char> text)
    {
        int from = 0;
        while (from < text.Length)
        {
            int found = text[from..].IndexOfAny(anchors);
            if (found < 0)
            {
                return false;
            }

            int at = from + found;
            char c = text[at];
            foreach (var (value, offset) in c < 128 ? byAsciiAnchor[c] : byAnchor[c])
            {
                // Anchors are common letters too ("A" of "Archived" in "Armenia"): the string's
                // first and last characters are compared before the whole of it.
                int start = at - offset, last = start + value.Length - 1;
                if (start >= 0 && last < text.Length && text[start] == value[0] && text[last] == value[^1]
                    && text.Slice(start, value.Length).SequenceEqual(value))
                {
                    return true;
                }
            }

            from = at + 1;
        }

        return false;
    }

    /// <summary>Where in the string its rarest-looking character is: punctuation, then capitals and non-ASCII letters, then the rest; never a space.</summary>
    private static int AnchorOffset(string value)
    {
        int best = 0, bestRank = int.MaxValue;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            int rank = char.IsWhiteSpace(c) ? 4
                : !char.IsLetterOrDigit(c) ? 0
                : c > 0x7F || char.IsUpper(c) ? 1
                : char.IsDigit(c) ? 2
                : 3;
            if (rank < bestRank)
            {
                best = i;
                bestRank = rank;
            }
        }

        return best;
    }
}
