using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using Concord.Pipeline;
using System.Runtime.CompilerServices;

namespace Concord.Language;

/// <summary>
/// Identifies the language of a text from three signals, each computed per profile: how well the
/// text's character trigrams match the language's frequent trigrams (weighted by their rank), the
/// share of the text's words that are the language's function words, and the share of its longer
/// words with the language's distinctive endings (what separates Lithuanian from Latvian when
/// both are typed without diacritics). Only languages of the
/// text's dominant script compete. Text with (almost) no diacritics is compared against folded
/// profiles, so Lithuanian or Latvian typed without diacritics is still recognised; text with
/// diacritics uses them, which is what separates close languages best.
/// </summary>
public sealed class LanguageIdentifier : ILanguageIdentifier
{
    public const string Undetermined = "und";

    /// <summary>Below this share of letters with diacritics, the text is treated as typed without them.</summary>
    private const double DiacriticShareForExactMatch = 0.005;

    private const double StopwordWeight = 1.2;

    private const double EndingWeight = 0.4;

    /// <summary>Enough text to decide; longer input is sampled from its start.</summary>
    private const int MaxAnalysedChars = 20_000;

    private static readonly Lazy<IReadOnlyList<LanguageProfile>> EmbeddedProfiles = new(LanguageProfile.LoadEmbedded);

    /// <summary>An array, not the caller's list: read per text without interface calls.</summary>
    private readonly LanguageProfile[] profiles;
    private readonly ScoringIndex exactIndex;
    private readonly ScoringIndex foldedIndex;

    public LanguageIdentifier()
        : this(EmbeddedProfiles.Value)
    {
    }

    public LanguageIdentifier(IReadOnlyList<LanguageProfile> profiles)
    {
        this.profiles = [.. profiles];
        Languages = profiles.Select(p => p.Language).ToList();
        exactIndex = new ScoringIndex(profiles, folded: false);
        foldedIndex = new ScoringIndex(profiles, folded: true);

        // Words scored as they are read need the stopword and ending profiles as masks, and few
        // enough profiles for the sums on the stack.
        tallied = profiles.Count <= 32;
    }

    /// <summary>Whether <see cref="RankTallied"/> ranks per word (up to 32 profiles).</summary>
    private readonly bool tallied;

    public IReadOnlyCollection<string> Languages { get; }

    public LanguageGuess Identify(ReadOnlySpan<char> text)
    {
        var ranked = Scratch(profiles.Length);
        var (language, confidence) = BestOf(ranked[..RankInto(text, ranked)]);
        return new LanguageGuess(language, confidence);
    }

    /// <summary>The best language of a ranking from <see cref="Rank"/>, with its margin over the runner-up as confidence.</summary>
    public static LanguageGuess Best(IReadOnlyList<(string Language, double Score)> ranked)
    {
        if (ranked.Count == 0)
        {
            return new LanguageGuess(Undetermined, 0);
        }

        return new LanguageGuess(ranked[0].Language, ConfidenceOf(ranked[0].Score, ranked.Count > 1 ? ranked[1].Score : 0));
    }

    /// <summary>What <see cref="Best"/> says of a ranking made by <see cref="RankInto"/>, without a guess object.</summary>
    internal static (string Language, double Confidence) BestOf(ReadOnlySpan<(string Language, double Score)> ranked) =>
        ranked.IsEmpty ? (Undetermined, 0) : (ranked[0].Language, ConfidenceOf(ranked[0].Score, ranked.Length > 1 ? ranked[1].Score : 0));

    /// <summary>The best score's margin over the runner-up, relative, rounded to 3 decimals.</summary>
    private static double ConfidenceOf(double best, double second)
    {
        double confidence = best <= 0 ? 0 : Math.Clamp((best - second) / best, 0, 1);
        return Math.Round(confidence, 3);
    }

