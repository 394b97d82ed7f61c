namespace Concord.Temporal.Engine;

/// <summary>
/// What the first token of a match of a pattern can look like, read off the pattern's text: a
/// set of letter prefixes (folded: lower case, no diacritics; "" = any word), and whether it can
/// start with a digit. The tagger asks it once per distinct start token and then runs only the
/// rules that can begin there ("the" opens the season and range rules, "1994" the year rules,
/// "April" the month rules), so a word no rule starts with costs no regex call.
/// </summary>
/// <remarks>
/// The reading is deliberately loose where the pattern is complex (repetition, \p{L}, negated
/// classes: the prefix is cut there), so the set can only be too wide, never too narrow:
/// lookarounds and anchors are read as matching nothing, which keeps every real match possible.
/// Handles the regex syntax the language files use: groups of every kind, alternation,
/// quantifiers (greedy or lazy), classes, escapes.
/// </remarks>
public sealed class FirstTokens
{
    /// <summary>Longest prefix kept; longer ones are cut, which only widens the set.</summary>
    public const int MaxPrefix = 12;

    private const int MaxItems = 4096;
    private const char DigitMark = '\u0001';

    private readonly HashSet<string> prefixes;

    private FirstTokens(HashSet<string> prefixes, bool anyWord, bool digit)
    {
        this.prefixes = prefixes;
        AnyWord = anyWord;
        Digit = digit;
    }

    /// <summary>Whether the pattern can start on any word (its first letters could not be read).</summary>
    public bool AnyWord { get; }

    /// <summary>Whether the pattern can start on a digit.</summary>
    public bool Digit { get; }

