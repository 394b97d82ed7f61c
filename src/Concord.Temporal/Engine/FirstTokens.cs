using System.Runtime.CompilerServices;
using Concord.Patterns;

namespace Concord.Temporal.Engine;

/// <summary>
/// What the first token of a match of a pattern can look like, read off the pattern's text: a
/// set of letter prefixes (folded: lower case, no diacritics; "" = any word) and of digit
/// shapes (the run of digits, one mark per digit, and the character after it: see
/// <see cref="ShapeOf"/>). The tagger asks it once per distinct start token and then runs only the
/// rules that can begin there ("the" opens the season and range rules, "1994 " the year rules but
/// not the day-month forms, "5 " the day-month forms, "April" the month rules), so a token no rule
/// starts with costs no regex call.
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

    /// <summary>Repetitions read one by one before the items that could still grow are closed.</summary>
    private const int MaxRepeatsRead = MaxPrefix + 1;

    /// <summary>Open items after which a repetition stops being read one by one ("[XVI]+" triples them each time).</summary>
    private const int MaxRepeatItems = 256;

    /// <summary>Characters of the token after a first word read into its items ("the ###", "last yea").</summary>
    private const int NextTokenChars = 3;

    /// <summary>Word items extended before a pattern is read again for its first words only.</summary>
    private const int NextTokenWorkBudget = 20_000;

    private sealed class WorkBudgetSpent : Exception;

    /// <summary>Stands for one digit in a digit shape; never a letter, so shapes and words cannot collide.</summary>
    private const char DigitMark = '\u0001';

    /// <summary>The prefixes, kept in their stored listing (<see cref="Serialize"/>) rather than as a string each.</summary>
    private readonly PrefixSet prefixes;

    /// <summary>Bit n set when some prefix is n characters long: the other lengths need no lookup.</summary>
    private readonly uint prefixLengths;

    private FirstTokens(string pattern, PrefixSet prefixes, bool anyWord, bool otherStart)
    {
        Pattern = pattern;
        this.prefixes = prefixes;
        prefixLengths = prefixes.LengthBits;
        AnyWord = anyWord;
        CanStartWithOther = otherStart;
    }

    /// <summary>
    /// Whether a match can start with white space or punctuation: such starts are no token, so
    /// <see cref="CanStartWith"/> cannot tell them (the tagger only starts rules at tokens).
    /// </summary>
    public bool CanStartWithOther { get; }

    /// <summary>Whether the pattern can start on any token (its first characters could not be read).</summary>
    public bool AnyWord { get; }

    /// <summary>
    /// The digit shape of the text at <paramref name="at"/> (a digit) written into <paramref name="shape"/>
    /// (at most <see cref="MaxPrefix"/> + 1 characters): a mark per digit, letters folded, a run of
    /// white space as one ' ', other characters as they are ("1994 and" → "#### and", "5 April" →
    /// "# april", "27.09." → "##.##."). It reaches past the number into the next word, so the rules
    /// that need a unit or a month after a number are not tried before other words. Read to the
    /// end of the text, not of the sentence, since the rules see the whole text.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // warm: jitted, the ReadyToRun code was slower on 20 MB (see notes/performance.md, r2r15)
    public static int ShapeOf(string text, int at, Span<char> shape)
    {
        int n = 0;
        for (int i = at; i < text.Length && n < shape.Length; i++)
        {
            char c = ShapeChar(text[i]);
            if (c == ' ' && n > 0 && shape[n - 1] == ' ')
            {
                continue;
            }

            shape[n++] = c;
        }

        return n;
    }

    /// <summary>
    /// How much of a shape that starts with a word its items can tell apart: the word, what
    /// follows it and <see cref="NextTokenChars"/> characters of the next token. The rest cannot
    /// change which rules can start there, so a shape cut here is as good a key.
    /// </summary>
    public static int WordShapeLength(ReadOnlySpan<char> shape)
    {
        int i = 0;
        while (i < shape.Length && char.IsLetter(shape[i]))
        {
            i++;
        }

        while (i < shape.Length && !IsTokenChar(shape[i]))
        {
            i++;
        }

        for (int k = 0; k < NextTokenChars && i < shape.Length && IsTokenChar(shape[i]); k++)
        {
            i++;
        }

        return i;
    }

    private static bool IsTokenChar(char c) => char.IsLetter(c) || c == DigitMark;

    private static char ShapeChar(char c) => char.IsDigit(c) ? DigitMark : char.IsWhiteSpace(c) ? ' ' : CharFold.Fold(c);

    /// <summary>
    /// Whether a match can start with this token: its folded letters, or its digit shape
    /// (<see cref="ShapeOf"/>), at most <see cref="MaxPrefix"/> + 1 characters.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    public bool CanStartWith(ReadOnlySpan<char> foldedToken)
    {
        if (AnyWord)
        {
            return true;
        }

        for (int n = 1; n <= foldedToken.Length && n <= MaxPrefix; n++)
        {
            if ((prefixLengths & (1u << n)) != 0 && prefixes.Contains(foldedToken[..n]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The pattern text these first tokens were read from.</summary>
    public string Pattern { get; }

    /// <summary>The kind under which the build stores these results (<see cref="PrecompiledAnalyses"/>).</summary>
    public const string AnalysisKind = "dates first tokens";

    /// <summary>
    /// Reads a pattern (after <see cref="TemporalLanguage.DiacriticInsensitive"/>), or takes what
    /// the build read from the same pattern with the same code (<see cref="PrecompiledAnalyses"/>):
    /// the reading is the costliest part of a language's set-up (tens of MB of item sets for the
    /// long Lithuanian and Russian ranges), identical on every start.
    /// </summary>
    public static FirstTokens Of(string pattern) =>
        PrecompiledAnalyses.Find(AnalysisKind, () => CodeFingerprint, pattern) is { } stored
            ? Deserialize(pattern, stored)
            : Read(pattern);

    /// <summary>Reads a pattern, never from a stored table (the build's own reading, and the fallback).</summary>
    public static FirstTokens Read(string pattern)
    {
        try
        {
            return Of(pattern, readsNextToken: true);
        }
        catch (WorkBudgetSpent)
        {
            // A long pattern whose opening words are followed by large alternations (every month
            // form of a language): one word is enough, and reading the next token would cost more
            // to build than it saves.
            return Of(pattern, readsNextToken: false);
        }
    }

    private static FirstTokens Of(string pattern, bool readsNextToken)
    {
        var parser = new Parser(pattern, readsNextToken);
        var start = new HashSet<Item> { new(string.Empty, false) };
        var end = parser.Alternation(start);
        end.UnionWith(parser.Done);
        var set = new HashSet<string>(StringComparer.Ordinal);
        bool anyWord = false;
        foreach (var item in end)
        {
            if (item.Prefix.Length == 0)
            {
                // The whole pattern can match nothing, or its first letters are unknown.
                anyWord = true;
            }
            else
            {
                set.Add(item.Prefix);
            }
        }

        return new FirstTokens(pattern, PrefixSet.Of(set), anyWord, parser.OtherStart);
    }

    /// <summary>
    /// The result as one string, for the build's table: the two flags ('0'/'1'), then the prefixes
    /// in ordinal order, each after a line break (<see cref="PrefixSet.Separator"/>: shapes write white
    /// space as ' ', so no prefix holds one). <see cref="Deserialize"/> reads it back.
    /// </summary>
    public string Serialize()
    {
        // The listing is in ordinal order: PrefixSet.Of lists a reading's prefixes so, and a stored one was written so.
        var s = new System.Text.StringBuilder();
        s.Append(AnyWord ? '1' : '0').Append(CanStartWithOther ? '1' : '0').Append(prefixes.Listing);
        return s.ToString();
    }

    /// <summary>The first tokens <see cref="Serialize"/> wrote for <paramref name="pattern"/>: the prefixes are looked up in the stored text itself.</summary>
    public static FirstTokens Deserialize(string pattern, string stored) =>
        new(pattern, new PrefixSet(stored, 2), stored[0] == '1', stored[1] == '1');

    /// <summary>Whether both read the same prefixes and flags (tests: a stored reading against a fresh one).</summary>
    public bool SameAs(FirstTokens other) =>
        AnyWord == other.AnyWord && CanStartWithOther == other.CanStartWithOther && prefixes.Count == other.prefixes.Count
        && prefixes.Members().All(p => other.prefixes.Contains(p));

    /// <summary>
    /// Identifies the code that reads patterns: the SHA-256 of the source files of this class (its
    /// parser and items included) and of <see cref="CharFold"/>, which it folds letters with,
    /// stamped by the build (Concord.Temporal.csproj, <c>StampFirstTokensFingerprint</c>). The build
    /// stores it beside its results; a table written by other code (an older build's assembly)
    /// does not match and is ignored. A constant, so the check costs a string comparison.
    /// </summary>
    public const string CodeFingerprint = FirstTokensSourceStamp.Value;

    /// <summary>A possible start of the first token; <see cref="Closed"/> when nothing more can be appended to it.</summary>
    private readonly record struct Item(string Prefix, bool Closed);

    /// <summary>What one character position of the pattern can match: letters (folded), digits, other characters (white space as ' ').</summary>
    private readonly record struct Atom(IReadOnlyCollection<char> Letters, bool AnyLetter, bool Digits, IReadOnlyCollection<char> Others, bool AnyOther)
    {
        public bool Other => AnyOther || Others.Count > 0;
    }

    /// <remarks>
    /// Closed items never change again, so they are set aside in <see cref="Done"/> as soon as they
    /// close (every closed item reaches the end of the pattern); the sets passed along hold only
    /// open items, which keeps them small over long patterns.
    /// </remarks>
    private sealed class Parser(string p, bool readsNextToken)
    {
        private int i;
        private int work;

        /// <summary>The closed items read so far (outside lookarounds, whose items are dropped).</summary>
        public HashSet<Item> Done { get; private set; } = [];

        /// <summary>Adds an item to the open set, or to <see cref="Done"/> when it is closed.</summary>
        private void Put(HashSet<Item> open, Item item)
        {
            if (item.Closed)
            {
                Done.Add(item);
            }
            else
            {
                open.Add(item);
            }
        }

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
                if (current.Count == 0)
                {
                    // Every item of this branch is closed: nothing later in it can change them, so skip reading it.
                    SkipBranch();
                    break;
                }

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

                // Re-read the element for each repetition until nothing can change any more (every item
                // closed, or the same items again: white space absorbed in a digit shape), so "\d{3}" and
                // "\d+\s+" read exactly; past MaxRepeatsRead repetitions or MaxRepeatItems items, close
                // what could still grow.
                int atomEnd = i;
                var acc = min == 0 ? new HashSet<Item>(current) : [];
                var step = after;
                for (int k = 1; ; k++)
                {
                    if (k > 1)
                    {
                        i = atomStart;
                        var next = Element(step, out _);
                        if (next.SetEquals(step))
                        {
                            // Every further repetition gives these same items.
                            acc.UnionWith(step);
                            break;
                        }

                        step = next;
                    }

                    if (k >= min)
                    {
                        acc.UnionWith(step);
                    }

                    if (k == max)
                    {
                        break;
                    }

                    if (step.Count == 0)
                    {
                        break;
                    }

                    if (k >= MaxRepeatsRead || (k >= 2 && step.Count > MaxRepeatItems))
                    {
                        acc.UnionWith(Close(step));
                        break;
                    }
                }

                i = atomEnd;
                current = Cap(acc);
            }

            return current;
        }

        /// <summary>Moves to the '|' or ')' that ends the current branch (or to the end of the pattern).</summary>
        private void SkipBranch()
        {
            int depth = 0;
            while (i < p.Length)
            {
                char c = p[i];
                if (c == '\\')
                {
                    i += 2;
                }
                else if (c == '[')
                {
                    // A class: a ']' right after '[' or '[^' is a member, not the end.
                    i++;
                    if (i < p.Length && p[i] == '^')
                    {
                        i++;
                    }

                    bool first = true;
                    while (i < p.Length && (p[i] != ']' || first))
                    {
                        first = false;
                        i += p[i] == '\\' ? 2 : 1;
                    }

                    i++;
                }
                else if (c == '(')
                {
                    depth++;
                    i++;
                }
                else if (c == ')' || c == '|')
                {
                    if (depth == 0)
                    {
                        return;
                    }

                    if (c == ')')
                    {
                        depth--;
                    }

                    i++;
                }
                else
                {
                    i++;
                }
            }
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

                var outside = Done;
                if (lookaround)
                {
                    Done = [];
                }

                var inner = Alternation(lookaround ? [] : input);
                Done = outside;
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
                return Apply(input, new Atom([], true, true, [], true));
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
                        return Apply(input, new Atom([], false, true, [], false));
                    case 's':
                        return Apply(input, new Atom([], false, false, [' '], false));
                    case 'p' or 'P':
                        i = p.IndexOf('}', i) + 1;
                        return Apply(input, new Atom([], true, true, [], true));
                    case 'w' or 'W' or 'D' or 'S' or 'k':
                        return Apply(input, new Atom([], true, true, [], true));
                    case 'u' or 'x' or 'c' or 'n' or 't' or 'r' or 'f' or 'v' or 'e' or 'a' or (>= '0' and <= '9'):
                        // Control characters, code points and back-references: any character (hex digits skipped).
                        i += e switch { 'u' => 4, 'x' => 2, 'c' => 1, _ => 0 };
                        return Apply(input, new Atom([], true, true, [], true));
                    default:
                        return Apply(input, Literal(e));
                }
            }

            i++;
            return Apply(input, Literal(c));
        }

        private static Atom Literal(char c) =>
            char.IsLetter(c) ? new Atom([CharFold.Fold(c)], false, false, [], false)
            : char.IsDigit(c) ? new Atom([], false, true, [], false)
            : new Atom([], false, false, [ShapeChar(c)], false);

        private Atom Class()
        {
            i++; // '['
            bool negated = i < p.Length && p[i] == '^';
            if (negated)
            {
                i++;
            }

            var letters = new HashSet<char>();
            var others = new HashSet<char>();
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
                        others.Add(' ');
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
            return new Atom(letters, any, digits, others, other);

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
                    others.Add(ShapeChar(ch));
                }
            }
        }

        /// <summary>Whether some match could start with white space or punctuation (those paths are dropped from the items).</summary>
        public bool OtherStart { get; private set; }

        /// <summary>Extends every open item by what the atom can match.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
        private HashSet<Item> Apply(HashSet<Item> input, Atom atom)
        {
            var output = new HashSet<Item>();
            foreach (var item in input)
            {
                if (item.Closed)
                {
                    Put(output, item);
                    continue;
                }

                if (item.Prefix.Length > 0 && item.Prefix[0] == DigitMark)
                {
                    ApplyToDigits(item, atom, output);
                    continue;
                }

                if (readsNextToken && item.Prefix.Length > 0)
                {
                    if (++work > NextTokenWorkBudget)
                    {
                        throw new WorkBudgetSpent();
                    }

                    ApplyToWord(item, atom, output);
                    continue;
                }

                bool empty = item.Prefix.Length == 0;
                foreach (var l in atom.Letters)
                {
                    Put(output, item.Prefix.Length >= MaxPrefix ? item with { Closed = true } : new Item(item.Prefix + l, false));
                }

                if (atom.AnyLetter)
                {
                    Put(output, item with { Closed = true });
                }

                if (atom.Digits)
                {
                    // A digit opens a digit shape, which grows by the run's digits and the character after it.
                    Put(output, empty ? new Item(DigitMark.ToString(), false) : item with { Closed = true });
                }

                // Spaces and punctuation end the first token (a match cannot start with one: starts are tokens).
                if (atom.Other && !empty)
                {
                    Put(output, item with { Closed = true });
                }
                else if (atom.Other)
                {
                    OtherStart = true;
                }
            }

            return output;
        }

        /// <summary>Extends an open digit shape (see <see cref="ShapeOf"/>) by what the atom can match.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
        private void ApplyToDigits(Item item, Atom atom, HashSet<Item> output)
        {
            if (item.Prefix.Length >= MaxPrefix)
            {
                Put(output, item with { Closed = true });
                return;
            }

            // A shape reads one word past the number ("#### and", "# april"): the end of that word
            // closes it, which keeps the items few over the long range patterns.
            bool wordEnds = char.IsLetter(item.Prefix[^1]);
            if (atom.AnyLetter || ((atom.AnyOther || atom.Digits || atom.Others.Count > 0) && wordEnds))
            {
                Put(output, item with { Closed = true });
            }

            foreach (var l in atom.Letters)
            {
                Put(output, new Item(item.Prefix + l, false));
            }

            if (wordEnds)
            {
                return;
            }

            if (atom.Digits)
            {
                Put(output, new Item(item.Prefix + DigitMark, false));
            }

            foreach (var o in atom.Others)
            {
                // A run of white space is one ' ' in a shape.
                Put(output, o == ' ' && item.Prefix[^1] == ' ' ? item : new Item(item.Prefix + o, false));
            }

            if (atom.AnyOther)
            {
                Put(output, item with { Closed = true });
            }
        }

        /// <summary>
        /// Extends an open word (see <see cref="ShapeOf"/>) by what the atom can match: its letters,
        /// then the white space or punctuation after it and the next token ("the ####s", "last
        /// year", "april ##"), which the end of that token closes. Reading one token past the word
        /// lets the tagger skip the rules that cannot go on from "the" or "last" to what follows.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
        private void ApplyToWord(Item item, Atom atom, HashSet<Item> output)
        {
            string prefix = item.Prefix;
            if (prefix.Length >= MaxPrefix)
            {
                Put(output, item with { Closed = true });
                return;
            }

            char last = prefix[^1];
            bool firstWord = AllLetters(prefix);
            bool inNextToken = !firstWord && IsTokenChar(last);
            if (inNextToken && TokenLengthAtEnd(prefix) >= NextTokenChars)
            {
                // A few characters of the next token tell the rules apart; more would multiply the
                // items (every opener word times every month form) for little gain.
                Put(output, item with { Closed = true });
                return;
            }

            if (atom.AnyLetter || atom.AnyOther || (firstWord && atom.Digits) || (inNextToken && atom.Other))
            {
                // Anything could follow, a digit glued to the word ("Date20") or the next token ends: a prefix from here on.
                Put(output, item with { Closed = true });
            }

            foreach (var l in atom.Letters)
            {
                Put(output, new Item(prefix + l, false));
            }

            if (firstWord)
            {
                foreach (var o in atom.Others)
                {
                    Put(output, new Item(prefix + o, false));
                }

                return;
            }

            if (atom.Digits)
            {
                Put(output, new Item(prefix + DigitMark, false));
            }

            if (!inNextToken)
            {
                foreach (var o in atom.Others)
                {
                    // A run of white space is one ' ' in a shape.
                    Put(output, o == ' ' && last == ' ' ? item : new Item(prefix + o, false));
                }
            }
        }

        /// <summary>How many letters and digits end the prefix.</summary>
        private static int TokenLengthAtEnd(string prefix)
        {
            int n = 0;
            while (n < prefix.Length && IsTokenChar(prefix[^(n + 1)]))
            {
                n++;
            }

            return n;
        }

        private static bool AllLetters(string prefix)
        {
            foreach (char c in prefix)
            {
                if (!char.IsLetter(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Closes every item (set aside in <see cref="Done"/>); no open item is left.</summary>
        private HashSet<Item> Close(HashSet<Item> items)
        {
            foreach (var item in items)
            {
                Done.Add(item with { Closed = true });
            }

            return [];
        }

        /// <summary>Keeps the item sets small: past the limit, prefixes are cut to three letters.</summary>
        private HashSet<Item> Cap(HashSet<Item> items)
        {
            if (items.Count <= MaxItems)
            {
                return items;
            }

            foreach (var item in items)
            {
                Done.Add(item.Prefix.Length > 3 && item.Prefix[0] != DigitMark ? new Item(item.Prefix[..3], true) : item with { Closed = true });
            }

            return [];
        }
    }
}
