using System.Globalization;
using System.Text.RegularExpressions;

namespace Concord.Extraction.Lexicons;

/// <summary>
/// Reads a regex pattern and finds a set of literal strings of which every match must contain at
/// least one ("\b(shell(ed|ing)|artillery)" → {shell, artillery}). A text holding none of them
/// cannot match, so the regex need not run on it. Lookarounds, \b and anchors are zero-width: they
/// only narrow where the literals may stand, never what the matched text holds, so they do not
/// change the answer. Anything the reader does not understand (inline options, case-insensitive
/// or whitespace-ignoring options, conditionals) gives no answer, and the regex always runs.
/// </summary>
public static class RequiredLiterals
{
    /// <summary>Largest set of strings a piece of pattern is spelled out into before it counts as open.</summary>
    private const int MaxStrings = 64;

    /// <summary>
    /// The literals of which every match of <paramref name="regex"/> holds one, or null when the
    /// pattern cannot be read safely or can match without any literal (e.g. "\w+").
    /// </summary>
    public static IReadOnlyList<string>? Of(Regex regex)
    {
        const RegexOptions unsafeOptions = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft;
        if ((regex.Options & unsafeOptions) != 0)
        {
            return null;
        }

        try
        {
            var reader = new Reader(regex.ToString());
            var node = reader.Alternation();
            if (!reader.AtEnd)
            {
                return null;
            }

            return node.Required is { Count: > 0 } required && !required.Contains("") ? [.. required.Order(StringComparer.Ordinal)] : null;
        }
        catch (UnreadablePatternException)
        {
            return null;
        }
    }

    /// <summary>
    /// What is known about a piece of pattern: every string it can match (when few and finite), and
    /// a set of literals one of which every match holds (null when none is known).
    /// </summary>
    private sealed record Piece(HashSet<string>? Exact, HashSet<string>? Required)
    {
        public static Piece Open { get; } = new(null, null);

        public static Piece Empty => new(Single(""), null);

        public static HashSet<string> Single(string s) => new(StringComparer.Ordinal) { s };

        public static Piece FromExact(HashSet<string> exact) => new(exact, exact.Contains("") ? null : Minimal(exact));
    }

    private sealed class UnreadablePatternException : Exception
    {
    }

    private sealed class Reader(string pattern)
    {
        private int at;

        public bool AtEnd => at == pattern.Length;

        public Piece Alternation()
        {
            var branches = new List<Piece> { Sequence() };
            while (at < pattern.Length && pattern[at] == '|')
            {
                at++;
                branches.Add(Sequence());
            }

            if (branches.Count == 1)
            {
                return branches[0];
            }

            HashSet<string>? exact = new(StringComparer.Ordinal);
            HashSet<string>? required = new(StringComparer.Ordinal);
            foreach (var b in branches)
            {
                if (exact is not null && b.Exact is not null)
                {
                    exact.UnionWith(b.Exact);
                }
                else
                {
                    exact = null;
                }

                var r = b.Required ?? (b.Exact is { } e && !e.Contains("") ? e : null);
                if (required is not null && r is not null)
                {
                    required.UnionWith(r);
                }
                else
                {
                    required = null;
                }
            }

            if (exact is not null && exact.Count > MaxStrings)
            {
                exact = null;
            }

            return new(exact, required is null ? null : Minimal(required));
        }

        private Piece Sequence()
        {
            var candidates = new List<HashSet<string>>();
            HashSet<string>? run = Piece.Single("");
            HashSet<string>? whole = Piece.Single("");
            while (at < pattern.Length && pattern[at] is not '|' and not ')')
            {
                var item = Quantified(Atom());
                whole = whole is not null && item.Exact is not null ? Product(whole, item.Exact) : null;
                if (item.Exact is null)
                {
                    AddRun(candidates, run);
                    run = Piece.Single("");
                    if (item.Required is not null)
                    {
                        candidates.Add(item.Required);
                    }

                    continue;
                }

                var longer = Product(run, item.Exact);
                if (longer is null)
                {
                    // Too many spellings: what was spelled so far still holds, start again from here.
                    AddRun(candidates, run);
                    run = item.Exact;
                }
                else
                {
                    run = longer;
                }
            }

            AddRun(candidates, run);
            if (whole is not null)
            {
                return Piece.FromExact(whole);
            }

            return new(null, candidates.Count == 0 ? null : Best(candidates));
        }

