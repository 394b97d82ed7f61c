using System.Runtime.CompilerServices;

namespace Concord.Extraction.Lexicons;

/// <summary>
/// Tells which trigger rules of a lexicon can match a text, from one pass over it. Each rule's
/// regex is read for the literals every match of it holds (<see cref="RequiredLiterals"/>); the
/// literals of all rules go into one Aho–Corasick automaton. A rule none of whose literals occurs
/// in the text cannot match it, so its regex is skipped; a rule whose pattern could not be read
/// always runs. The regexes themselves still decide every match, so what is found is unchanged.
/// </summary>
public sealed class TriggerPrefilter
{
    private static readonly ConditionalWeakTable<IReadOnlyList<TriggerRule>, TriggerPrefilter> ByRules = [];

    /// <summary>Rules that run whatever the text holds.</summary>
    private readonly bool[] alwaysRuns;

    /// <summary>
    /// Character → column of the automaton's table (0: a character no literal holds), for every
    /// UTF-16 unit: one read per character of the scan, where a dictionary served those above ASCII.
    /// </summary>
    private readonly byte[] columnOfChar = new byte[char.MaxValue + 1];
    private readonly int columns;

    /// <summary>Next state for (state, column), failure links already followed.</summary>
    private readonly int[] next;

    /// <summary>
    /// <see cref="next"/> as row offsets (next state × <see cref="columns"/>), complemented (~) when
    /// a literal ends at the next state: the scan needs no multiplication, and one sign test tells
    /// the states where something ends.
    /// </summary>
    private readonly int[] rows;

    /// <summary>Rules one of whose literals ends at a state (its own and those of its suffixes).</summary>
    private readonly int[][] rulesEndingAt;

    /// <summary>For each rule of <see cref="rulesEndingAt"/>, the length of its longest literal ending there.</summary>
    private readonly int[][] lengthsEndingAt;

    /// <summary>How far after a match's start the literal it holds may begin, per rule; -1: unbounded.</summary>
    private readonly int[] maxLiteralStart;

    public TriggerPrefilter(IReadOnlyList<TriggerRule> rules)
    {
        RuleCount = rules.Count;
        alwaysRuns = new bool[rules.Count];
        maxLiteralStart = new int[rules.Count];
        // Loops rather than LINQ: each LINQ shape over these tuples was a generic instantiation
        // jitted in every process, for a table built once (same literals, same order).
        var literals = new List<(string Literal, int Rule)>();
        var holds = new bool[char.MaxValue + 1];
        for (int r = 0; r < rules.Count; r++)
        {
            var (required, start) = RequiredLiterals.Read(rules[r].Regex);
            maxLiteralStart[r] = start ?? -1;
            if (required is not null)
            {
                foreach (var literal in required)
                {
                    literals.Add((literal, r));
                    foreach (char c in literal)
                    {
                        holds[c] = true;
                    }
                }
            }
            else
            {
                alwaysRuns[r] = true;
            }
        }

        // Columns in character order (1 for the smallest character the literals hold).
        var columnOf = new Dictionary<char, int>();
        for (int c = 0; c < holds.Length; c++)
        {
            if (holds[c])
            {
                columnOf[(char)c] = columnOf.Count + 1;
            }
        }

        columns = columnOf.Count + 1;
        if (columns > byte.MaxValue)
        {
            // Too many distinct characters for the compact table: every rule runs.
            Array.Fill(alwaysRuns, true);
            literals.Clear();
            columnOf.Clear();
            columns = 1;
        }

        foreach (var (c, column) in columnOf)
        {
            columnOfChar[c] = (byte)column;
        }

        (next, rulesEndingAt, lengthsEndingAt) = Build(literals, columnOf, columns);
        rows = new int[next.Length];
        for (int k = 0; k < next.Length; k++)
        {
            int target = next[k];
            rows[k] = rulesEndingAt[target].Length == 0 ? target * columns : ~(target * columns);
        }
    }

    public int RuleCount { get; }

    /// <summary>The filter of a lexicon's trigger rules, built once per rule list.</summary>
    public static TriggerPrefilter For(IReadOnlyList<TriggerRule> rules) => ByRules.GetValue(rules, static r => new TriggerPrefilter(r));

    /// <summary>Sets <paramref name="mayMatch"/>[r] for every rule that can match <paramref name="text"/>; false rules cannot.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    public void Mark(ReadOnlySpan<char> text, Span<bool> mayMatch)
    {
        alwaysRuns.CopyTo(mayMatch);
        int state = 0;
        foreach (char c in text)
        {
            state = next[(state * columns) + columnOfChar[c]];
            foreach (int r in rulesEndingAt[state])
            {
                mayMatch[r] = true;
            }
        }
    }

