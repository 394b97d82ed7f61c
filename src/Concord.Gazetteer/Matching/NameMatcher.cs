using Concord.Gazetteer.Data;
using Concord.Gazetteer.Text;
using Concord.Model;

namespace Concord.Gazetteer.Matching;

/// <summary>A stretch of text that spells one or more aliases of equal length.</summary>
public sealed record NameHit(TextSpan Span, int FirstToken, int TokenCount, IReadOnlyList<NameAlias> Aliases);

/// <summary>
/// Finds names in a run of tokens: at each word, the longest alias that starts there and whose
/// words are joined only by spaces or hyphens; hits do not overlap.
/// </summary>
public static class NameMatcher
{
    public static List<NameHit> Match(string text, IReadOnlyList<NameToken> tokens, NameIndex index)
    {
        var hits = new List<NameHit>();

        var i = 0;
        while (i < tokens.Count)
        {
            var best = 0;
            List<NameAlias>? bestAliases = null;
            foreach (var candidate in tokens[i].Form.StartsIn(index))
            {
                var n = candidate.Length;
                if (n < best || !Fits(text, tokens, i, candidate, index.Language))
                {
                    continue;
                }

                if (n > best)
                {
                    best = n;
                    bestAliases = [];
                }

                bestAliases!.Add(candidate.Alias);
            }

            if (bestAliases is null)
            {
                i++;
                continue;
            }

            hits.Add(new NameHit(new TextSpan(tokens[i].Span.Start, tokens[i + best - 1].Span.End), i, best, bestAliases));
            i += best;
        }

        return hits;
    }

    private static bool AllCaps(IReadOnlyList<NameToken> tokens, int at, int n)
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

    private static bool Fits(string text, IReadOnlyList<NameToken> tokens, int at, IndexedAlias candidate,
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