        private static void AddRun(List<HashSet<string>> candidates, HashSet<string>? run)
        {
            if (run is not null && !run.Contains(""))
            {
                candidates.Add(Minimal(run));
            }
        }

        /// <summary>The set whose shortest literal is longest (fewest literals on a tie): the one fewest texts hold.</summary>
        private static HashSet<string> Best(List<HashSet<string>> candidates) =>
            candidates.OrderByDescending(c => c.Min(s => s.Length)).ThenBy(c => c.Count).First();

        private Piece Quantified(Piece atom)
        {
            if (at >= pattern.Length)
            {
                return atom;
            }

            int min, max;
            switch (pattern[at])
            {
                case '?':
                    (min, max) = (0, 1);
                    at++;
                    break;
                case '*':
                    (min, max) = (0, -1);
                    at++;
                    break;
                case '+':
                    (min, max) = (1, -1);
                    at++;
                    break;
                case '{' when Braces() is { } braces:
                    (min, max) = braces;
                    break;
                default:
                    return atom;
            }

            if (at < pattern.Length && pattern[at] == '?')
            {
                at++; // lazy: the same strings match
            }

            if (at < pattern.Length && pattern[at] is '?' or '*' or '+')
            {
                throw new UnreadablePatternException();
            }

            if (max >= 0 && max <= 3 && atom.Exact is not null)
            {
                var exact = new HashSet<string>(StringComparer.Ordinal);
                HashSet<string>? power = Piece.Single("");
                for (int n = 0; n <= max && power is not null; n++)
                {
                    if (n >= min)
                    {
                        exact.UnionWith(power);
                    }

                    power = n < max ? Product(power, atom.Exact) : null;
                    if (power is null && n < max)
                    {
                        exact = null;
                        break;
                    }
                }

                if (exact is not null && exact.Count <= MaxStrings)
                {
                    return Piece.FromExact(exact);
                }
            }

            if (min == 0)
            {
                return Piece.Open;
            }

            return new(null, atom.Required ?? (atom.Exact is { } e && !e.Contains("") ? Minimal(e) : null));
        }

        /// <summary>{n}, {n,} or {n,m}; null (and nothing read) when the brace is a literal one.</summary>
        private (int Min, int Max)? Braces()
        {
            int close = pattern.IndexOf('}', at);
            if (close < 0)
            {
                return null;
            }

            var body = pattern[(at + 1)..close];
            var parts = body.Split(',');
            if (parts.Length > 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int min))
            {
                return null;
            }