    /// <summary>
    /// As <see cref="Mark(ReadOnlySpan{char}, Span{bool})"/>, and for each rule that may match, where
    /// its scan can begin and before where its matches begin. A match holds a literal occurrence
    /// that begins at most the rule's bound after the match's start, so no match starts before the
    /// first occurrence minus that bound (<paramref name="searchFrom"/>; 0 without a bound), and
    /// none starts at or after the end of the last occurrence (<paramref name="startsBefore"/>).
    /// A rule that always runs gets the whole text.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    public void Mark(ReadOnlySpan<char> text, Span<bool> mayMatch, Span<int> searchFrom, Span<int> startsBefore)
    {
        alwaysRuns.CopyTo(mayMatch);
        searchFrom.Fill(int.MaxValue);
        startsBefore.Fill(0);
        // The walk reads `rows` (see there): most characters cost a column lookup and one table read.
        var table = rows;
        var columnOf = columnOfChar;
        int row = 0;
        for (int i = 0; i < text.Length; i++)
        {
            row = table[row + columnOf[text[i]]];
            if (row >= 0)
            {
                continue;
            }

            row = ~row;
            int state = row / columns;
            var endingRules = rulesEndingAt[state];
            var lengths = lengthsEndingAt[state];
            for (int k = 0; k < endingRules.Length; k++)
            {
                int r = endingRules[k];
                mayMatch[r] = true;
                searchFrom[r] = Math.Min(searchFrom[r], i + 1 - lengths[k]);
                startsBefore[r] = i + 1;
            }
        }

        for (int r = 0; r < mayMatch.Length; r++)
        {
            if (alwaysRuns[r])
            {
                (searchFrom[r], startsBefore[r]) = (0, int.MaxValue);
            }
            else if (mayMatch[r])
            {
                searchFrom[r] = maxLiteralStart[r] < 0 ? 0 : Math.Max(0, searchFrom[r] - maxLiteralStart[r]);
            }
        }
    }

    private static (int[] Next, int[][] RulesEndingAt, int[][] LengthsEndingAt) Build(List<(string Literal, int Rule)> literals, Dictionary<char, int> columnOf, int columns)
    {
        // The trie of the literals, as one table of rows of `columns` entries; -1 is "no edge yet".
        // Per state: rule → longest literal of it ending there (null: none ends there, most states).
        var table = new int[64 * columns];
        Array.Fill(table, -1);
        int states = 1;
        var ending = new List<Dictionary<int, int>?> { null };
        foreach (var (literal, rule) in literals)
        {
            int state = 0;
            foreach (char c in literal)
            {
                int at = (state * columns) + columnOf[c];
                if (table[at] < 0)
                {
                    if ((states + 1) * columns > table.Length)
                    {
                        int old = table.Length;
                        Array.Resize(ref table, old * 2);
                        Array.Fill(table, -1, old, table.Length - old);
                    }

                    table[at] = states++;
                    ending.Add(null);
                }

                state = table[at];
            }

            var ends = ending[state] ??= [];
            ends[rule] = Math.Max(ends.GetValueOrDefault(rule), literal.Length);
        }

        // Breadth first: each state's failure link is the longest proper suffix that is a trie state;
        // missing edges are filled from it, so a scan never follows a failure link.
        var failure = new int[states];
        var queue = new Queue<int>();
        for (int column = 0; column < columns; column++)
        {
            if (table[column] < 0)
            {
                table[column] = 0;
            }
            else
            {
                failure[table[column]] = 0;
                queue.Enqueue(table[column]);
            }
        }

        while (queue.Count > 0)
        {
            int state = queue.Dequeue();
            if (ending[failure[state]] is { } inherited)
            {
                var ends = ending[state] ??= [];
                foreach (var (rule, length) in inherited)
                {
                    ends[rule] = Math.Max(ends.GetValueOrDefault(rule), length);
                }
            }

            int row = state * columns, failureRow = failure[state] * columns;
            for (int column = 0; column < columns; column++)
            {
                int child = table[row + column];
                if (child < 0)
                {
                    table[row + column] = table[failureRow + column];
                }
                else
                {
                    failure[child] = table[failureRow + column];
                    queue.Enqueue(child);
                }
            }
        }

        var next = table.AsSpan(0, states * columns).ToArray();
        var rules = new int[states][];
        var lengths = new int[states][];
        for (int s = 0; s < states; s++)
        {
            if (ending[s] is not { } ends)
            {
                rules[s] = [];
                lengths[s] = [];
                continue;
            }

            (rules[s], lengths[s]) = ([.. ends.Keys], [.. ends.Values]);
            Array.Sort(rules[s], lengths[s]);
        }

        return (next, rules, lengths);
    }
}
