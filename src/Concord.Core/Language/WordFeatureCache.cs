using System.Numerics;

namespace Concord.Language;

/// <summary>
/// What one scoring index says about each word spelling met so far on this thread: its trigrams
/// (as dense ids), the profiles it is a function word of and the profiles whose endings it has.
/// A word repeats across a document's paragraphs and the sentences ranked after them, so it is
/// looked up once here instead of once per trigram occurrence, per function-word table and per
/// ending list. Per-text trigram counts are kept by id, in the order the trigrams first occur.
/// Only trigrams some profile lists get an id: the others add nothing to any score, so they are
/// only counted (for the total) and never looked up again.
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
    private readonly Dictionary<ulong, int> trigramIds = [];
    private double[] weightsById = new double[4096 * 4];
    private readonly List<int> order = [];
    private int[] counts = new int[4096];
    private int[] seenIn = new int[4096];
    private int text;

    public WordFeatureCache(
        int profileCount,
        Func<ulong, (int Profile, double Weight)[]?> trigramEntries,
        Func<string, int[]?> stopwordProfiles,
        Func<string, int[]?> endingProfiles)
    {
        Stride = (profileCount + Vector<double>.Count - 1) / Vector<double>.Count * Vector<double>.Count;
        weightsById = new double[counts.Length * Stride];
        this.trigramEntries = trigramEntries;
        this.stopwordProfiles = stopwordProfiles;
        this.endingProfiles = endingProfiles;
    }

    /// <summary>Doubles per trigram in <see cref="WeightsOf"/>: the profile count rounded up to whole vectors.</summary>
    public int Stride { get; }

    /// <summary>The trigram ids of the current text in the order they first occurred.</summary>
    public List<int> Order => order;

    /// <summary>Starts a new text: no trigram counted yet.</summary>
    public void BeginText()
    {
        order.Clear();
        if (++text == int.MaxValue)
        {
            Array.Clear(seenIn);
            text = 1;
        }

        if (words.Count > MaxWords || trigramIds.Count > MaxTrigrams)
        {
            words.Clear();
            if (trigramIds.Count > MaxTrigrams)
            {
                trigramIds.Clear();
                Array.Clear(weightsById);
            }
        }
    }

    /// <summary>The hash <see cref="Get(ReadOnlySpan{char}, int)"/> expects: <see cref="Hash(int, char)"/> over the spelling from <see cref="HashSeed"/>.</summary>
    public static int HashOf(ReadOnlySpan<char> spelling)
    {
        int hash = HashSeed;
        foreach (char c in spelling)
        {
            hash = Hash(hash, c);
        }

        return hash;
    }

    /// <summary>The hash of an empty spelling.</summary>
    public const int HashSeed = unchecked((int)2166136261);

    /// <summary>Extends a spelling's hash by one character (FNV-1a), so a reader can hash words as it reads them.</summary>
    public static int Hash(int hash, char c) => unchecked((hash ^ c) * 16777619);

    public Word Get(ReadOnlySpan<char> spelling) => Get(spelling, HashOf(spelling));

    /// <summary>What is known about a spelling whose <see cref="HashOf"/> the caller computed while reading it.</summary>
    public Word Get(ReadOnlySpan<char> spelling, int hash)
    {
        if (words.Find(spelling, hash) is { } known)
        {
            return known;
        }

        var key = spelling.ToString();
        var word = new Word(ScoredTrigrams(spelling), TrigramCount(spelling), stopwordProfiles(key), spelling.Length >= 4 ? endingProfiles(key) : null);
        words.Add(key, hash, word);
        return word;
    }

    /// <summary>Counts one occurrence of each trigram of a word in the current text.</summary>
    public void Count(int[] ids)
    {
        foreach (int id in ids)
        {
            if (seenIn[id] != text)
            {
                seenIn[id] = text;
                counts[id] = 0;
                order.Add(id);
            }

            counts[id]++;
        }
    }

    public int CountOf(int id) => counts[id];

    /// <summary>
    /// A trigram's weight in every profile, zero where a profile does not list it: adding
    /// count × 0 leaves a score bit-identical, so all profiles are scored with whole vectors.
    /// </summary>
    public ReadOnlySpan<double> WeightsOf(int id) => weightsById.AsSpan(id * Stride, Stride);

    /// <summary>How many trigrams a word has: one per letter, none over 64 letters (as when counted per text).</summary>
    private static int TrigramCount(ReadOnlySpan<char> word) => word.Length > 64 ? 0 : word.Length;

    /// <summary>The ids of the word's trigrams that some profile lists, in position order.</summary>
    private int[] ScoredTrigrams(ReadOnlySpan<char> word)
    {
        // Padded with a space on each side.
        if (TrigramCount(word) == 0)
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
                if (id >= counts.Length)
                {
                    Array.Resize(ref counts, counts.Length * 2);
                    Array.Resize(ref seenIn, seenIn.Length * 2);
                    Array.Resize(ref weightsById, counts.Length * Stride);
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
    /// Spellings to words by open addressing on a hash the reader computed: one probe and one
    /// comparison per word, no hashing of the spelling again.
    /// </summary>
    private sealed class SpellingTable
    {
        private Slot[] slots = new Slot[1024];

        public int Count { get; private set; }

        public Word? Find(ReadOnlySpan<char> spelling, int hash)
        {
            int mask = slots.Length - 1;
            for (int i = Spread(hash) & mask; ; i = (i + 1) & mask)
            {
                ref var slot = ref slots[i];
                if (slot.Key is null)
                {
                    return null;
                }

                if (slot.Hash == hash && spelling.SequenceEqual(slot.Key))
                {
                    return slot.Word;
                }
            }
        }

        public void Add(string key, int hash, Word word)
        {
            if ((Count + 1) * 2 > slots.Length)
            {
                var old = slots;
                slots = new Slot[old.Length * 2];
                Count = 0;
                foreach (var slot in old)
                {
                    if (slot.Key is not null)
                    {
                        Insert(slot.Key, slot.Hash, slot.Word!);
                    }
                }
            }

            Insert(key, hash, word);
        }

        public void Clear()
        {
            Array.Clear(slots);
            Count = 0;
        }

        private void Insert(string key, int hash, Word word)
        {
            int mask = slots.Length - 1;
            int i = Spread(hash) & mask;
            while (slots[i].Key is not null)
            {
                i = (i + 1) & mask;
            }

            slots[i] = new Slot(hash, key, word);
            Count++;
        }

        /// <summary>FNV's low bits depend only on the characters' low bits: fold the high bits in.</summary>
        private static int Spread(int hash) => hash ^ (hash >>> 15);

        private record struct Slot(int Hash, string? Key, Word? Word);
    }

    /// <param name="ScoredTrigrams">Ids of the trigrams some profile lists, one per such position.</param>
    /// <param name="TrigramCount">All trigrams of the spelling, listed or not.</param>
    /// <param name="StopwordProfiles">Profiles this spelling is a function word of, or null.</param>
    /// <param name="EndingProfiles">Profiles with an ending (other than the empty one) this spelling has, or null; only for words of 4+ letters.</param>
    internal sealed record Word(int[] ScoredTrigrams, int TrigramCount, int[]? StopwordProfiles, int[]? EndingProfiles);
}