    /// <summary>Whether a match can start with this token: its digits, or its folded letters (at most <see cref="MaxPrefix"/> + 1).</summary>
    public bool CanStartWith(ReadOnlySpan<char> foldedToken, bool digits)
    {
        if (digits)
        {
            return Digit;
        }

        if (AnyWord)
        {
            return true;
        }

        var lookup = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int n = 1; n <= foldedToken.Length && n <= MaxPrefix; n++)
        {
            if (lookup.Contains(foldedToken[..n]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads a pattern (after <see cref="TemporalLanguage.DiacriticInsensitive"/>).</summary>
    public static FirstTokens Of(string pattern)
    {
        var parser = new Parser(pattern);
        var start = new HashSet<Item> { new(string.Empty, false) };
        var end = parser.Alternation(start);
        var set = new HashSet<string>(StringComparer.Ordinal);
        bool anyWord = false, digit = false;
        foreach (var item in end)
        {
            if (item.Prefix.Length == 1 && item.Prefix[0] == DigitMark)
            {
                digit = true;
            }
            else if (item.Prefix.Length == 0)
            {
                // The whole pattern can match nothing, or its first letters are unknown.
                anyWord = true;
                digit = true;
            }
            else
            {
                set.Add(item.Prefix);
            }
        }

        return new FirstTokens(set, anyWord, digit);
    }

    /// <summary>A possible start of the first token; <see cref="Closed"/> when nothing more can be appended to it.</summary>
    private readonly record struct Item(string Prefix, bool Closed);

    /// <summary>What one character position of the pattern can match.</summary>
    private readonly record struct Atom(IReadOnlyCollection<char> Letters, bool AnyLetter, bool Digits, bool Other);

    private sealed class Parser(string p)
    {
        private int i;

        /// <summary>alternation := sequence ('|' sequence)*, each branch read from the same items.</summary>
        public HashSet<Item> Alternation(HashSet<Item> input)
        {
            var result = Sequence(input);
            while (i < p.Length && p[i] == '|')
            {
                i++;
                result.UnionWith(Sequence(input));
            }

            return Cap(result);
        }

        private HashSet<Item> Sequence(HashSet<Item> input)
        {
            var current = input;
            while (i < p.Length && p[i] != '|' && p[i] != ')')
            {
                int atomStart = i;
                var after = Element(current, out bool zeroWidth);
                if (zeroWidth)
                {
                    continue;
                }

                var (min, max) = Quantifier();
                if (min == 1 && max == 1)
                {
                    current = after;
                    continue;
                }

                // Re-read the element for each repetition (at most twice), then close what could still grow.
                int atomEnd = i;
                int reps = Math.Min(max, 2);
                var acc = min == 0 ? new HashSet<Item>(current) : [];
                var step = after;
                for (int k = 1; k <= reps; k++)
                {
                    if (k > 1)
                    {
                        i = atomStart;
                        step = Element(step, out _);
                    }

                    if (k >= min)
                    {
                        acc.UnionWith(step);
                    }
                    else if (k == reps)
                    {
                        acc.UnionWith(Close(step));
                    }
                }

                if (max > reps)
                {
                    acc = Close(acc);
                }

                i = atomEnd;
                current = Cap(acc);
            }

            return current;
        }

        private (int Min, int Max) Quantifier()
        {
            if (i >= p.Length)
            {
                return (1, 1);
            }

            (int min, int max) q;
            char c = p[i];
            if (c == '?')
            {
                q = (0, 1);
                i++;
            }
            else if (c == '*')
            {
                q = (0, int.MaxValue);
                i++;
            }
            else if (c == '+')
            {
                q = (1, int.MaxValue);
                i++;
            }
            else if (c == '{' && i + 1 < p.Length && char.IsDigit(p[i + 1]))
            {
                int close = p.IndexOf('}', i);
                var body = p[(i + 1)..close];
                int comma = body.IndexOf(',');
                int min = int.Parse(comma < 0 ? body : body[..comma], System.Globalization.CultureInfo.InvariantCulture);
                int max = comma < 0 ? min : comma == body.Length - 1 ? int.MaxValue : int.Parse(body[(comma + 1)..], System.Globalization.CultureInfo.InvariantCulture);
                q = (min, max);
                i = close + 1;
            }
            else
            {
                return (1, 1);
            }

            if (i < p.Length && p[i] == '?')
            {
                i++; // lazy
            }

            return q;
        }

        /// <summary>One group, class, escape or character applied to the items.</summary>
        private HashSet<Item> Element(HashSet<Item> input, out bool zeroWidth)
        {
            zeroWidth = false;
            char c = p[i];
            if (c == '(')
            {
                i++;
                bool lookaround = false;
                if (i < p.Length && p[i] == '?')
                {
                    i++;
                    if (p[i] is '=' or '!')
                    {
                        lookaround = true;
                        i++;
                    }
                    else if (p[i] == '<' && p[i + 1] is '=' or '!')
                    {
                        lookaround = true;
                        i += 2;
                    }
                    else if (p[i] is '<' or '\'')
                    {
                        char close = p[i] == '<' ? '>' : '\'';
                        i = p.IndexOf(close, i + 1) + 1;
                    }
                    else if (p[i] is ':' or '>')
                    {
                        i++;
                    }
                    else
                    {
                        throw new NotSupportedException($"group construct at {i} in {p}");
                    }
                }

                var inner = Alternation(lookaround ? [] : input);
                i++; // ')'
                if (lookaround)
                {
                    // Tests only: the next element reads the same items (skip any quantifier on it).
                    Quantifier();
                    zeroWidth = true;
                    return input;
                }

                return inner;
            }

            if (c is '^' or '$')
            {
                i++;
                zeroWidth = true;
                return input;
            }

            if (c == '.')
            {
                i++;
                return Apply(input, new Atom([], true, true, true));
            }

            if (c == '[')
            {
                return Apply(input, Class());
            }

            if (c == '\\')
            {
                char e = p[i + 1];
                i += 2;
                switch (e)
                {
                    case 'b' or 'B' or 'G' or 'A' or 'z' or 'Z':
                        zeroWidth = true;
                        return input;
                    case 'd':
                        return Apply(input, new Atom([], false, true, false));
                    case 's':
                        return Apply(input, new Atom([], false, false, true));
                    case 'p' or 'P':
                        i = p.IndexOf('}', i) + 1;
                        return Apply(input, new Atom([], true, true, true));
                    case 'w' or 'W' or 'D' or 'S' or 'k':
                        return Apply(input, new Atom([], true, true, true));
                    case 'u' or 'x' or 'c' or 'n' or 't' or 'r' or 'f' or 'v' or 'e' or 'a' or (>= '0' and <= '9'):
                        // Control characters, code points and back-references: any character (hex digits skipped).
                        i += e switch { 'u' => 4, 'x' => 2, 'c' => 1, _ => 0 };
                        return Apply(input, new Atom([], true, true, true));
                    default:
                        return Apply(input, Literal(e));
                }
            }

            i++;
            return Apply(input, Literal(c));
        }

        private static Atom Literal(char c) =>
            char.IsLetter(c) ? new Atom([CharFold.Fold(c)], false, false, false)
            : char.IsDigit(c) ? new Atom([], false, true, false)
            : new Atom([], false, false, true);

        private Atom Class()
        {
            i++; // '['
            bool negated = i < p.Length && p[i] == '^';
            if (negated)
            {
                i++;
            }

            var letters = new HashSet<char>();
            bool any = negated, digits = negated, other = negated;
            bool first = true;
            while (i < p.Length && (p[i] != ']' || first))
            {
                first = false;
                char c = p[i];
                if (c == '\\')
                {
                    char e = p[i + 1];
                    i += 2;
                    if (e is 'p' or 'P' or 'w' or 'W' or 'S' or 'D' or 'u' or 'x' or 'c' or 'n' or 't' or 'r' or 'f' or 'v' or 'e' or 'a' or (>= '0' and <= '9'))
                    {
                        i += e switch { 'u' => 4, 'x' => 2, 'c' => 1, _ => 0 };
                        if (e is 'p' or 'P')
                        {
                            i = p.IndexOf('}', i) + 1;
                        }

                        any = digits = other = true;
                    }
                    else if (e == 'd')
                    {
                        digits = true;
                    }
                    else if (e == 's')
                    {
                        other = true;
                    }
                    else
                    {
                        Add(e);
                    }

                    continue;
                }

                if (i + 2 < p.Length && p[i + 1] == '-' && p[i + 2] != ']')
                {
                    // A range: its letters are not listed one by one.
                    if (char.IsDigit(c) && char.IsDigit(p[i + 2]))
                    {
                        digits = true;
                    }
                    else
                    {
                        any = digits = other = true;
                    }

                    i += 3;
                    continue;
                }

                Add(c);
                i++;
            }

            i++; // ']'
            return new Atom(letters, any, digits, other);

            void Add(char ch)
            {
                if (char.IsLetter(ch))
                {
                    letters.Add(CharFold.Fold(ch));
                }
                else if (char.IsDigit(ch))
                {
                    digits = true;
                }
                else
                {
                    other = true;
                }
            }
        }

        /// <summary>Extends every open item by what the atom can match.</summary>
        private static HashSet<Item> Apply(HashSet<Item> input, Atom atom)
        {
            var output = new HashSet<Item>();
            foreach (var item in input)
            {
                if (item.Closed)
                {
                    output.Add(item);
                    continue;
                }

                bool empty = item.Prefix.Length == 0;
                foreach (var l in atom.Letters)
                {
                    output.Add(item.Prefix.Length >= MaxPrefix ? item with { Closed = true } : new Item(item.Prefix + l, false));
                }

                if (atom.AnyLetter)
                {
                    output.Add(item with { Closed = true });
                }

                if (atom.Digits)
                {
                    output.Add(empty ? new Item(DigitMark.ToString(), true) : item with { Closed = true });
                }

                // Spaces and punctuation end the first token (a match cannot start with one: starts are tokens).
                if (atom.Other && !empty)
                {
                    output.Add(item with { Closed = true });
                }
            }

            return output;
        }

        private static HashSet<Item> Close(HashSet<Item> items)
        {
            var closed = new HashSet<Item>();
            foreach (var item in items)
            {
                closed.Add(item with { Closed = true });
            }

            return closed;
        }

        /// <summary>Keeps the item sets small: past the limit, prefixes are cut to three letters.</summary>
        private static HashSet<Item> Cap(HashSet<Item> items)
        {
            if (items.Count <= MaxItems)
            {
                return items;
            }

            var cut = new HashSet<Item>();
            foreach (var item in items)
            {
                cut.Add(item.Prefix.Length > 3 && item.Prefix[0] != DigitMark ? new Item(item.Prefix[..3], true) : item with { Closed = true });
            }

            return cut;
        }
    }
}
