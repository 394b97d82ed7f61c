using Concord.Gazetteer.Data;
using Concord.Gazetteer.Text;
using Concord.Model;
using System.Runtime.CompilerServices;

namespace Concord.Gazetteer.Matching;

/// <summary>A stretch of text that spells one or more aliases of equal length.</summary>
/// <remarks>
/// A concrete list, so that the per-hit loops over the aliases enumerate without boxing. Read only:
/// a one-alias list is shared by every hit of that alias (<see cref="IndexedAlias.AsList"/>).
/// </remarks>
public sealed record NameHit(TextSpan Span, int FirstToken, int TokenCount, List<NameAlias> Aliases);

/// <summary>
/// The aliases of a hit that more than one fits. A one-word hit's list is its word form's
/// (<see cref="AliasStarts.FittingSingles"/>), shared by every hit of that form, so it also keeps
/// what the place recogniser derives from it and the word alone (<see cref="Places"/>).
/// </summary>
internal sealed class AliasChoice : List<NameAlias>
{
    private PlaceChoice? places;

    public AliasChoice()
        : base(4)
    {
    }

    /// <summary>The places of a one-word hit with these aliases, once worked out; null until then.</summary>
    public PlaceChoice? Places
    {
        get => Volatile.Read(ref places);
        set => Volatile.Write(ref places, value);
    }
}

/// <summary>A one-word hit's candidate places (read only, shared by its hits) and whether no alias is written as the word is.</summary>
internal sealed record PlaceChoice(List<PlaceEntry> Candidates, bool ReachedByInflection);

/// <summary>
/// Finds names in a run of tokens: at each word, the longest alias that starts there and whose
/// words are joined only by spaces or hyphens; hits do not overlap.
/// </summary>
public static class NameMatcher
{
    // What a run without names gets (most runs have none in one of the two indexes): shared, never changed.
    private static readonly List<NameHit> NoHits = [];

    /// <summary>The names in <paramref name="tokens"/>; the list is shared when empty, so callers must not change it.</summary>
    public static List<NameHit> Match(string text, List<NameToken> tokens, NameIndex index)
    {
        List<NameHit>? hits = null;
        var i = 0;
        while (i < tokens.Count)
        {
            i += TryAt(text, tokens, i, index, ref hits);
        }

        return hits ?? NoHits;
    }

    /// <summary>
    /// <see cref="Match"/> in two indexes (a language's places and actors) with one pass over the
    /// tokens: each word form is read once for both. Each index's hits are those <see cref="Match"/>
    /// finds: a position is tried in an index only past that index's last hit.
    /// </summary>
    public static (List<NameHit> First, List<NameHit> Second) MatchBoth(string text, List<NameToken> tokens, NameIndex first, NameIndex second)
    {
        List<NameHit>? firstHits = null, secondHits = null;
        int nextFirst = 0, nextSecond = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i >= nextFirst)
            {
                nextFirst = i + TryAt(text, tokens, i, first, ref firstHits);
            }

