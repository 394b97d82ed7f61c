using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Concord.Segmenting;

/// <summary>
/// Tells whether a text contains any of a set of strings, as string.Contains over each would, in
/// one scan. Every string is found through a pair of adjacent characters of it (the least common
/// looking: punctuation before capital and non-ASCII letters before lower case, never a space),
/// sixteen positions at a time: a position is compared in full only where one of the pairs
/// occurs. Sets that mix scripts ("Retrieved", "Skatīts:", "Проверено") are slow for
/// SearchValues&lt;string&gt; (and it jits several generic searchers per process), one IndexOf per
/// string reads the text once per string, and one anchor character ("A" of "Archived", "." of
/// "lpp.") stops the scan at most capitals and at every sentence end.
/// Strings can belong to groups (bits): one scan answers for several sets at once.
/// </summary>
public sealed class AnchoredStrings
{
    /// <summary>Per first character of a pair (ASCII by index), the strings anchored on it.</summary>
    private readonly Entry[]?[] byAsciiAnchor = new Entry[128][];
    private readonly Dictionary<char, Entry[]> byAnchor = [];

    /// <summary>
    /// The distinct pairs (first character in the high half, second in the low) and the characters
    /// of single-character strings. They become vectors on the first scan: a constructor that makes
    /// vectors is not precompiled (ReadyToRun), so it would be compiled at start-up.
    /// </summary>
    private readonly uint[] pairs;
    private readonly char[] singleChars;
    private readonly uint allGroups;
    private Vector256<ushort>[]? pairFirsts;
    private Vector256<ushort>[]? pairSeconds;
    private Vector256<ushort>[]? singles;

    public AnchoredStrings(IEnumerable<string> values)
        : this(InGroupOne(values))
    {
    }

    /// <summary>Strings with the groups (bits) they belong to; a string given twice belongs to both groups.</summary>
    public AnchoredStrings((string Value, uint Groups)[] values)
    {
        // Arrays and loops (no generic collection of value tuples or entries): built once per
        // process, where each such instantiation would be compiled for this one call.
        var order = new string[values.Length];
        var groupsOf = new uint[values.Length];
        int count = 0;
        for (int v = 0; v < values.Length; v++)
        {
            var (value, groups) = values[v];
            allGroups |= groups;
            if (value.Length == 0)
            {
                continue;
            }

            int known = Array.IndexOf(order, value, 0, count);
            if (known < 0)
            {
                known = count++;
                order[known] = value;
            }

            groupsOf[known] |= groups;
        }

        var entries = new Entry[count];
        var pairList = new uint[count];
        var singleList = new char[count];
        int pairCount = 0, singleCount = 0;
        for (int k = 0; k < count; k++)
        {
            var value = order[k];
            int offset = AnchorOffset(value);
            bool pair = offset + 1 < value.Length;
            entries[k] = new Entry(value, offset, pair ? value[offset + 1] : '\0', pair, groupsOf[k]);
            uint key = ((uint)value[offset] << 16) | (pair ? value[offset + 1] : 0u);
            if (pair && Array.IndexOf(pairList, key, 0, pairCount) < 0)
            {
                pairList[pairCount++] = key;
            }
            else if (!pair && Array.IndexOf(singleList, value[offset], 0, singleCount) < 0)
            {
                singleList[singleCount++] = value[offset];
            }
        }

        pairs = pairList[..pairCount];
        singleChars = singleList[..singleCount];

        // Per anchor character, its entries in the order the strings were given.
        for (int k = 0; k < count; k++)
        {
            char anchor = entries[k].Value[entries[k].Offset];
            if (anchor < 128 ? byAsciiAnchor[anchor] is not null : byAnchor.ContainsKey(anchor))
            {
                continue;
            }

            int same = 0;
            for (int j = k; j < count; j++)
            {
                same += entries[j].Value[entries[j].Offset] == anchor ? 1 : 0;
            }

            var list = new Entry[same];
            same = 0;
            for (int j = k; j < count; j++)
            {
                if (entries[j].Value[entries[j].Offset] == anchor)
                {
                    list[same++] = entries[j];
                }
            }

            if (anchor < 128)
            {
                byAsciiAnchor[anchor] = list;
            }
            else
            {
                byAnchor[anchor] = list;
            }
        }
    }

    private static (string Value, uint Groups)[] InGroupOne(IEnumerable<string> values)
    {
        var all = new List<string>(values);
        var grouped = new (string, uint)[all.Count];
        for (int i = 0; i < all.Count; i++)
        {
            grouped[i] = (all[i], 1u);
        }

        return grouped;
    }

    /// <summary>True when <paramref name="text"/> contains one of the strings (ordinal).</summary>
    public bool ContainsAny(ReadOnlySpan<char> text) => Find(text, allGroups, allGroups) != 0;

