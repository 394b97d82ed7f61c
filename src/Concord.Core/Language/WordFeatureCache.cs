using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Concord.Language;

/// <summary>
/// What one scoring index says about each word spelling met so far on this thread: its trigrams
/// (as dense ids), the profiles it is a function word of and the profiles whose endings it has.
/// A word repeats across a document's paragraphs and the sentences ranked after them, so it is
/// looked up once here instead of once per trigram occurrence, per function-word table and per
/// ending list. Per-text trigram counts are kept by id, in the order the trigrams first occur.
/// Only trigrams some profile lists get an id: the others add nothing to any score, so they are
/// only counted (for the total) and never looked up again. Each spelling also keeps its trigrams'
/// weights summed per profile (<see cref="ScoresOf"/>), so a text can be scored with one vector
/// sum per word instead of counting and summing every trigram.
/// </summary>
internal sealed class WordFeatureCache
{
    /// <summary>Beyond this many spellings the cache starts over (memory stays bounded on any corpus).</summary>
    private const int MaxWords = 20_000;

    /// <summary>Beyond this many distinct trigrams the ids start over too.</summary>
    private const int MaxTrigrams = 1_000_000;

    private readonly Func<ulong, (int Profile, double Weight)[]?> trigramEntries;
    private readonly Func<string, int[]?> stopwordProfiles;
    private readonly Func<string, int[]?> endingProfiles;
    private readonly SpellingTable words = new();
    private readonly List<int[]> profileLists = [];
    private readonly Dictionary<ulong, int> trigramIds = [];
    private double[] weightsById = new double[4096 * 4];
    private int[] order = new int[4096];
    private int orderCount;

    /// <summary>
    /// Per trigram id, the text it was last counted in (high half) and its count there (low
    /// half): one load per trigram occurrence instead of one per array.
    /// </summary>
    private long[] tallies = new long[4096];
    private int text;

    private readonly int profileCount;

    public WordFeatureCache(
        int profileCount,
        Func<ulong, (int Profile, double Weight)[]?> trigramEntries,
        Func<string, int[]?> stopwordProfiles,
        Func<string, int[]?> endingProfiles)
    {
        this.profileCount = profileCount;
        Stride = (profileCount + Vector<double>.Count - 1) / Vector<double>.Count * Vector<double>.Count;
        weightsById = new double[tallies.Length * Stride];
        this.trigramEntries = trigramEntries;
        this.stopwordProfiles = stopwordProfiles;
        this.endingProfiles = endingProfiles;
    }

    /// <summary>Doubles per trigram in <see cref="WeightsOf"/>: the profile count rounded up to whole vectors.</summary>
    public int Stride { get; }

    /// <summary>The trigram ids of the current text in the order they first occurred.</summary>
    public ReadOnlySpan<int> Order => order.AsSpan(0, orderCount);

    /// <summary>Starts a new text: no trigram counted yet.</summary>
    public void BeginText()
    {
        orderCount = 0;
        if (++text == int.MaxValue)
        {
            Array.Clear(tallies);
            text = 1;
        }

        if (words.Count > MaxWords || trigramIds.Count > MaxTrigrams)
        {
            words.Clear();
            profileLists.Clear();
            if (trigramIds.Count > MaxTrigrams)
            {
                trigramIds.Clear();
                Array.Clear(weightsById);
            }
        }
    }