            if (i >= nextSecond)
            {
                nextSecond = i + TryAt(text, tokens, i, second, ref secondHits);
            }
        }

        return (firstHits ?? NoHits, secondHits ?? NoHits);
    }

    /// <summary>
    /// <see cref="MatchBoth(string, List{NameToken}, NameIndex, NameIndex)"/>, trying only the tokens at
    /// <paramref name="nameStarts"/> (ascending): those that start an alias of either index. Any other
    /// token would be tried and moved past by one, which leaves both indexes' next positions as they are
    /// for every later token, so the hits are the same.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // warm: jitted, the ReadyToRun code was slower on 20 MB (see notes/performance.md, r2r15)
    public static (List<NameHit> First, List<NameHit> Second) MatchBoth(string text, List<NameToken> tokens, NameIndex first, NameIndex second,
        List<int> nameStarts)
    {
        // The hits are gathered in this thread's two scratch lists, then copied at their exact
        // size: no list grows (and drops arrays) while it fills.
        List<NameHit>? firstHits = scratchFirst ??= new List<NameHit>(64), secondHits = scratchSecond ??= new List<NameHit>(64);
        int nextFirst = 0, nextSecond = 0;
        foreach (var i in nameStarts)
        {
            if (i >= nextFirst)
            {
                nextFirst = i + TryAt(text, tokens, i, first, ref firstHits);
            }

            if (i >= nextSecond)
            {
                nextSecond = i + TryAt(text, tokens, i, second, ref secondHits);
            }
        }

        return (ExactCopy(firstHits!), ExactCopy(secondHits!));
    }

    [ThreadStatic]
    private static List<NameHit>? scratchFirst, scratchSecond;

    /// <summary>The scratch list's hits in a list of their own (of exactly their number), the scratch list emptied.</summary>
    private static List<NameHit> ExactCopy(List<NameHit> scratch)
    {
        if (scratch.Count == 0)
        {
            return NoHits;
        }

        var hits = new List<NameHit>(scratch);
        scratch.Clear();
        return hits;
    }

    /// <summary>Adds the name starting at token <paramref name="i"/>, if any; returns how many tokens to move on (its length, or 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    private static int TryAt(string text, List<NameToken> tokens, int i, NameIndex index, ref List<NameHit>? hits)
    {
        var starts = tokens[i].Form.StartsIn(index);
        if (ReferenceEquals(starts, AliasStarts.None))
        {
            return 1;
        }

        // The longest fitting alias wins; the aliases of that length are kept in the index's order.
        // Only the longer aliases whose second word the next token can be may fit, and one-word
        // aliases count only when no longer one does.
        var language = index.Language;
        var best = 0;
        List<NameAlias>? bestAliases = null;
        var shared = false;
        if (starts.HasLonger && i + 1 < tokens.Count)
        {
            var next = tokens[i + 1];
            var (exact, stemmed) = starts.LongerWithSecond(next.Folded, next.Form.KeyIn(language));
            int e = 0, s = 0;
            while (e < exact.Length || s < stemmed.Length)
            {
                var at = s >= stemmed.Length || (e < exact.Length && exact[e] < stemmed[s]) ? exact[e++] : stemmed[s++];
                Consider(text, tokens, i, starts.All[at], language, ref best, ref bestAliases, ref shared);
            }
        }

        if (best == 0)
        {
            // Which one-word aliases fit depends on this word alone (Fits reads only its case), and
            // starts is this word form's own (WordForm.StartsIn): the answer, worked out at the
            // form's first such occurrence, holds at every other, so it is kept with starts.
            var fitting = starts.FittingSingles;
            if (fitting is null)
            {
                foreach (var candidate in starts.Singles)
                {
                    Consider(text, tokens, i, candidate, language, ref best, ref bestAliases, ref shared);
                }

                starts.FittingSingles = bestAliases ?? AliasStarts.NoneFitting;
            }
            else if (!ReferenceEquals(fitting, AliasStarts.NoneFitting))
            {
                best = 1;
                bestAliases = fitting;
            }
        }

        if (bestAliases is null)
        {
            return 1;
        }

        (hits ??= []).Add(new NameHit(new TextSpan(tokens[i].Span.Start, tokens[i + best - 1].Span.End), i, best, bestAliases));
        return best;
    }

    private static void Consider(string text, List<NameToken> tokens, int at, IndexedAlias candidate,
        Languages.IGazetteerLanguage language, ref int best, ref List<NameAlias>? bestAliases, ref bool shared)
    {
        var n = candidate.Length;
        if (n < best || !Fits(text, tokens, at, candidate, language))
        {
            return;
        }

        if (n > best)
        {
            // The first alias of this length: its shared one-element list, copied if a second joins.
            best = n;
            bestAliases = candidate.AsList;
            shared = true;
            return;
        }

        if (shared)
        {
            bestAliases = new AliasChoice { bestAliases![0] };
            shared = false;
        }

        bestAliases!.Add(candidate.Alias);
    }

    private static bool AllCaps(List<NameToken> tokens, int at, int n)
    {
        for (var k = at; k < at + n; k++)
        {
            if (!tokens[k].IsAllCaps)
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    private static bool Fits(string text, List<NameToken> tokens, int at, IndexedAlias candidate,
        Languages.IGazetteerLanguage language)
    {
        var n = candidate.Length;
        if (at + n > tokens.Count)
        {
            return false;
        }

        for (var k = 1; k < n; k++)
        {
            var key = candidate.Exact ? tokens[at + k].Folded : tokens[at + k].Form.KeyIn(language);
            if (key != candidate.Key(k, language) || !NameTokenizer.JoinedInName(text, tokens[at + k - 1], tokens[at + k]))
            {
                return false;
            }
        }

        return candidate.Alias.Case switch
        {
            CaseRule.Capitalized => tokens[at].IsCapitalized,
            CaseRule.AllCaps => AllCaps(tokens, at, n),
            _ => true,
        };
    }
}