    /// <summary>A ranking buffer per thread for <see cref="Identify"/> and <see cref="BestLanguageOf"/>, which only read its best entries.</summary>
    [ThreadStatic]
    private static (string Language, double Score)[]? scratch;

    private static Span<(string Language, double Score)> Scratch(int length)
    {
        if (scratch is null || scratch.Length < length)
        {
            scratch = new (string, double)[length];
        }

        return scratch.AsSpan(0, length);
    }

    /// <summary>How many entries a ranking can have (one per profile): the size of a <see cref="RankInto"/> buffer.</summary>
    internal int ProfileCount => profiles.Length;

    /// <summary>
    /// <see cref="Rank"/> written into <paramref name="ranked"/> (at least <see cref="ProfileCount"/>
    /// long) instead of a new list: the same scores in the same order, with the same fall-back near
    /// a tie. Returns how many entries it wrote. The segmenter ranks every paragraph this way.
    /// </summary>
    internal int RankInto(ReadOnlySpan<char> text, Span<(string Language, double Score)> ranked)
    {
        int count = Rank(text, perWord: true, ranked);
        return IsNearTie(ranked[..count]) ? Rank(text, perWord: false, ranked) : count;
    }

    /// <summary>The best language of a text (<see cref="Identify"/>'s language), without a list or a guess object.</summary>
    internal string BestLanguageOf(ReadOnlySpan<char> text)
    {
        var ranked = Scratch(profiles.Length);
        return BestOf(ranked[..RankInto(text, ranked)]).Language;
    }

    /// <summary>
    /// Relative difference between two scores within which <see cref="Rank"/>'s per-word sums
    /// cannot be trusted to order them as the per-trigram sums (<see cref="RankByTrigram"/>) do.
    /// Both sum the same positive terms (trigram weight × count) in different orders: a text
    /// has at most 20,000 trigram occurrences and 10,000 words, so each sum is within
    /// (20,000 + 64 + 10,000 + 3) × 2⁻⁵³ ≈ 3.4e-12 of the exact one, relative; 1e-9 is
    /// a margin of a few hundred.
    /// </summary>
    public const double ScoreTolerance = 1e-9;

    /// <summary>
    /// Whether two scores (or a score and a bar made from scores) are so close that the order of the
    /// floating-point additions could decide between them.
    /// </summary>
    public static bool TooCloseToCall(double a, double b) =>
        Math.Abs(a - b) <= ScoreTolerance * Math.Max(Math.Abs(a), Math.Abs(b));

    /// <summary>
    /// All candidate languages with their scores, best first. The trigram scores are summed per
    /// word (each spelling's trigram weights are summed once, when it is first met), not per
    /// trigram: this changes the order of the floating-point additions, so a score can differ from
    /// <see cref="RankByTrigram"/>'s in its last bits (≤ 1e-11 relative).
    /// The guarantee that changed in session 6: these scores used to be bit-identical to the
    /// per-trigram sums; now they are equal to them within that bound, and what is decided or
    /// stored from them (the best language, the confidence rounded to 3 decimals, the document
    /// language and each paragraph's and sentence's language) is identical. A tie, or two scores
    /// a few ulps apart, could in principle come out in the other order (and a confidence on a
    /// rounding midpoint round the other way), since each sum rounds differently; so when the two
    /// best scores are <see cref="TooCloseToCall"/>, or the confidence <see cref="Best"/> rounds is
    /// within 1e-9 of a rounding midpoint, the ranking is made again by trigram, and callers that
    /// compare other scores (the segmenter's document-language bar) check
    /// <see cref="TooCloseToCall"/> and do the same. Outside that band the error bound cannot flip
    /// a comparison or a rounding.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    public IReadOnlyList<(string Language, double Score)> Rank(ReadOnlySpan<char> text)
    {
        var ranked = new (string Language, double Score)[profiles.Length];
        return ToList(ranked.AsSpan(0, RankInto(text, ranked)));
    }