    /// <summary>
    /// The groups among <paramref name="wanted"/> that have a string in <paramref name="text"/>
    /// (ordinal). The scan stops as soon as a group of <paramref name="stopOn"/> is found (the
    /// other groups may then be missing from the answer) or every wanted group is.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    public uint Find(ReadOnlySpan<char> text, uint wanted, uint stopOn)
    {
        wanted &= allGroups;
        uint found = 0;
        if (wanted == 0)
        {
            return 0;
        }

        int at = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            // Positions i..i+15 and the characters after them (i+1..i+16) in two loads.
            ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            if (pairFirsts is null || pairSeconds is null || singles is null)
            {
                // Threads racing here make the same vectors.
                var f = new Vector256<ushort>[pairs.Length];
                var s = new Vector256<ushort>[pairs.Length];
                var o = new Vector256<ushort>[singleChars.Length];
                for (int p = 0; p < pairs.Length; p++)
                {
                    f[p] = Vector256.Create((ushort)(pairs[p] >> 16));
                    s[p] = Vector256.Create((ushort)pairs[p]);
                }

                for (int p = 0; p < singleChars.Length; p++)
                {
                    o[p] = Vector256.Create((ushort)singleChars[p]);
                }

                (pairFirsts, pairSeconds, singles) = (f, s, o);
            }

            var firsts = pairFirsts;
            var seconds = pairSeconds;
            var ones = singles;
            for (; at + Vector256<ushort>.Count < text.Length; at += Vector256<ushort>.Count)
            {
                var here = Vector256.LoadUnsafe(ref start, (nuint)at);
                var next = Vector256.LoadUnsafe(ref start, (nuint)(at + 1));
                var hits = Vector256<ushort>.Zero;
                for (int p = 0; p < firsts.Length; p++)
                {
                    hits |= Vector256.Equals(here, firsts[p]) & Vector256.Equals(next, seconds[p]);
                }

                for (int p = 0; p < ones.Length; p++)
                {
                    hits |= Vector256.Equals(here, ones[p]);
                }

                if (hits == Vector256<ushort>.Zero)
                {
                    continue;
                }

                for (uint bits = hits.ExtractMostSignificantBits(); bits != 0; bits &= bits - 1)
                {
                    found |= Check(text, at + BitOperations.TrailingZeroCount(bits), wanted & ~found);
                    if ((found & stopOn) != 0 || found == wanted)
                    {
                        return found;
                    }
                }
            }
        }

        var ascii = byAsciiAnchor;
        for (; at < text.Length; at++)
        {
            // Most characters anchor nothing: the ASCII ones are ruled out without a call.
            if (text[at] < 128 && ascii[text[at]] is null)
            {
                continue;
            }

            found |= Check(text, at, wanted & ~found);
            if ((found & stopOn) != 0 || found == wanted)
            {
                return found;
            }
        }

        return found;
    }

    /// <summary>The groups among <paramref name="wanted"/> of the strings whose anchor is at <paramref name="at"/>.</summary>
    private uint Check(ReadOnlySpan<char> text, int at, uint wanted)
    {
        char c = text[at];
        var entries = c < 128 ? byAsciiAnchor[c] : byAnchor.GetValueOrDefault(c);
        if (entries is null)
        {
            return 0;
        }

        uint found = 0;
        foreach (var (value, offset, second, pair, groups) in entries)
        {
            // The pair's second character first, then the string's first and last before the whole of it.
            int begin = at - offset, last = begin + value.Length - 1;
            if ((groups & wanted & ~found) != 0 && begin >= 0 && last < text.Length
                && (!pair || text[at + 1] == second) && text[begin] == value[0] && text[last] == value[^1]
                && text.Slice(begin, value.Length).SequenceEqual(value))
            {
                found |= groups & wanted;
            }
        }

        return found;
    }

    /// <summary>
    /// Where in the string its rarest-looking pair of adjacent characters starts: the pair with
    /// the lowest sum of ranks (punctuation, then capitals and non-ASCII letters, then digits,
    /// then the rest, spaces last), the first of equals; a single character for a string of one.
    /// </summary>
    private static int AnchorOffset(string value)
    {
        if (value.Length == 1)
        {
            return 0;
        }

        int best = 0, bestRank = int.MaxValue;
        for (int i = 0; i + 1 < value.Length; i++)
        {
            int rank = Rank(value[i]) + Rank(value[i + 1]);
            if (rank < bestRank)
            {
                best = i;
                bestRank = rank;
            }
        }

        return best;

        static int Rank(char c) => char.IsWhiteSpace(c) ? 8
            : !char.IsLetterOrDigit(c) ? 0
            : c > 0x7F || char.IsUpper(c) ? 1
            : char.IsDigit(c) ? 2
            : 3;
    }

    private readonly record struct Entry(string Value, int Offset, char Second, bool Pair, uint Groups);
}