            int max = min;
            if (parts.Length == 2)
            {
                if (parts[1].Length == 0)
                {
                    max = -1;
                }
                else if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out max))
                {
                    return null;
                }
            }

            at = close + 1;
            return (min, max);
        }

        private Piece Atom()
        {
            char c = pattern[at++];
            switch (c)
            {
                case '(':
                    return Group();
                case '[':
                    return Class();
                case '\\':
                    return Escape();
                case '.':
                    return Piece.Open;
                case '^' or '$':
                    return Piece.Empty;
                case '*' or '+' or '?':
                    throw new UnreadablePatternException();
                default:
                    return Piece.FromExact(Piece.Single(c.ToString()));
            }
        }

        private Piece Group()
        {
            bool zeroWidth = false;
            if (at < pattern.Length && pattern[at] == '?')
            {
                var rest = pattern.AsSpan(at + 1);
                if (rest.StartsWith(":") || rest.StartsWith(">"))
                {
                    at += 2;
                }
                else if (rest.StartsWith("=") || rest.StartsWith("!"))
                {
                    (at, zeroWidth) = (at + 2, true);
                }
                else if (rest.StartsWith("<=", StringComparison.Ordinal) || rest.StartsWith("<!", StringComparison.Ordinal))
                {
                    (at, zeroWidth) = (at + 3, true);
                }
                else if ((rest.StartsWith("<") || rest.StartsWith("'")) && rest.Length > 1 && (char.IsLetter(rest[1]) || rest[1] == '_'))
                {
                    char close = rest[0] == '<' ? '>' : '\'';
                    int end = pattern.IndexOf(close, at + 2);
                    if (end < 0 || pattern[(at + 2)..end].Any(ch => !(char.IsLetterOrDigit(ch) || ch == '_')))
                    {
                        throw new UnreadablePatternException(); // balancing groups and the like
                    }

                    at = end + 1;
                }
                else
                {
                    throw new UnreadablePatternException(); // inline options, conditionals, comments
                }
            }

            var inner = Alternation();
            if (at >= pattern.Length || pattern[at] != ')')
            {
                throw new UnreadablePatternException();
            }

            at++;
            return zeroWidth ? Piece.Empty : inner;
        }

        private Piece Escape()
        {
            if (at >= pattern.Length)
            {
                throw new UnreadablePatternException();
            }

            char c = pattern[at++];
            switch (c)
            {
                case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                    return Piece.Empty;
                case 'p' or 'P':
                    SkipBraced();
                    return Piece.Open;
                case 'k':
                    throw new UnreadablePatternException();
                case 'c' or 'x' or 'u':
                    throw new UnreadablePatternException();
                default:
                    if (char.IsLetterOrDigit(c))
                    {
                        return Piece.Open; // \w \d \s, back references, control escapes: any of many strings
                    }

                    return Piece.FromExact(Piece.Single(c.ToString()));
            }
        }

        private void SkipBraced()
        {
            if (at >= pattern.Length || pattern[at] != '{')
            {
                throw new UnreadablePatternException();
            }

            int close = pattern.IndexOf('}', at);
            at = close < 0 ? throw new UnreadablePatternException() : close + 1;
        }

        /// <summary>A character class: a few plain characters ("[sz]") are spelled out, anything else is open.</summary>
        private Piece Class()
        {
            var chars = new HashSet<string>(StringComparer.Ordinal);
            bool plain = true;
            if (at < pattern.Length && pattern[at] == '^')
            {
                plain = false;
                at++;
            }

            bool first = true;
            while (true)
            {
                if (at >= pattern.Length)
                {
                    throw new UnreadablePatternException();
                }

                char c = pattern[at++];
                if (c == ']' && !first)
                {
                    break;
                }

                first = false;
                if (c == '\\')
                {
                    if (at >= pattern.Length)
                    {
                        throw new UnreadablePatternException();
                    }

                    char e = pattern[at++];
                    if (e is 'p' or 'P')
                    {
                        SkipBraced();
                        plain = false;
                    }
                    else if (char.IsLetterOrDigit(e))
                    {
                        plain = false;
                    }
                    else
                    {
                        chars.Add(e.ToString());
                    }
                }
                else if (c == '[' || (c == '-' && at < pattern.Length && pattern[at] == '['))
                {
                    throw new UnreadablePatternException(); // class subtraction
                }
                else if (c == '-' && chars.Count > 0 && at < pattern.Length && pattern[at] != ']')
                {
                    plain = false; // a range
                }
                else
                {
                    chars.Add(c.ToString());
                }
            }

            return plain && chars.Count is > 0 and <= 8 ? Piece.FromExact(chars) : Piece.Open;
        }
    }

    /// <summary>Every concatenation of a string of <paramref name="left"/> and one of <paramref name="right"/>; null when too many.</summary>
    private static HashSet<string>? Product(HashSet<string> left, HashSet<string> right)
    {
        if ((long)left.Count * right.Count > MaxStrings)
        {
            return null;
        }

        var product = new HashSet<string>(StringComparer.Ordinal);
        foreach (var l in left)
        {
            foreach (var r in right)
            {
                product.Add(l + r);
            }
        }

        return product;
    }

    /// <summary>Drops literals that hold another of the set: a text holding the longer one holds the shorter one too.</summary>
    private static HashSet<string> Minimal(HashSet<string> literals)
    {
        // Plain loops: this runs for every piece of every lexicon pattern at start-up, mostly on
        // sets whose strings are all of one length, where nothing can be dropped.
        int shortest = int.MaxValue;
        foreach (var s in literals)
        {
            shortest = Math.Min(shortest, s.Length);
        }

        var minimal = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in literals)
        {
            if (s.Length == shortest || !HoldsAShorter(s, literals))
            {
                minimal.Add(s);
            }
        }

        return minimal;
    }

    private static bool HoldsAShorter(string s, HashSet<string> literals)
    {
        foreach (var o in literals)
        {
            if (o.Length < s.Length && s.Contains(o, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
