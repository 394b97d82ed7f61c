using System.Buffers;
using System.Runtime.CompilerServices;

namespace Concord.Extraction.Lexicons;

/// <summary>
/// Tells which trigger rules of a lexicon can match a text, from one pass over it. Each rule's
/// regex is read for the literals every match of it holds (<see cref="RequiredLiterals"/>); the
/// literals of all rules are looked for with one vectorised multi-string search
/// (<see cref="SearchValues{T}"/>), which skips the stretches of text where no literal starts;
/// where one does, the literals beginning with that character are compared. A rule none of whose literals occurs
/// in the text cannot match it, so its regex is skipped; a rule whose pattern could not be read
/// always runs. The regexes themselves still decide every match, so what is found is unchanged.
/// </summary>
public sealed class TriggerPrefilter
{
    private static readonly ConditionalWeakTable<IReadOnlyList<TriggerRule>, TriggerPrefilter> ByRules = [];

    /// <summary>Rules that run whatever the text holds.</summary>
    private readonly bool[] alwaysRuns;

    /// <summary>Every literal of every rule; null when no rule has literals.</summary>
    private readonly SearchValues<string>? anyLiteral;

    /// <summary>The literals by their first character, each with its rule.</summary>
    private readonly Dictionary<char, (string Literal, int Rule)[]> byFirstChar = [];

    public TriggerPrefilter(IReadOnlyList<TriggerRule> rules)
    {
        RuleCount = rules.Count;
        alwaysRuns = new bool[rules.Count];
        var literals = new List<(string Literal, int Rule)>();
        for (int r = 0; r < rules.Count; r++)
        {
            if (RequiredLiterals.Of(rules[r].Regex) is { } required)
            {
                literals.AddRange(required.Select(l => (l, r)));
            }
            else
            {
                alwaysRuns[r] = true;
            }
        }

        if (literals.Count > 0)
        {
            anyLiteral = SearchValues.Create([.. literals.Select(l => l.Literal).Distinct()], StringComparison.Ordinal);
            foreach (var group in literals.GroupBy(l => l.Literal[0]))
            {
                byFirstChar[group.Key] = [.. group];
            }
        }
    }

    public int RuleCount { get; }

    /// <summary>The filter of a lexicon's trigger rules, built once per rule list.</summary>
    public static TriggerPrefilter For(IReadOnlyList<TriggerRule> rules) => ByRules.GetValue(rules, static r => new TriggerPrefilter(r));

    /// <summary>Sets <paramref name="mayMatch"/>[r] for every rule that can match <paramref name="text"/>; false rules cannot.</summary>
    public void Mark(ReadOnlySpan<char> text, Span<bool> mayMatch)
    {
        alwaysRuns.CopyTo(mayMatch);
        if (anyLiteral is null)
        {
            return;
        }

        int at = 0;
        while (at < text.Length)
        {
            int found = text[at..].IndexOfAny(anyLiteral);
            if (found < 0)
            {
                return;
            }

            at += found;
            var rest = text[at..];
            foreach (var (literal, rule) in byFirstChar[rest[0]])
            {
                if (rest.StartsWith(literal, StringComparison.Ordinal))
                {
                    mayMatch[rule] = true;
                }
            }

            at++;
        }
    }
}
