using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace Concord.Segmenting;

/// <summary>
/// Tells whether a text contains any of a set of strings, as string.Contains over each would, in
/// two scans: the all-ASCII strings by SearchValues&lt;string&gt; (vectorised over several leading
/// characters at once, so the "A" of "Armenia" does not stop it), the others through one of their
/// non-ASCII characters, compared in full only where that character occurs. Sets that mix scripts
/// ("Retrieved", "Skatīts:", "Проверено") are slow for SearchValues&lt;string&gt;, and one IndexOf
/// per string reads the text once per string.
/// </summary>
public sealed class AnchoredStrings
{
    private readonly SearchValues<string>? asciiValues;
    private readonly SearchValues<char>? anchors;
    private readonly Dictionary<char, (string Value, int Offset)[]> byAnchor;

    public AnchoredStrings(IEnumerable<string> values)
    {
        var grouped = new Dictionary<char, List<(string, int)>>();
        var ascii = new List<string>();
        foreach (var value in values.Where(v => v.Length > 0).Distinct(StringComparer.Ordinal))
        {
            if (Ascii.IsValid(value))
            {
                ascii.Add(value);
                continue;
            }

            int offset = AnchorOffset(value);
            if (!grouped.TryGetValue(value[offset], out var list))
            {
                grouped[value[offset]] = list = [];
            }

            list.Add((value, offset));
        }

        asciiValues = ascii.Count > 0 ? SearchValues.Create([.. ascii], StringComparison.Ordinal) : null;
        byAnchor = grouped.ToDictionary(g => g.Key, g => g.Value.ToArray());
        anchors = byAnchor.Count > 0 ? SearchValues.Create([.. byAnchor.Keys]) : null;
    }

    /// <summary>True when <paramref name="text"/> contains one of the strings (ordinal).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    public bool ContainsAny(ReadOnlySpan<char> text)
    {
        if (asciiValues is not null && text.ContainsAny(asciiValues))
        {
            return true;
        }

        if (anchors is null)
        {
            return false;
        }

        int from = 0;
        while (from < text.Length)
        {
            int found = text[from..].IndexOfAny(anchors);
            if (found < 0)
            {
                return false;
            }

            int at = from + found;
            foreach (var (value, offset) in byAnchor[text[at]])
            {
                int start = at - offset;
                if (start >= 0 && start + value.Length <= text.Length && text.Slice(start, value.Length).SequenceEqual(value))
                {
                    return true;
                }
            }

            from = at + 1;
        }

        return false;
    }

    /// <summary>
    /// Where in a string with a non-ASCII character its anchor is: a non-ASCII capital, else the
    /// first non-ASCII letter (rarer than ASCII letters in most text), else the first non-ASCII character.
    /// </summary>
    private static int AnchorOffset(string value)
    {
        int best = -1, bestRank = int.MaxValue;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c <= 0x7F)
            {
                continue;
            }

            int rank = char.IsUpper(c) ? 0 : char.IsLetter(c) ? 1 : 2;
            if (rank < bestRank)
            {
                best = i;
                bestRank = rank;
            }
        }

        return best;
    }
}
