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

    /// <summary>Character → column of the automaton's table (0: a character no literal holds).</summary>
    private readonly byte[] asciiColumn = new byte[128];
    private readonly Dictionary<char, int> otherColumn = [];
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
        var literals = new List<(string Literal, int Rule)>();
        for (int r = 0; r < rules.Count; r++)
        {
            var (required, start) = RequiredLiterals.Read(rules[r].Regex);
            maxLiteralStart[r] = start ?? -1;
            if (required is not null)
            {
                literals.AddRange(required.Select(l => (l, r)));
            }
            else
            {
                alwaysRuns[r] = true;
            }
        }

        var columnOf = new Dictionary<char, int>();
        foreach (var c in literals.SelectMany(l => l.Literal).Distinct().Order())
        {
            columnOf[c] = columnOf.Count + 1;
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
            if (c < 128)
            {
                asciiColumn[c] = (byte)column;
            }
            else
            {
                otherColumn[c] = column;
            }
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
            int column = c < 128 ? asciiColumn[c] : otherColumn.GetValueOrDefault(c);
            state = next[(state * columns) + column];
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
        var ascii = asciiColumn;
        int row = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            int column = c < 128 ? ascii[c] : otherColumn.GetValueOrDefault(c);
            row = table[row + column];
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
        // The trie of the literals, as a table; -1 is "no edge yet". Per state: rule → longest literal of it ending there.
        var table = new List<int[]> { NewRow(columns) };
        var ending = new List<Dictionary<int, int>> { new() };
        foreach (var (literal, rule) in literals)
        {
            int state = 0;
            foreach (char c in literal)
            {
                int column = columnOf[c];
                if (table[state][column] < 0)
                {
                    table[state][column] = table.Count;
                    table.Add(NewRow(columns));
                    ending.Add([]);
                }

                state = table[state][column];
            }

            ending[state][rule] = Math.Max(ending[state].GetValueOrDefault(rule), literal.Length);
        }

        // Breadth first: each state's failure link is the longest proper suffix that is a trie state;
        // missing edges are filled from it, so a scan never follows a failure link.
        var failure = new int[table.Count];
        var queue = new Queue<int>();
        for (int column = 0; column < columns; column++)
        {
            if (table[0][column] < 0)
            {
                table[0][column] = 0;
            }
            else
            {
                failure[table[0][column]] = 0;
                queue.Enqueue(table[0][column]);
            }
        }

        while (queue.Count > 0)
        {
            int state = queue.Dequeue();
            foreach (var (rule, length) in ending[failure[state]])
            {
                ending[state][rule] = Math.Max(ending[state].GetValueOrDefault(rule), length);
            }

            for (int column = 0; column < columns; column++)
            {
                int child = table[state][column];
                if (child < 0)
                {
                    table[state][column] = table[failure[state]][column];
                }
                else
                {
                    failure[child] = table[failure[state]][column];
                    queue.Enqueue(child);
                }
            }
        }

        var next = new int[table.Count * columns];
        for (int s = 0; s < table.Count; s++)
        {
            table[s].CopyTo(next, s * columns);
        }

        var rules = new int[ending.Count][];
        var lengths = new int[ending.Count][];
        for (int s = 0; s < ending.Count; s++)
        {
            (rules[s], lengths[s]) = ([.. ending[s].Keys], [.. ending[s].Values]);
            Array.Sort(rules[s], lengths[s]);
        }

        return (next, rules, lengths);
    }

    private static int[] NewRow(int columns)
    {
        var row = new int[columns];
        Array.Fill(row, -1);
        return row;
    }
}
