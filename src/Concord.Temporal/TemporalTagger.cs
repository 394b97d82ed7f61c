using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Concord.Languages;
using Concord.Model;
using Concord.Pipeline;
using Concord.Temporal.Engine;

namespace Concord.Temporal;

/// <summary>
/// Finds time expressions with each sentence's own language rules (all languages when the
/// sentence's language has none), keeps the longest non-overlapping matches, and resolves them
/// in document order so year-less and relative expressions take their context.
/// </summary>
public sealed class TemporalTagger : ITemporalTagger
{
    private static readonly Lazy<LanguageRegistry<TemporalLanguage>> Registry = new(() => new LanguageRegistry<TemporalLanguage>());

    public static IReadOnlyCollection<string> Languages => Registry.Value.Languages;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    public IReadOnlyList<TimeExpression> Tag(AnalyzedDocument document)
    {
        var text = document.Text;
        var candidates = new List<Candidate>();
        var winners = new Winners(document);
        Span<int> endOf = stackalloc int[64]; // where each rule's match at the current start ends
        var runs = LanguageRun.Of(document);
        var passes = new List<(LanguageRun Run, TemporalLanguage Language)>(runs.Count);
        foreach (var run in runs)
        {
            var own = Registry.Value.For(run.Language);
            // A sentence in a language without resources (a quote, a misread short line) is read
            // with the document's language, else English; every language's rules would cost
            // several times as much and read one language's words with another's rules.
            own ??= Registry.Value.For(document.Language) ?? Registry.Value.For("en");
            foreach (var lang in own is null ? Registry.Value.All : [own])
            {
                passes.Add((run, lang));
            }
        }

        // Every later pass's candidates start at or after its run's start: the least of those
        // starts bounds where the candidates found so far can still be overlapped or preceded.
        var laterStart = new int[passes.Count + 1];
        laterStart[passes.Count] = int.MaxValue;
        for (int p = passes.Count - 1; p >= 0; p--)
        {
            laterStart[p] = Math.Min(laterStart[p + 1], passes[p].Run.Start);
        }

        int pendingEnd = 0;
        for (int p = 0; p < passes.Count; p++)
        {
            var (run, lang) = passes[p];
            IReadOnlyList<TemporalRule>? rules = null; // built at the first start: a run without triggers needs none
            int matchedUntil = 0, runEnd = run.Start + run.Length;
            var reachMemo = default(RangeReach.Memo);
            foreach (int at in StartsNearTriggers(text, run, lang))
            {
                // Candidates that end before every candidate still to come starts are final:
                // resolve them now, in the order a sort of all candidates would give them
                // (resolving as the text is read keeps the resolver's code warm from the start).
                if (candidates.Count > 0 && pendingEnd <= Math.Min(at, laterStart[p + 1]))
                {
                    winners.Resolve(candidates);
                    candidates.Clear();
                }

                // A start inside a span already matched could only give a shorter, losing candidate.
                if (at < matchedUntil)
                {
                    continue;
                }

                rules ??= lang.Rules;
                ulong possible = lang.RulesStartingAt(text, at, runEnd), matchedHere = 0;
                for (int r = 0; r < rules.Count; r++)
                {
                    if ((possible & (1UL << r)) == 0)
                    {
                        continue;
                    }

                    // A composed range starts with one of its single dates matched here and its joiner, or with its gate.
                    if (rules[r].Gate is { } gate && !OpensRange(rules[r], lang.FirstHalfRules(r) & matchedHere, endOf, text) && !gate.IsMatch(text, at))
                    {
                        continue;
                    }

                    if (rules[r].Near is { } near && !near.IsMatch(text.AsSpan(at, Math.Min(TemporalRule.NearWindow, text.Length - at))))
                    {
                        continue;
                    }

                    // A range whose joiner and second half cannot follow here would fail after trying every form.
                    if (rules[r].Reach is { } reach && !reach.CouldMatchAt(text, at, ref reachMemo))
                    {
                        continue;
                    }

                    // Most matches win (a start inside a match is not tried again), and a winner
                    // needs its groups: keep the Match now rather than run the rule again for it.
                    // A bare year is resolved from its digits, so it needs no Match; nor does a
                    // single date tried where another already matched, which mostly loses to it
                    // ("April" after "April 1994"), and is run again in the rare case it wins.
                    // A range keeps its Match: it wins over the halves it was tried after.
                    var regex = rules[r].Regex;
                    Match? groups = null;
                    (int Index, int Length)? m;
                    if (!rules[r].ReadsOnlyYear && (matchedHere == 0 || rules[r].Gate is not null))
                    {
                        groups = regex.Match(text, at);
                        m = groups.Success ? (groups.Index, groups.Length) : null;
                    }
                    else
                    {
                        m = regex.Span(text, at);
                    }

                    if (m is { } span)
                    {
                        matchedHere |= 1UL << r;
                        endOf[r] = span.Index + span.Length;
                        candidates.Add(new Candidate(span.Index, span.Length, rules[r], lang, r, groups));
                        pendingEnd = Math.Max(pendingEnd, span.Index + span.Length);
                        if (rules[r].Near is null)
                        {
                            // Ranges may still be split when resolved ("2020. un 2023. gadā"): their inner starts stay.
                            matchedUntil = Math.Max(matchedUntil, span.Index + span.Length);
                        }
                    }
                }
            }
        }

        winners.Resolve(candidates);
        return winners.Found;
    }