    /// <summary>
    /// The ranking with every trigram's score summed in the order the trigrams first occur (the
    /// reference <see cref="Rank"/> falls back to near a tie): slower, and bit-identical to the
    /// scores of sessions before 6.
    /// </summary>
    public IReadOnlyList<(string Language, double Score)> RankByTrigram(ReadOnlySpan<char> text)
    {
        var ranked = new (string Language, double Score)[profiles.Length];
        return ToList(ranked.AsSpan(0, Rank(text, perWord: false, ranked)));
    }

    private static List<(string Language, double Score)> ToList(ReadOnlySpan<(string Language, double Score)> ranked)
    {
        var list = new List<(string Language, double Score)>(ranked.Length);
        foreach (var entry in ranked)
        {
            list.Add(entry);
        }

        return list;
    }

    /// <summary>Whether the last bits of the scores could change the best language or the rounded confidence.</summary>
    private static bool IsNearTie(ReadOnlySpan<(string Language, double Score)> ranked)
    {
        if (ranked.Length < 2)
        {
            return false;
        }

        double best = ranked[0].Score, second = ranked[1].Score;
        if (TooCloseToCall(best, second))
        {
            return true;
        }

        // Best rounds (best - second) / best to 3 decimals: ±1e-11 moves it by far less than 1e-6/1000.
        double scaled = (best - second) / best * 1000;
        return Math.Abs(scaled - Math.Floor(scaled) - 0.5) <= 1e-6;
    }

    /// <summary>Writes the ranking of <paramref name="text"/> into <paramref name="results"/>, best first; returns its length.</summary>
    private int Rank(ReadOnlySpan<char> text, bool perWord, Span<(string Language, double Score)> results)
    {
        if (text.Length > MaxAnalysedChars)
        {
            text = text[..MaxAnalysedChars];
        }

        if (perWord && tallied)
        {
            return RankTallied(text, results);
        }

        // Paragraphs and the sentences of long ones are ranked one after another: the words go
        // into one reused buffer, with no string per word.
        var words = ScratchWords.ForThread();
        words.Read(text, out string? script, out double diacriticShare);
        if (words.Count == 0 || script is null)
        {
            return 0;
        }

        bool exact = diacriticShare >= DiacriticShareForExactMatch;
        if (!exact)
        {
            words.Fold();
        }

        var index = exact ? exactIndex : foldedIndex;
        var cache = index.Words.Value!;
        cache.BeginText();
        bool fewProfiles = profiles.Length <= 64;
        Span<double> trigramScores = fewProfiles ? stackalloc double[cache.Stride] : new double[cache.Stride];
        Span<int> stopwordHits = fewProfiles ? stackalloc int[profiles.Length] : new int[profiles.Length];
        Span<int> endingHits = fewProfiles ? stackalloc int[profiles.Length] : new int[profiles.Length];
        int trigramTotal = 0;
        int longWords = 0;
        var sums = MemoryMarshal.Cast<double, Vector<double>>(trigramScores);
        bool masks = cache.ProfilesAsMasks;
        for (int i = 0; i < words.Count; i++)
        {
            var w = words[i];
            int word = cache.Get(w, words.HashOf(i, folded: !exact));
            if (perWord)
            {
                var wordScores = cache.ScoresOf(word);
                for (int k = 0; k < sums.Length; k++)
                {
                    sums[k] += wordScores[k];
                }
            }
            else
            {
                cache.Count(word);
            }

            trigramTotal += cache.TrigramCountOf(word);
            if (masks)
            {
                // Integer counts: the order in which profiles are counted cannot change them.
                for (uint mask = cache.StopwordMaskOf(word); mask != 0; mask &= mask - 1)
                {
                    stopwordHits[BitOperations.TrailingZeroCount(mask)]++;
                }

                if (w.Length < 4)
                {
                    continue;
                }

                longWords++;
                for (uint mask = cache.EndingMaskOf(word); mask != 0; mask &= mask - 1)
                {
                    endingHits[BitOperations.TrailingZeroCount(mask)]++;
                }

                continue;
            }

            if (cache.StopwordProfilesOf(word) is { } owners)
            {
                foreach (int profile in owners)
                {
                    stopwordHits[profile]++;
                }
            }

            if (w.Length < 4)
            {
                continue;
            }

            longWords++;
            if (cache.EndingProfilesOf(word) is { } withEnding)
            {
                foreach (int profile in withEnding)
                {
                    endingHits[profile]++;
                }
            }
        }

        // A profile with the empty ending has it in every long word.
        foreach (int profile in index.ProfilesEndingAnyWord)
        {
            endingHits[profile] += longWords;
        }

        // By trigram, scores are added in the order the trigrams first occur, as before session 6,
        // so they are bit-identical to those (one multiply and one add per lane, never fused).
        // The sums stay whole vectors over the stride (a multiple of the vector width) for the loop.
        foreach (int id in perWord ? ReadOnlySpan<int>.Empty : cache.Order)
        {
            double count = cache.CountOf(id);
            var weights = MemoryMarshal.Cast<double, Vector<double>>(cache.WeightsOf(id));
            for (int k = 0; k < sums.Length; k++)
            {
                sums[k] += weights[k] * count;
            }
        }

        Span<(double Score, int Profile)> local = stackalloc (double, int)[profiles.Length];
        int ranked = 0;
        for (int p = 0; p < profiles.Length; p++)
        {
            if (!string.Equals(profiles[p].Script, script, StringComparison.Ordinal))
            {
                continue;
            }

            double score = (trigramScores[p] / Math.Max(trigramTotal, 1)) + (StopwordWeight * stopwordHits[p] / words.Count)
                + (longWords == 0 ? 0 : EndingWeight * endingHits[p] / longWords);
            local[ranked++] = (score, p);
        }

        return WriteRanked(local[..ranked], results);
    }

