namespace Concord.Temporal.Engine;

/// <summary>
/// A set of short strings kept in the one string that lists them, each after a
/// <see cref="Separator"/>, and found by an open-addressed table of where each starts. The stored
/// first tokens of a date pattern (<see cref="FirstTokens"/>) are read into it without a string or a
/// hash-set entry per member: a HashSet of substrings was ≈ 6 MB and several ms at every process start.
/// </summary>
public sealed class PrefixSet
{
    /// <summary>What precedes every member in the listing; no member holds it.</summary>
    public const char Separator = '\n';

    private readonly string listing;

    /// <summary>Where the members start in <see cref="listing"/>: from <c>from</c> to its end.</summary>
    private readonly int from;

    /// <summary>Per slot the member's start in <see cref="listing"/> + 1 (0: empty slot), and its length.</summary>
    private readonly int[] starts, lengths;

    /// <summary>
    /// The members listed in <paramref name="listing"/> from <paramref name="from"/> on, each
    /// after a <see cref="Separator"/> ("\nab\ncd"); a member listed twice is one member.
    /// </summary>
    public PrefixSet(string listing, int from)
    {
        this.listing = listing;
        this.from = from;
        int listed = listing.AsSpan(from).Count(Separator);
        int size = 4;
        while (size < listed * 2)
        {
            size *= 2;
        }

        starts = new int[size];
        lengths = new int[size];
        for (int at = listing.IndexOf(Separator, from); at >= 0;)
        {
            int next = listing.IndexOf(Separator, at + 1);
            int start = at + 1, length = (next < 0 ? listing.Length : next) - start;
            var member = listing.AsSpan(start, length);
            int slot = SlotOf(member);
            if (starts[slot] == 0)
            {
                starts[slot] = start + 1;
                lengths[slot] = length;
                Count++;
                LengthBits |= 1u << Math.Min(length, 31);
            }

            at = next;
        }
    }

    /// <summary>The set of <paramref name="members"/>, listed in ordinal order (<see cref="Listing"/>).</summary>
    public static PrefixSet Of(IEnumerable<string> members)
    {
        var listing = new System.Text.StringBuilder();
        foreach (var member in members.Order(StringComparer.Ordinal))
        {
            listing.Append(Separator).Append(member);
        }

        return new PrefixSet(listing.ToString(), 0);
    }

    public int Count { get; }

    /// <summary>Bit n set when some member is n characters long (31: 31 or more).</summary>
    public uint LengthBits { get; }

    /// <summary>The members as listed, each after a <see cref="Separator"/>.</summary>
    public ReadOnlySpan<char> Listing => listing.AsSpan(from);

    public bool Contains(ReadOnlySpan<char> member) => starts[SlotOf(member)] != 0;

    /// <summary>The members as strings (tests and comparisons; the lookups need none).</summary>
    public IEnumerable<string> Members()
    {
        for (int slot = 0; slot < starts.Length; slot++)
        {
            if (starts[slot] != 0)
            {
                yield return listing.Substring(starts[slot] - 1, lengths[slot]);
            }
        }
    }

    /// <summary>The slot holding <paramref name="member"/>, or the empty slot where it would go (linear probing).</summary>
    private int SlotOf(ReadOnlySpan<char> member)
    {
        int mask = starts.Length - 1;
        for (int slot = (int)Hash(member) & mask; ; slot = (slot + 1) & mask)
        {
            int start = starts[slot];
            if (start == 0 || (lengths[slot] == member.Length && listing.AsSpan(start - 1, member.Length).SequenceEqual(member)))
            {
                return slot;
            }
        }
    }

    /// <summary>FNV-1a over the characters: the members are a few characters long.</summary>
    private static uint Hash(ReadOnlySpan<char> s)
    {
        uint h = 2166136261;
        foreach (char c in s)
        {
            h = (h ^ c) * 16777619;
        }

        return h;
    }
}
