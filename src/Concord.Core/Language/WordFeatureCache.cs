namespace Concord.Language;

/// <summary>
/// What one scoring index says about each word spelling met so far on this thread: its trigrams
/// (as dense ids), the profiles it is a function word of and the profiles whose endings it has.
/// A word repeats across a document's paragraphs and the sentences ranked after them, so it is
/// looked up once here instead of once per trigram occurrence, per function-word table and per
/// ending list. Per-text trigram counts are kept by id, in the order the trigrams first occur.
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
    private readonly Dictionary<string, Word> words = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, int> trigramIds = [];
    private readonly List<(int Profile, double Weight)[]?> entriesById = [];
    private readonly List<int> order = [];
    private Dictionary<string, Word>.AlternateLookup<ReadOnlySpan<char>> wordsBySpan;
    private int[] counts = new int[4096];
    private int[] seenIn = new int[4096];
    private int text;

    public WordFeatureCache(
        Func<ulong, (int Profile, double Weight)[]?> trigramEntries,
        Func<string, int[]?> stopwordProfiles,
        Func<string, int[]?> endingProfiles)
    {
        this.trigramEntries = trigramEntries;
        this.stopwordProfiles = stopwordProfiles;
        this.endingProfiles = endingProfiles;
        wordsBySpan = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

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
                entriesById.Clear();
            }
        }
    }

    public Word Get(ReadOnlySpan<char> spelling)
    {
        if (wordsBySpan.TryGetValue(spelling, out var known))
        {
            return known;
        }

        var word = new Word(Trigrams(spelling), stopwordProfiles(spelling.ToString()), spelling.Length >= 4 ? endingProfiles(spelling.ToString()) : null);
        words[spelling.ToString()] = word;
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

    public (int Profile, double Weight)[]? EntriesOf(int id) => entriesById[id];

    private int[] Trigrams(ReadOnlySpan<char> word)
    {
        // Padded with a space on each side; words over 64 letters have none (as when counted per text).
        if (word.Length == 0 || word.Length > 64)
        {
            return [];
        }

        Span<char> padded = stackalloc char[66];
        padded[0] = ' ';
        word.CopyTo(padded[1..]);
        padded[word.Length + 1] = ' ';
        var ids = new int[word.Length];
        for (int i = 0; i < ids.Length; i++)
        {
            ulong key = LanguageProfile.TrigramKey(padded[i], padded[i + 1], padded[i + 2]);
            if (!trigramIds.TryGetValue(key, out int id))
            {
                id = trigramIds.Count;
                trigramIds[key] = id;
                entriesById.Add(trigramEntries(key));
                if (id >= counts.Length)
                {
                    Array.Resize(ref counts, counts.Length * 2);
                    Array.Resize(ref seenIn, seenIn.Length * 2);
                }
            }

            ids[i] = id;
        }

        return ids;
    }

    /// <param name="Trigrams">Trigram ids, one per position.</param>
    /// <param name="StopwordProfiles">Profiles this spelling is a function word of, or null.</param>
    /// <param name="EndingProfiles">Profiles with an ending (other than the empty one) this spelling has, or null; only for words of 4+ letters.</param>
    internal sealed record Word(int[] Trigrams, int[]? StopwordProfiles, int[]? EndingProfiles);
}