    /// <summary>
    /// The per-word ranking with every word scored as it is read (<see cref="WordTally"/>): the
    /// same sums, hits and totals as the loop over <see cref="ScratchWords"/> in
    /// <see cref="Rank(ReadOnlySpan{char}, bool, Span{ValueTuple{string, double}})"/>, added in
    /// the same order, so the same scores bit for bit.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    private int RankTallied(ReadOnlySpan<char> text, Span<(string Language, double Score)> results)
    {
        // All ASCII: Latin letters (if any) without diacritics, so folded.
        var letters = WordTally.CountLetters(text);
        bool exact = letters is { } l && l.DiacriticShare >= DiacriticShareForExactMatch;
        var index = exact ? exactIndex : foldedIndex;
        var cache = index.Words.Value!;
        cache.BeginText();
        int p = profiles.Length;
        Span<double> trigramScores = stackalloc double[cache.Stride];
        trigramScores.Clear();
        Span<int> stopwordHits = stackalloc int[p];
        stopwordHits.Clear();
        Span<int> endingHits = stackalloc int[p];
        endingHits.Clear();
        var totals = WordTally.ForThread().Read(text, fold: !exact, cache, MemoryMarshal.Cast<double, Vector<double>>(trigramScores), stopwordHits, endingHits);
        string? script = letters is { } counted ? counted.Script : "Latin";
        if (totals.Words == 0 || script is null)
        {
            return 0;
        }

        foreach (int profile in index.ProfilesEndingAnyWord)
        {
            endingHits[profile] += totals.LongWords;
        }

        Span<(double Score, int Profile)> local = stackalloc (double, int)[p];
        int ranked = 0;
        for (int i = 0; i < p; i++)
        {
            if (!string.Equals(profiles[i].Script, script, StringComparison.Ordinal))
            {
                continue;
            }

            double score = (trigramScores[i] / Math.Max(totals.TrigramTotal, 1)) + (StopwordWeight * stopwordHits[i] / totals.Words)
                + (totals.LongWords == 0 ? 0 : EndingWeight * endingHits[i] / totals.LongWords);
            local[ranked++] = (score, i);
        }

        return WriteRanked(local[..ranked], results);
    }

