using System.Globalization;
using System.Text.RegularExpressions;
using Concord.Patterns;

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

    /// <summary>The kind under which the build stores its readings (<see cref="PrecompiledAnalyses"/>).</summary>
    public const string AnalysisKind = "required-literals";

    /// <summary>
    /// Identifies the code that reads patterns: the SHA-256 of this source file, stamped by the build
    /// (Concord.Extraction.csproj, <c>StampRequiredLiteralsFingerprint</c>). A table of readings
    /// written by other code does not match and is ignored: the patterns are read again.
    /// </summary>
    public const string CodeFingerprint = RequiredLiteralsSourceStamp.Value;

    /// <summary>
    /// The literals of which every match of <paramref name="regex"/> holds one, or null when the
    /// pattern cannot be read safely or can match without any literal (e.g. "\w+").
    /// </summary>
    public static IReadOnlyList<string>? Of(Regex regex) => Read(regex).Literals;

    /// <summary>
    /// The literals of <see cref="Of"/>, and how far after the start of a match the literal it holds
    /// may begin at most (null: no bound is known, e.g. "[\w-]+ killed"). A match therefore starts no
    /// earlier than the first occurrence of a literal minus that bound, so a scan may begin there.
    /// Patterns with \G get no bound: where \G holds depends on where the scan begins.
    /// </summary>
    public static (IReadOnlyList<string>? Literals, int? MaxLiteralStart) Read(Regex regex)
    {
        const RegexOptions unsafeOptions = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft;
        if ((regex.Options & unsafeOptions) != 0)
        {
            return (null, null);
        }

        var pattern = regex.ToString();
        return PrecompiledAnalyses.Find(AnalysisKind, static () => CodeFingerprint, pattern) is { } stored ? Deserialize(stored) : ReadPattern(pattern);
    }

    /// <summary>
    /// <see cref="Read(Regex)"/> of a pattern's text (options left aside: the caller checks them),
    /// always read here, never taken from a stored table: the build stores what this returns.
    /// </summary>
    public static (IReadOnlyList<string>? Literals, int? MaxLiteralStart) ReadPattern(string pattern)
    {
        try
        {
            var reader = new Reader(pattern);
            var node = reader.Alternation();
            if (!reader.AtEnd || node.Required is not { Count: > 0 } required || required.Contains(""))
            {
                return (null, null);
            }

            return ([.. required.Order(StringComparer.Ordinal)], pattern.Contains(@"\G", StringComparison.Ordinal) ? null : node.RequiredStart);
        }
        catch (UnreadablePatternException)
        {
            return (null, null);
        }
    }

    /// <summary>
    /// A reading as text, for the build's table: "-" when there is none, else the bound ("" when
    /// unknown) followed by each literal as ";" length ":" text (literals may hold any character).
    /// </summary>
    public static string Serialize((IReadOnlyList<string>? Literals, int? MaxLiteralStart) reading)
    {
        if (reading.Literals is null)
        {
            return "-";
        }

        var s = new System.Text.StringBuilder();
        s.Append(CultureInfo.InvariantCulture, $"{reading.MaxLiteralStart}");
        foreach (var literal in reading.Literals)
        {
            s.Append(CultureInfo.InvariantCulture, $";{literal.Length}:").Append(literal);
        }

        return s.ToString();
    }

    /// <summary>The reading <see cref="Serialize"/> wrote.</summary>
    public static (IReadOnlyList<string>? Literals, int? MaxLiteralStart) Deserialize(string stored)
    {
        if (stored == "-")
        {
            return (null, null);
        }

        int at = stored.IndexOf(';');
        int? start = at == 0 ? null : int.Parse(stored.AsSpan(0, at), NumberStyles.None, CultureInfo.InvariantCulture);
        var literals = new List<string>();
        while (at < stored.Length)
        {
            int colon = stored.IndexOf(':', at);
            int length = int.Parse(stored.AsSpan(at + 1, colon - at - 1), NumberStyles.None, CultureInfo.InvariantCulture);
            literals.Add(stored.Substring(colon + 1, length));
            at = colon + 1 + length;
        }

        return (literals, start);
    }

    /// <summary>
    /// What is known about a piece of pattern: every string it can match (when few and finite), a
    /// set of literals one of which every match holds (null when none is known), how far after the
    /// piece's start that literal may begin at most, and the longest text the piece can match
    /// (null: unbounded or unknown).
    /// </summary>
    private sealed record Piece(HashSet<string>? Exact, HashSet<string>? Required, int? RequiredStart, int? MaxLength)
    {
        public static Piece Open { get; } = new(null, null, null, null);

        /// <summary>One character of a class or \w, \d, \s, \p{…}, ".".</summary>
        public static Piece OneCharacter { get; } = new(null, null, null, 1);

        public static Piece Empty => new(Single(""), null, null, 0);

        public static HashSet<string> Single(string s) => new(StringComparer.Ordinal) { s };

        public static Piece FromExact(HashSet<string> exact)
        {
            if (exact.Contains(""))
            {
                return new(exact, null, null, LongestOf(exact));
            }

            var (required, start) = MinimalFrom(exact, 0);
            return new(exact, required, start, LongestOf(exact));
        }
    }

    /// <summary>A set of literals one of which every match of a sequence holds, and how far in it begins at most.</summary>
    private sealed record Candidate(HashSet<string> Literals, int? Start);

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
            int? requiredStart = 0, maxLength = 0;
            foreach (var b in branches)
            {
                maxLength = Max(maxLength, b.MaxLength);

                if (exact is not null && b.Exact is not null)
                {
                    exact.UnionWith(b.Exact);
                }
                else
                {
                    exact = null;
                }

                // A branch's exact strings are whole matches: they begin where the match begins.
                var (r, rStart) = b.Required is not null ? (b.Required, b.RequiredStart) : (b.Exact is { } e && !e.Contains("") ? e : null, (int?)0);
                if (required is not null && r is not null)
                {
                    required.UnionWith(r);
                    requiredStart = Max(requiredStart, rStart);
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

            if (required is null)
            {
                return new(exact, null, null, maxLength);
            }

            var (minimal, start) = MinimalFrom(required, requiredStart);
            return new(exact, minimal, start, maxLength);
        }

        private Piece Sequence()
        {
            var candidates = new List<Candidate>();
            HashSet<string>? run = Piece.Single("");
            HashSet<string>? whole = Piece.Single("");

            // The longest text the items read so far can match, and where the current run begins at the latest.
            int? before = 0, runStart = 0;
            while (at < pattern.Length && pattern[at] is not '|' and not ')')
            {
                var item = Quantified(Atom());
                whole = whole is not null && item.Exact is not null ? Product(whole, item.Exact) : null;
                if (item.Exact is null)
                {
                    AddRun(candidates, run, runStart);
                    run = Piece.Single("");
                    if (item.Required is not null)
                    {
                        candidates.Add(new(item.Required, Sum(before, item.RequiredStart)));
                    }

                    before = Sum(before, item.MaxLength);
                    runStart = before;
                    continue;
                }

                var longer = Product(run, item.Exact);
                if (longer is null)
                {
                    // Too many spellings: what was spelled so far still holds, start again from here.
                    AddRun(candidates, run, runStart);
                    run = item.Exact;
                    runStart = before;
                }
                else
                {
                    run = longer;
                }

                before = Sum(before, item.MaxLength);
            }

            AddRun(candidates, run, runStart);
            if (whole is not null)
            {
                return Piece.FromExact(whole);
            }

            if (candidates.Count == 0)
            {
                return new(null, null, null, before);
            }

            var best = Best(candidates);
            return new(null, best.Literals, best.Start, before);
        }

        private static void AddRun(List<Candidate> candidates, HashSet<string>? run, int? runStart)
        {
            if (run is not null && !run.Contains(""))
            {
                var (literals, start) = MinimalFrom(run, runStart);
                candidates.Add(new(literals, start));
            }
        }

        /// <summary>
        /// The set whose shortest literal is longest (fewest literals on a tie, then the first): the
        /// one fewest texts hold. A plain loop: this runs once per pattern, and a sort over tuples
        /// would be jitted for this one use.
        /// </summary>
        private static Candidate Best(List<Candidate> candidates)
        {
            Candidate? best = null;
            int bestShortest = -1;
            foreach (var c in candidates)
            {
                int shortest = int.MaxValue;
                foreach (var s in c.Literals)
                {
                    shortest = Math.Min(shortest, s.Length);
                }

                if (best is null || shortest > bestShortest || (shortest == bestShortest && c.Literals.Count < best.Literals.Count))
                {
                    (best, bestShortest) = (c, shortest);
                }
            }

            return best!;
        }

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

            int? maxLength = max < 0 ? null : Product(atom.MaxLength, max);
            if (min == 0)
            {
                return new(null, null, null, maxLength);
            }

            // The first repetition holds a literal, where the atom alone would.
            if (atom.Required is not null)
            {
                return new(null, atom.Required, atom.RequiredStart, maxLength);
            }

            if (atom.Exact is { } e && !e.Contains(""))
            {
                var (required, start) = MinimalFrom(e, 0);
                return new(null, required, start, maxLength);
            }

            return new(null, null, null, maxLength);
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
                    return Piece.OneCharacter;
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
                    return Piece.OneCharacter;
                case 'k':
                    throw new UnreadablePatternException();
                case 'c' or 'x' or 'u':
                    throw new UnreadablePatternException();
                default:
                    if (char.IsDigit(c))
                    {
                        return Piece.Open; // a back reference: any text a group matched
                    }

                    if (char.IsLetter(c))
                    {
                        return Piece.OneCharacter; // \w \d \s, control escapes: one of many characters
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

            return plain && chars.Count is > 0 and <= 8 ? Piece.FromExact(chars) : Piece.OneCharacter;
        }
    }

    /// <summary>
    /// <see cref="Minimal"/> of a set whose strings begin at most <paramref name="start"/> after a
    /// match's start, with the bound for the literals kept: each lies inside one of the strings.
    /// </summary>
    private static (HashSet<string> Literals, int? Start) MinimalFrom(HashSet<string> strings, int? start)
    {
        var minimal = Minimal(strings);

        // Each string holds a literal of the set; the latest place its first one begins bounds them all.
        int latest = 0;
        foreach (var s in strings)
        {
            int first = int.MaxValue;
            foreach (var literal in minimal)
            {
                int at = s.IndexOf(literal, StringComparison.Ordinal);
                if (at >= 0)
                {
                    first = Math.Min(first, at);
                }
            }

            latest = Math.Max(latest, first == int.MaxValue ? s.Length : first);
        }

        return (minimal, Sum(start, latest));
    }

    private static int LongestOf(HashSet<string> strings)
    {
        int longest = 0;
        foreach (var s in strings)
        {
            longest = Math.Max(longest, s.Length);
        }

        return longest;
    }

    private static int? Sum(int? a, int? b) => a is null || b is null ? null : a + b;

    private static int? Product(int? a, int b) => a is null ? null : a * b;

    private static int? Max(int? a, int? b) => a is null || b is null ? null : Math.Max(a.Value, b.Value);

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