    private static bool IsFourDigits(string text, int index, int length) =>
        length == 4 && char.IsAsciiDigit(text[index]) && char.IsAsciiDigit(text[index + 1])
        && char.IsAsciiDigit(text[index + 2]) && char.IsAsciiDigit(text[index + 3]);

    /// <summary>Whether the joiner of <paramref name="range"/> follows the end of one of the single dates matched here.</summary>
    private static bool OpensRange(TemporalRule range, ulong matchedHalves, ReadOnlySpan<int> endOf, string text)
    {
        while (matchedHalves != 0)
        {
            int k = System.Numerics.BitOperations.TrailingZeroCount(matchedHalves);
            matchedHalves &= matchedHalves - 1;
            if (range.Joiner!.IsMatch(text, endOf[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many tokens before a trigger an expression may start ("from the late spring of 1993").</summary>
    private const int TokensBefore = 4;

    /// <summary>Token starts at and up to <see cref="TokensBefore"/> tokens before every trigger token, ascending.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    private static List<int> StartsNearTriggers(string text, LanguageRun run, TemporalLanguage lang)
    {
        // One list per thread, refilled for every run: its starts are read before the next run's are asked for.
        var starts = startsOfRun ??= new List<int>(1024);
        starts.Clear();
        // The last tokens, in a ring of a power-of-two size (a mask, not a division, per token) that holds the TokensBefore + 1 read back.
        Span<int> recent = stackalloc int[RecentRing];
        Span<int> recentEnd = stackalloc int[RecentRing];

        // Whether each recent token may open an expression: asked only of the tokens before a
        // trigger (most words are neither, and a cheap filter tells the triggers), so unknown at first.
        Span<byte> prefix = stackalloc byte[RecentRing];
        int count = 0, lastAdded = -1, end = run.Start + run.Length;
        for (int i = run.Start; i < end;)
        {
            int kind = KindOf(text[i]);
            if (kind == NoToken)
            {
                i++;
                continue;
            }

            // Letters and digits are separate tokens, so "Date20" offers a start at "20".
            int s = i++;
            bool digits = kind == DigitToken;
            while (i < end && KindOf(text[i]) == kind)
            {
                i++;
            }

            // A run of digits is a trigger, never an opener; a word that may be a trigger is looked up for both roles at once.
            bool trigger = digits;
            byte opener = digits ? NotOpener : UnknownOpener;
            if (!digits && lang.MayBeTrigger(text.AsSpan(s, i - s)))
            {
                (trigger, bool opens) = lang.RoleOfWord(text.AsSpan(s, i - s));
                opener = opens ? Opener : NotOpener;
            }

            recent[count & (RecentRing - 1)] = s;
            recentEnd[count & (RecentRing - 1)] = i;
            prefix[count & (RecentRing - 1)] = opener;
            count++;

            // Citation marks ("[12]") hold digits but never a date.
            bool citation = s > 0 && text[s - 1] == '[' && i < text.Length && text[i] == ']';
            if (!citation && trigger && (!digits || CouldBeTemporal(text, s, i, end, lang)))
            {
                // Step back over the words that can open this expression ("from the late", "the past two").
                int first = count - 1;
                while (first > 0 && count - first < TokensBefore + 1 && OpensAt(first - 1, text, recent, recentEnd, prefix, lang))
                {
                    first--;
                }

                for (int k = first; k < count; k++)
                {
                    int p = recent[k & (RecentRing - 1)];
                    if (p > lastAdded)
                    {
                        starts.Add(p);
                        lastAdded = p;
                    }
                }
            }
        }

        return starts;
    }

    /// <summary>The list <see cref="StartsNearTriggers"/> fills, kept per thread: a run's starts were a fresh list of a quarter of the run's bytes.</summary>
    [ThreadStatic]
    private static List<int>? startsOfRun;

    private const byte UnknownOpener = 0, Opener = 1, NotOpener = 2;

    /// <summary>Size of the word scan's ring of recent tokens: a power of two above <see cref="TokensBefore"/>.</summary>
    private const int RecentRing = 8;

    /// <summary>Whether recent token <paramref name="k"/> may open an expression (<see cref="TemporalLanguage.RoleOfWord"/>'s prefix), looked up at the first asking.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool OpensAt(int k, string text, ReadOnlySpan<int> recent, ReadOnlySpan<int> recentEnd, Span<byte> prefix, TemporalLanguage lang)
    {
        int slot = k & (RecentRing - 1);
        if (prefix[slot] == UnknownOpener)
        {
            prefix[slot] = lang.RoleOfWord(text.AsSpan(recent[slot], recentEnd[slot] - recent[slot])).Prefix ? Opener : NotOpener;
        }

        return prefix[slot] == Opener;
    }

    private const int NoToken = 0, LetterToken = 1, DigitToken = 2;

    /// <summary>
    /// What token a character belongs to: <see cref="DigitToken"/> for a decimal digit
    /// (<see cref="char.IsDigit(char)"/>), <see cref="LetterToken"/> for another letter or digit
    /// (<see cref="char.IsLetterOrDigit(char)"/>), else <see cref="NoToken"/>; ASCII from a table.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int KindOf(char c) =>
        c < 128 ? AsciiKinds[c] : char.IsDigit(c) ? DigitToken : char.IsLetterOrDigit(c) ? LetterToken : NoToken;

    /// <summary><see cref="KindOf"/> of the ASCII characters.</summary>
    private static ReadOnlySpan<byte> AsciiKinds =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    ];

    /// <summary>
    /// Whether a digit token can be part of a time expression: a year-like four digits, a number
    /// glued to a suffix or separator ("20th", "1990s", "9d", "20.02", "1992–94", "3:07"), or one
    /// with another trigger within the next two tokens ("5 April", "1 and 5 April", "90 days").
    /// Grouped thousands ("65,000") and bare counts ("88 Armenian") are not.
    /// </summary>
    private static bool CouldBeTemporal(string text, int start, int end, int limit, TemporalLanguage lang)
    {
        int length = end - start;
        if (end < limit - 3 && text[end] == ',' && char.IsDigit(text[end + 1]) && char.IsDigit(text[end + 2]) && char.IsDigit(text[end + 3]))
        {
            return false;
        }

        if (length == 4 && (text[start] == '1' || (text[start] == '2' && text[start + 1] is '0' or '1')))
        {
            return true;
        }

        if (end < limit && (char.IsLetter(text[end]) || (end + 1 < limit && text[end] is '.' or '/' or ':' or '-' or '–' or '—' && char.IsDigit(text[end + 1]))))
        {
            return true;
        }

        // Look at the next two tokens.
        int i = end, seen = 0;
        while (i < limit && seen < 2)
        {
            while (i < limit && !char.IsLetterOrDigit(text[i]))
            {
                if (text[i] is '.' or '!' or '?' or ';' && (i + 1 >= limit || !char.IsDigit(text[i + 1])))
                {
                    return seen == 0 && length <= 2 && i + 1 < limit && char.IsWhiteSpace(text[i + 1]) && lang.Language != "en";
                }

                i++;
            }

            int s = i;
            bool digits = i < limit && char.IsDigit(text[i]);
            while (i < limit && char.IsLetterOrDigit(text[i]) && char.IsDigit(text[i]) == digits)
            {
                i++;
            }

            // A token of letters: the word scan's filter and role lookup, which answer as IsTrigger does.
            if (i > s && (digits || (lang.MayBeTrigger(text.AsSpan(s, i - s)) && lang.RoleOfWord(text.AsSpan(s, i - s)).Trigger)))
            {
                return true;
            }

            seen++;
        }

        return false;
    }

    private static bool OverlappedByLonger(List<Candidate> sorted, int i)
    {
        var m = sorted[i];
        int end = m.Index + m.Length;
        for (int j = i + 1; j < sorted.Count && sorted[j].Index < end; j++)
        {
            var o = sorted[j];
            if (o.Index + o.Length > end && o.Length > m.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Keeps the longest non-overlapping candidates and resolves them in text order. Candidates
    /// come in batches that no later candidate can overlap or precede, so resolving batch by batch
    /// picks and resolves the same winners in the same order as one sort of all of them.
    /// </summary>
    private sealed class Winners(AnalyzedDocument document)
    {
        private readonly TemporalResolver resolver = new(document.DocumentDate);
        private int covered, sentenceCursor, paragraphCursor;

        public List<TimeExpression> Found { get; } = [];

        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // warm: jitted, the ReadyToRun code was slower on 20 MB (see notes/performance.md, r2r15)
        public void Resolve(List<Candidate> candidates)
        {
            // (Index, Length, Order) is unique per candidate, so any sort gives this one order.
            Sort(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(candidates));
            var text = document.Text;
            for (int i = 0; i < candidates.Count; i++)
            {
                var c = candidates[i];
                if (c.Index < covered)
                {
                    continue;
                }

                // A longer candidate starting later inside this one would lose; a longer one overlapping it wins.
                if (OverlappedByLonger(candidates, i))
                {
                    continue;
                }

                // Winners come in text order, so the sentence and paragraph holding each are found by walking on.
                var sentence = SentenceAt(document.Sentences, c.Index, ref sentenceCursor);
                int paragraph = ParagraphAt(document.Paragraphs, c.Index, ref paragraphCursor);
                var expr = c.Rule.ReadsOnlyYear && IsFourDigits(text, c.Index, c.Length)
                    ? resolver.ResolveYear(c.Index, c.Rule, c.Language, text, paragraph, sentence)
                    // The same anchored call as when the candidate was found, so the same match.
                    : resolver.Resolve(c.Found ?? c.Rule.Regex.Match(text, c.Index), c.Rule, c.Language, text, paragraph, sentence);
                if (expr is not null)
                {
                    Found.Add(expr);
                    covered = c.Index + c.Length;
                }
            }
        }
    }

    /// <summary>
    /// Sorts by <see cref="CandidateOrder"/>. A batch is mostly a few candidates found in text
    /// order, which an insertion sort puts in place in one pass; <c>Span.Sort</c> with a struct
    /// comparer boxed it and made a delegate at every batch (≈ 4 MB per 20 MB of text).
    /// </summary>
    private static void Sort(Span<Candidate> batch)
    {
        if (batch.Length > 32)
        {
            batch.Sort(default(CandidateOrder));
            return;
        }

        var order = default(CandidateOrder);
        for (int i = 1; i < batch.Length; i++)
        {
            var c = batch[i];
            int j = i - 1;
            while (j >= 0 && order.Compare(batch[j], c) > 0)
            {
                batch[j + 1] = batch[j];
                j--;
            }

            batch[j + 1] = c;
        }
    }

    private readonly record struct Candidate(int Index, int Length, TemporalRule Rule, TemporalLanguage Language, int Order, Match? Found);

    /// <summary>By start; at one start the longest first, then the earlier rule.</summary>
    private readonly struct CandidateOrder : IComparer<Candidate>
    {
        public int Compare(Candidate a, Candidate b) =>
            a.Index != b.Index ? a.Index.CompareTo(b.Index)
            : a.Length != b.Length ? b.Length.CompareTo(a.Length)
            : a.Order.CompareTo(b.Order);
    }

    /// <summary>The sentence holding <paramref name="offset"/>; offsets must come in ascending order (<paramref name="cursor"/> walks on).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Sentence? SentenceAt(IReadOnlyList<Sentence> sentences, int offset, ref int cursor)
    {
        while (cursor < sentences.Count && sentences[cursor].Span.End <= offset)
        {
            cursor++;
        }

        return cursor < sentences.Count && sentences[cursor].Span.Start <= offset ? sentences[cursor] : null;
    }

    /// <summary>The index of the paragraph holding <paramref name="offset"/>, or -1; offsets in ascending order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ParagraphAt(IReadOnlyList<Paragraph> paragraphs, int offset, ref int cursor)
    {
        while (cursor < paragraphs.Count && paragraphs[cursor].Span.End <= offset)
        {
            cursor++;
        }

        return cursor < paragraphs.Count && paragraphs[cursor].Span.Start <= offset ? cursor : -1;
    }
}