    /// <summary>
    /// Sorts the (score, profile) entries best first and writes them to the caller's buffer once as
    /// (language, score): sorting on the stack moves no entry that holds a string (a write barrier
    /// per move in a heap array), and the order depends on the scores alone.
    /// </summary>
    private int WriteRanked(Span<(double Score, int Profile)> ranked, Span<(string Language, double Score)> results)
    {
        SortByScore(ranked);
        for (int i = 0; i < ranked.Length; i++)
        {
            results[i] = (profiles[ranked[i].Profile].Language, ranked[i].Score);
        }

        return ranked.Length;
    }

    /// <summary>
    /// Best score first, in exactly the order <c>List.Sort</c> with the same comparison gives (its
    /// introspective sort: two or three items by compare-and-swap, up to 16 by insertion), without
    /// its shared generic code for a tuple with a string; longer lists are left to it.
    /// </summary>
    private static void SortByScore(Span<(double Score, int Profile)> items)
    {
        static int Compare((double Score, int Profile) a, (double Score, int Profile) b) => b.Score.CompareTo(a.Score);

        if (items.Length > 16)
        {
            items.Sort(Compare);
            return;
        }

        if (items.Length <= 3)
        {
            if (items.Length >= 2)
            {
                SwapIfGreater(items, 0, 1);
            }

            if (items.Length == 3)
            {
                SwapIfGreater(items, 0, 2);
                SwapIfGreater(items, 1, 2);
            }

            return;
        }

        for (int i = 0; i < items.Length - 1; i++)
        {
            var t = items[i + 1];
            int j = i;
            while (j >= 0 && Compare(t, items[j]) < 0)
            {
                items[j + 1] = items[j];
                j--;
            }

            items[j + 1] = t;
        }

        static void SwapIfGreater(Span<(double Score, int Profile)> items, int i, int j)
        {
            if (Compare(items[i], items[j]) > 0)
            {
                (items[i], items[j]) = (items[j], items[i]);
            }
        }
    }