    /// <summary>
    /// The hash <see cref="Get(ReadOnlySpan{char}, int)"/> expects: the spelling's characters
    /// four at a time (one 8-byte read each, the last read overlapping the one before), each
    /// mixed in by a multiplication, so a word costs one or two steps instead of one per letter.
    /// The table compares spellings in full, so the hash only spreads them. Inlined into the
    /// per-word scoring loop (jitted), which otherwise called into this method's precompiled code for every word.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int HashOf(ReadOnlySpan<char> spelling)
    {
        const ulong Multiplier = 0x9E3779B97F4A7C15;
        int n = spelling.Length;
        ref byte p = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(spelling));
        ulong h = (ulong)n * Multiplier;
        if (n >= 4)
        {
            int last = (n - 4) * sizeof(char);
            for (int i = 0; i < last; i += 8)
            {
                h = (h ^ Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref p, i))) * Multiplier;
            }

            h = (h ^ Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref p, last))) * Multiplier;
        }
        else if (n >= 2)
        {
            h = (h ^ Unsafe.ReadUnaligned<uint>(ref p) ^ ((ulong)Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref p, (n - 2) * sizeof(char))) << 32)) * Multiplier;
        }
        else if (n == 1)
        {
            h = (h ^ spelling[0]) * Multiplier;
        }

        return (int)(h >> 32) ^ (int)h;
    }

    public int Get(ReadOnlySpan<char> spelling) => Get(spelling, HashOf(spelling));

    /// <summary>
    /// The record of a spelling whose <see cref="HashOf"/> the caller computed while reading it
    /// (read it with <see cref="Count"/>, <see cref="StopwordProfilesOf"/> and
    /// <see cref="EndingProfilesOf"/>). The probe is inlined into the caller's loop (a word is
    /// nearly always met before); only a new spelling calls <see cref="Add"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Get(ReadOnlySpan<char> spelling, int hash)
    {
        int found = words.Find(spelling, hash);
        return found >= 0 ? found : Add(spelling, hash);
    }

    /// <summary>Makes the record of a spelling met for the first time.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int Add(ReadOnlySpan<char> spelling, int hash)
    {
        var key = spelling.ToString();
        var ids = ScoredTrigrams(spelling);
        return words.Add(spelling, hash, ids, WordScores(ids), Profiles(stopwordProfiles(key)), spelling.Length >= 4 ? Profiles(endingProfiles(key)) : None);
    }

    /// <summary>
    /// The record's trigram weights summed per profile (<see cref="Stride"/> lanes, as vectors):
    /// what the spelling adds to each profile's trigram score every time it occurs.
    /// </summary>
    public ReadOnlySpan<Vector<double>> ScoresOf(int record) => words.ScoresOf(record, Stride);

    /// <summary>All trigrams of the record's spelling, listed by a profile or not.</summary>
    public int TrigramCountOf(int record) => TrigramCount(words.LengthOf(record));

    /// <summary>
    /// Whether the records keep their stopword and ending profiles as bit masks (up to 32
    /// profiles: <see cref="StopwordMaskOf"/>, <see cref="EndingMaskOf"/>) rather than as lists
    /// (<see cref="StopwordProfilesOf"/>, <see cref="EndingProfilesOf"/>). A mask is read from the
    /// record's first cache line, with no list and no array to load per word.
    /// </summary>
    public bool ProfilesAsMasks => profileCount <= 32;

    /// <summary>Profiles the record's spelling is a function word of, or null (lists only).</summary>
    public int[]? StopwordProfilesOf(int record) => words.StopwordsOf(record) is var i and >= 0 ? profileLists[i] : null;

    /// <summary>Profiles with an ending (other than the empty one) the record's spelling has, or null; only for words of 4+ letters (lists only).</summary>
    public int[]? EndingProfilesOf(int record) => words.EndingsOf(record) is var i and >= 0 ? profileLists[i] : null;

    /// <summary>Bit p set: the record's spelling is a function word of profile p (masks only).</summary>
    public uint StopwordMaskOf(int record) => (uint)words.StopwordsOf(record);

    /// <summary>Bit p set: the record's spelling (4+ letters) has an ending of profile p (masks only).</summary>
    public uint EndingMaskOf(int record) => (uint)words.EndingsOf(record);

    /// <summary>Counts one occurrence of each trigram of the record's spelling in the current text.</summary>
    public void Count(int record)
    {
        var all = tallies;
        long stamp = (long)text << 32;
        foreach (int id in words.TrigramIdsOf(record))
        {
            ref long tally = ref all[id];
            if ((tally & ~0xFFFF_FFFFL) != stamp)
            {
                tally = stamp;
                order[orderCount++] = id;
            }

            tally++;
        }
    }

    public int CountOf(int id) => (int)tallies[id];

    /// <summary>
    /// A trigram's weight in every profile, zero where a profile does not list it: adding
    /// count × 0 leaves a score bit-identical, so all profiles are scored with whole vectors.
    /// </summary>
    public ReadOnlySpan<double> WeightsOf(int id) => weightsById.AsSpan(id * Stride, Stride);

    /// <summary>
    /// The per-profile sum of the weights of a word's trigrams, added in position order (a
    /// trigram that occurs twice in the word is added twice, as counting it twice would).
    /// </summary>
    private double[] WordScores(int[] ids)
    {
        var scores = new double[Stride];
        var sums = MemoryMarshal.Cast<double, Vector<double>>(scores.AsSpan());
        foreach (int id in ids)
        {
            var weights = MemoryMarshal.Cast<double, Vector<double>>(WeightsOf(id));
            for (int k = 0; k < sums.Length; k++)
            {
                sums[k] += weights[k];
            }
        }

        return scores;
    }

    /// <summary>How many trigrams a word has: one per letter, none over 64 letters (as when counted per text).</summary>
    private static int TrigramCount(int length) => length > 64 ? 0 : length;

    /// <summary>What a record keeps for no profiles: an empty mask, or no list.</summary>
    private int None => ProfilesAsMasks ? 0 : -1;

    /// <summary>A profile list as the record keeps it: its bit mask, or its index in <see cref="profileLists"/> (-1 for none).</summary>
    private int Profiles(int[]? list)
    {
        if (ProfilesAsMasks)
        {
            uint mask = 0;
            foreach (int profile in list ?? [])
            {
                mask |= 1u << profile;
            }

            return (int)mask;
        }

        if (list is null)
        {
            return -1;
        }

        profileLists.Add(list);
        return profileLists.Count - 1;
    }

    /// <summary>The ids of the word's trigrams that some profile lists, in position order.</summary>
    private int[] ScoredTrigrams(ReadOnlySpan<char> word)
    {
        // Padded with a space on each side.
        if (TrigramCount(word.Length) == 0)
        {
            return [];
        }

        Span<char> padded = stackalloc char[66];
        padded[0] = ' ';
        word.CopyTo(padded[1..]);
        padded[word.Length + 1] = ' ';
        Span<int> ids = stackalloc int[word.Length];
        int scored = 0;
        for (int i = 0; i < word.Length; i++)
        {
            ulong key = LanguageProfile.TrigramKey(padded[i], padded[i + 1], padded[i + 2]);
            if (!trigramIds.TryGetValue(key, out int id))
            {
                if (trigramEntries(key) is not { } entries)
                {
                    continue;
                }

                id = trigramIds.Count;
                trigramIds[key] = id;
                if (id >= tallies.Length)
                {
                    Array.Resize(ref tallies, tallies.Length * 2);
                    Array.Resize(ref order, tallies.Length);
                    Array.Resize(ref weightsById, tallies.Length * Stride);
                }

                foreach (var (profile, weight) in entries)
                {
                    weightsById[(id * Stride) + profile] = weight;
                }
            }

            ids[scored++] = id;
        }

        return ids[..scored].ToArray();
    }

    /// <summary>
    /// Spellings to records by open addressing on a hash the reader computed: one probe and one
    /// comparison per word, no hashing of the spelling again. A record is a run of one int arena:
    /// length, scored-trigram count, stopword and ending list indexes (-1: none), the score lanes, the spelling
    /// (two characters per int), the word's per-profile trigram score (doubles, two ints each, at
    /// an even offset) and the trigram ids, so a probe reads one slot and one record, not a key
    /// string, a word object and an id array.
    /// </summary>
    internal sealed class SpellingTable
    {
        private const int Header = 5;

        /// <summary>Per slot: the hash in the high half, the record's offset + 1 in the low half (0: empty).</summary>
        private ulong[] slots = new ulong[1024];
        private int[] arena = new int[16384];
        private int used;

        public int Count { get; private set; }

        // Inlined into the jitted per-word loops (WordTally.Score, the fallback ranking): a call per
        // word into jitted code of its own cost more than the probe's instructions.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Find(ReadOnlySpan<char> spelling, int hash)
        {
            var table = slots;
            int mask = table.Length - 1;
            uint high = (uint)hash;
            for (int i = Spread(hash) & mask; ; i = (i + 1) & mask)
            {
                ulong slot = table[i];
                if (slot == 0)
                {
                    return -1;
                }

                if ((uint)(slot >> 32) == high)
                {
                    int record = (int)(uint)slot - 1;
                    if (arena[record] == spelling.Length && SameShort(spelling, SpellingOf(record)))
                    {
                        return record;
                    }
                }
            }
        }

        /// <summary>
        /// Whether two spellings of the same length are equal: most words are short, so up to
        /// eight characters are compared as two overlapping 8-byte (or 4-byte) loads in place,
        /// without a call; longer ones by SequenceEqual.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static bool SameShort(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
        {
            int n = a.Length;
            ref byte x = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(a));
            ref byte y = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(b));
            if (n >= 4 && n <= 8)
            {
                int last = (n - 4) * sizeof(char);
                return Unsafe.ReadUnaligned<ulong>(ref x) == Unsafe.ReadUnaligned<ulong>(ref y)
                    && Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref x, last)) == Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref y, last));
            }

            if (n >= 2 && n < 4)
            {
                int last = (n - 2) * sizeof(char);
                return Unsafe.ReadUnaligned<uint>(ref x) == Unsafe.ReadUnaligned<uint>(ref y)
                    && Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref x, last)) == Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref y, last));
            }

            return n == 1 ? a[0] == b[0] : a.SequenceEqual(b);
        }

        public int LengthOf(int record) => arena[record];

        public int StopwordsOf(int record) => arena[record + 2];

        public int EndingsOf(int record) => arena[record + 3];

        public ReadOnlySpan<int> TrigramIdsOf(int record) =>
            arena.AsSpan(ScoresAt(record) + (arena[record + 4] * 2), arena[record + 1]);

        public ReadOnlySpan<Vector<double>> ScoresOf(int record, int stride) =>
            MemoryMarshal.Cast<int, Vector<double>>(arena.AsSpan(ScoresAt(record), stride * 2));

        public int Add(ReadOnlySpan<char> spelling, int hash, int[] trigramIds, double[] scores, int stopwords, int endings)
        {
            int charInts = (spelling.Length + 1) >> 1;
            int scoresAt = Align(Header + charInts);
            int size = Align(scoresAt + (scores.Length * 2) + trigramIds.Length);
            if (used + size > arena.Length)
            {
                Array.Resize(ref arena, Math.Max(arena.Length * 2, used + size));
            }

            int record = used;
            arena[record] = spelling.Length;
            arena[record + 1] = trigramIds.Length;
            arena[record + 2] = stopwords;
            arena[record + 3] = endings;
            arena[record + 4] = scores.Length;
            arena[record + Header + charInts - 1] = 0;
            spelling.CopyTo(MemoryMarshal.Cast<int, char>(arena.AsSpan(record + Header, charInts)));
            scores.AsSpan().CopyTo(MemoryMarshal.Cast<int, double>(arena.AsSpan(record + scoresAt, scores.Length * 2)));
            trigramIds.CopyTo(arena.AsSpan(record + scoresAt + (scores.Length * 2)));
            used += size;

            if ((Count + 1) * 2 > slots.Length)
            {
                var old = slots;
                slots = new ulong[old.Length * 2];
                foreach (var slot in old)
                {
                    if (slot != 0)
                    {
                        Insert(slot);
                    }
                }
            }

            Insert(((ulong)(uint)hash << 32) | (uint)(record + 1));
            Count++;
            return record;
        }

        public void Clear()
        {
            Array.Clear(slots);
            used = 0;
            Count = 0;
        }

        /// <summary>Records start at even offsets, and so do their doubles (whole 8-byte words).</summary>
        private static int Align(int ints) => (ints + 1) & ~1;

        private int ScoresAt(int record) => record + Align(Header + ((arena[record] + 1) >> 1));

        private ReadOnlySpan<char> SpellingOf(int record) =>
            MemoryMarshal.Cast<int, char>(arena.AsSpan(record + Header, (arena[record] + 1) >> 1))[..arena[record]];

        private void Insert(ulong slot)
        {
            int mask = slots.Length - 1;
            int i = Spread((int)(slot >> 32)) & mask;
            while (slots[i] != 0)
            {
                i = (i + 1) & mask;
            }

            slots[i] = slot;
        }

        /// <summary>The slots are picked by the hash's low bits: fold high bits in.</summary>
        internal static int Spread(int hash) => hash ^ (hash >>> 15);
    }
}