    private static bool EndsWithAny(ReadOnlySpan<char> word, string[] endings)
    {
        foreach (var e in endings)
        {
            if (word.EndsWith(e, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The script a language is written in ("Latin", "Cyrillic"), or null when unknown.</summary>
    public string? ScriptOf(string language)
    {
        // Callers pass the profiles' own strings: found by reference, mostly, without comparing text.
        foreach (var p in profiles)
        {
            if ((object)p.Language == language)
            {
                return p.Script;
            }
        }

        foreach (var p in profiles)
        {
            if (p.Language == language)
            {
                return p.Script;
            }
        }

        return null;
    }

    /// <summary>Human-readable name of a language code, for listings.</summary>
    public string NameOf(string language) =>
        profiles.FirstOrDefault(p => p.Language == language)?.Name
        ?? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(language);

    /// <summary>
    /// All profiles' trigrams and function words in one lookup, so a text is scored against every
    /// language with one dictionary probe per trigram or word.
    /// </summary>
    private sealed class ScoringIndex
    {
        public ScoringIndex(IReadOnlyList<LanguageProfile> profiles, bool folded)
        {
            var trigrams = new Dictionary<ulong, List<(int, double)>>();
            var stopwords = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var endings = new List<(int, string[])>();
            for (int p = 0; p < profiles.Count; p++)
            {
                var ranks = folded ? profiles[p].FoldedTrigramRanks : profiles[p].TrigramRanks;
                foreach (var (key, rank) in ranks)
                {
                    if (!trigrams.TryGetValue(key, out var list))
                    {
                        trigrams[key] = list = [];
                    }

                    list.Add((p, 1.0 - (rank / (2.0 * Math.Max(ranks.Count, 1)))));
                }

                foreach (var word in folded ? profiles[p].FoldedStopwords : profiles[p].Stopwords)
                {
                    if (!stopwords.TryGetValue(word, out var list))
                    {
                        stopwords[word] = list = [];
                    }

                    list.Add(p);
                }

                var profileEndings = folded ? profiles[p].FoldedEndings : profiles[p].Endings;
                if (profileEndings.Count > 0)
                {
                    endings.Add((p, profileEndings.ToArray()));
                }
            }

            // Loops, not LINQ: built once per process, and LINQ over these value tuples would be
            // compiled (fully optimised) for that one call.
            Trigrams = new Dictionary<ulong, (int Profile, double Weight)[]>(trigrams.Count);
            foreach (var (key, list) in trigrams)
            {
                Trigrams.Add(key, list.ToArray());
            }

            Stopwords = new Dictionary<string, int[]>(stopwords.Count, StringComparer.Ordinal);
            foreach (var (word, list) in stopwords)
            {
                Stopwords.Add(word, list.ToArray());
            }

            var anyWord = new List<int>();
            var byLastChar = new Dictionary<char, List<(int Profile, string[] Endings)>>();
            foreach (var (profile, profileEndings) in endings)
            {
                if (Array.Exists(profileEndings, x => x.Length == 0))
                {
                    anyWord.Add(profile);
                    continue;
                }

                // Each last letter once, in order of first use, with the endings ending in it.
                for (var i = 0; i < profileEndings.Length; i++)
                {
                    var last = profileEndings[i][^1];
                    if (FirstWithLast(profileEndings, last) != i)
                    {
                        continue;
                    }

                    var sameLast = new List<string>();
                    foreach (var x in profileEndings)
                    {
                        if (x[^1] == last)
                        {
                            sameLast.Add(x);
                        }
                    }

                    if (!byLastChar.TryGetValue(last, out var group))
                    {
                        byLastChar[last] = group = [];
                    }

                    group.Add((profile, sameLast.ToArray()));
                }
            }

            ProfilesEndingAnyWord = anyWord.ToArray();
            EndingsByLastChar = new Dictionary<char, (int Profile, string[] Endings)[]>(byLastChar.Count);
            foreach (var (last, group) in byLastChar)
            {
                EndingsByLastChar.Add(last, group.ToArray());
            }

            Words = new ThreadLocal<WordFeatureCache>(() => new WordFeatureCache(
                profiles.Count,
                key => Trigrams.TryGetValue(key, out var entries) ? entries : null,
                word => Stopwords.TryGetValue(word, out var owners) ? owners : null,
                EndingProfilesOf));
        }

        /// <summary>Per thread, what this index says about each word spelling met so far.</summary>
        public ThreadLocal<WordFeatureCache> Words { get; }

        public Dictionary<ulong, (int Profile, double Weight)[]> Trigrams { get; }

        public Dictionary<string, int[]> Stopwords { get; }

        /// <summary>Per last letter, each profile's endings that end in it (a word can only have those).</summary>
        public Dictionary<char, (int Profile, string[] Endings)[]> EndingsByLastChar { get; }

        /// <summary>Profiles with an empty ending, which every long word has.</summary>
        public int[] ProfilesEndingAnyWord { get; }

        private static int FirstWithLast(string[] endings, char last)
        {
            for (var i = 0; i < endings.Length; i++)
            {
                if (endings[i][^1] == last)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>The profiles with a (non-empty) ending this word has, or null.</summary>
        private int[]? EndingProfilesOf(string word)
        {
            // Only endings that end in the word's last letter can match it.
            if (!EndingsByLastChar.TryGetValue(word[^1], out var byLast))
            {
                return null;
            }

            List<int>? hits = null;
            foreach (var (profile, endings) in byLast)
            {
                if (EndsWithAny(word, endings))
                {
                    (hits ??= []).Add(profile);
                }
            }

            return hits?.ToArray();
        }
    }
}
