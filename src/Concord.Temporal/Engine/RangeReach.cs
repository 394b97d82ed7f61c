namespace Concord.Temporal.Engine;

/// <summary>
/// Whether a composed range ("opener? first joiner second") can match at a start, decided without
/// running it: its joiner must follow the start within the characters its opener and first half
/// can consume, and its second half must be able to begin where that joiner ends. Most failed
/// tries of a range are a single date followed by a dash or "and" that opens no second date
/// ("2014-08-02.", "May 1994 and peace talks"), and an interpreted range costs ≈ 20 µs per try,
/// as much as all its single-date forms together; this test costs a scan of the clause.
/// </summary>
/// <remarks>
/// It can only say "maybe" where the range could match, never "no": the characters the first
/// half can consume are read off its pattern text (letters, digits, white space and every other
/// character written in it; a pattern with a wildcard or a negated class consumes anything), the
/// joiner (always <see cref="JoinerPattern"/>: a dash or a joining word between white space) is
/// read by hand at every place it could start in that stretch, and the second half's first token
/// is read by <see cref="FirstTokens"/> where the joiner ends (when the second half could start on
/// white space or punctuation, which FirstTokens cannot read, every start passes).
/// </remarks>
public sealed class RangeReach
{
    /// <summary>The characters other than letters, digits and white space the opener and first half can consume; null = any.</summary>
    private readonly HashSet<char>? firstHalfOthers;

    /// <summary>The joining words, folded ("to", "and", "lidz").</summary>
    private readonly string[] joinerWords;
    private readonly FirstTokens secondStarts;

    /// <summary>What the second half's first token can be (the pattern catalog stores it at build time).</summary>
    public FirstTokens SecondStarts => secondStarts;

    /// <param name="openerAndFirst">The opener and first half, as the range's pattern writes them (diacritic-insensitive).</param>
    /// <param name="joinerWords">The words of the joiner <see cref="JoinerPattern"/> writes.</param>
    /// <param name="second">The second half pattern (diacritic-insensitive).</param>
    public RangeReach(string openerAndFirst, IReadOnlyList<string> joinerWords, string second)
    {
        firstHalfOthers = OtherCharacters(openerAndFirst);
        for (char c = '\0'; c < 128 && firstHalfOthers is not null; c++)
        {
            asciiConsumed[c] = char.IsLetterOrDigit(c) || char.IsWhiteSpace(c) || firstHalfOthers.Contains(c);
        }

        this.joinerWords = joinerWords.Select(Lexicon<int>.Fold).ToArray();
        secondStarts = FirstTokens.Of(second);
    }

    /// <summary>A dash between dates, with or without white space around it ("1992–1994", "5 - 7 May").</summary>
    public const string Dash = @"\s*[-–—−]\s*";

    /// <summary>
    /// The joiner of a composed range: a dash, or one of <paramref name="words"/> between white
    /// space. <see cref="RangeReach"/> reads joiners of this one shape by hand.
    /// </summary>
    public static string JoinerPattern(IReadOnlyList<string> words) => $@"(?:{Dash}|\s+(?:{string.Join("|", words)})\s+)";

    /// <summary>
    /// Where a range was last looked for in one text: the stretch its first half can consume, how
    /// far the joiners in it (those after which the second half can begin) have been read, and the
    /// last one found. Starts come in ascending order, so the starts inside one stretch share one
    /// reading of it, which goes only as far as the next joiner after the latest start.
    /// Local to one tagging call.
    /// </summary>
    public struct Memo
    {
        internal string? Text;
        internal int From;
        internal int End;

        /// <summary>The next position to read for a joiner.</summary>
        internal int Next;

        /// <summary>The last joiner found, or -1.</summary>
        internal int LastJoiner;
    }

    /// <summary>Whether the range anchored at <paramref name="at"/> can match; false only where it cannot.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    public bool CouldMatchAt(string text, int at, ref Memo memo)
    {
        if (firstHalfOthers is null || secondStarts.AnyWord || secondStarts.CanStartWithOther)
        {
            return true;
        }

        if (!ReferenceEquals(memo.Text, text) || at < memo.From || at > memo.End)
        {
            // The first half ends at or before the first character it cannot consume; the joiner starts there.
            int end = at;
            while (end < text.Length && CanConsume(text[end]))
            {
                end++;
            }

            memo = new Memo { Text = text, From = at, End = end, Next = at, LastJoiner = -1 };
        }

        // The first half lies inside the stretch, so its joiner starts in it at or after the start.
        if (memo.LastJoiner >= at)
        {
            return true;
        }

        Span<char> shape = stackalloc char[FirstTokens.MaxPrefix + 1];
        for (int q = memo.Next; q <= memo.End && q < text.Length; q++)
        {
            if (IsJoinerBeforeSecondHalf(text, q, memo.From, shape))
            {
                memo.LastJoiner = q;
                if (q >= at)
                {
                    memo.Next = q + 1;
                    return true;
                }
            }
        }

        memo.Next = memo.End + 1;
        return false;
    }

    /// <summary>Whether a joiner starts at <paramref name="q"/> of the stretch read from <paramref name="from"/> and the second half can begin where it ends.</summary>
    private bool IsJoinerBeforeSecondHalf(string text, int q, int from, Span<char> shape)
    {
        // A joiner starts with white space or a dash; one starting inside a run of white space
        // ends where one starting at the run's first character does.
        bool space = char.IsWhiteSpace(text[q]);
        if ((!space && !IsDash(text[q])) || (space && q > from && char.IsWhiteSpace(text[q - 1])))
        {
            return false;
        }

        int p = JoinerEnd(text, q);

        // The range may backtrack into the joiner's trailing white space, but the second half
        // cannot start on white space (else every start passes, above): its greedy end is the one to try.
        return p > q && p < text.Length && char.IsLetterOrDigit(text[p]) && secondStarts.CanStartWith(shape[..FirstTokens.ShapeOf(text, p, shape)]);
    }

    private static bool IsDash(char c) => c is '-' or '–' or '—' or '−';

    /// <summary>
    /// Where <see cref="JoinerPattern"/> anchored at <paramref name="q"/> ends, white space taken
    /// greedily (the dash first, as the pattern tries it), or -1. Words are compared folded, which
    /// accepts every spelling the case- and diacritic-insensitive pattern accepts.
    /// </summary>
    private int JoinerEnd(string text, int q)
    {
        int i = q;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i < text.Length && IsDash(text[i]))
        {
            return SkipSpace(text, i + 1);
        }

        if (i == q)
        {
            return -1;
        }

        foreach (var word in joinerWords)
        {
            if (i + word.Length < text.Length && char.IsWhiteSpace(text[i + word.Length]) && FoldedEquals(text, i, word))
            {
                return SkipSpace(text, i + word.Length);
            }
        }

        return -1;
    }

    private static bool FoldedEquals(string text, int at, string folded)
    {
        for (int k = 0; k < folded.Length; k++)
        {
            if (CharFold.Fold(text[at + k]) != folded[k])
            {
                return false;
            }
        }

        return true;
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private bool CanConsume(char c) =>
        c < 128 ? asciiConsumed[c] : char.IsLetterOrDigit(c) || char.IsNumber(c) || char.IsWhiteSpace(c) || firstHalfOthers!.Contains(c);

    /// <summary>Per ASCII character, whether the opener and first half can consume it (the scan's common case, without lookups).</summary>
    private readonly bool[] asciiConsumed = new bool[128];

    /// <summary>
    /// The characters other than letters, digits and white space a pattern writes (escaped or
    /// not, in classes or not, lookarounds included, which only widens the set); null when it
    /// can consume characters it does not write: a wildcard, a negated class or escape, a class
    /// range between other characters, a code escape.
    /// </summary>
    private static HashSet<char>? OtherCharacters(string pattern)
    {
        var others = new HashSet<char>();
        bool inClass = false;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                char e = pattern[++i];
                if (e is 'p' && i + 2 < pattern.Length && pattern[i + 1] == '{')
                {
                    int close = pattern.IndexOf('}', i);
                    var category = close < 0 ? "" : pattern[(i + 2)..close];
                    if (category is not ("L" or "Lu" or "Ll" or "N" or "Nd"))
                    {
                        return null;
                    }

                    i = close;
                }
                else if (e is 's' or 'd' or 'b' or 'B' or 'G' or 'A' or 'z' or 'Z' or 'n' or 'r' or 't' or 'f' or 'v')
                {
                    // White space, digits, or zero-width.
                }
                else if (char.IsLetterOrDigit(e))
                {
                    return null; // \w, \W, \S, \D, \P, \u, \x, back references: more than is written
                }
                else
                {
                    others.Add(e);
                }

                continue;
            }

            if (inClass)
            {
                if (c == ']')
                {
                    inClass = false;
                }
                else if (c == '-' && pattern[i - 1] != '[' && i + 1 < pattern.Length && pattern[i + 1] != ']'
                         && !(char.IsAsciiLetter(pattern[i - 1]) && char.IsAsciiLetter(pattern[i + 1]))
                         && !(char.IsAsciiDigit(pattern[i - 1]) && char.IsAsciiDigit(pattern[i + 1])))
                {
                    return null; // a range over other characters
                }
                else if (!char.IsLetterOrDigit(c))
                {
                    others.Add(c);
                }

                continue;
            }

            switch (c)
            {
                case '[':
                    if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                    {
                        return null;
                    }

                    inClass = true;
                    break;
                case '.':
                    return null;
                case '(':
                    if (i + 1 < pattern.Length && pattern[i + 1] == '?')
                    {
                        // A group construct: (?: (?= (?! (?> (?<= (?<! (?<name>; anything else (inline options) is not read.
                        char k = i + 2 < pattern.Length ? pattern[i + 2] : '\0';
                        if (k is ':' or '=' or '!' or '>')
                        {
                            i += 2;
                        }
                        else if (k == '<' && i + 3 < pattern.Length && pattern[i + 3] is '=' or '!')
                        {
                            i += 3;
                        }
                        else if (k == '<' && pattern.IndexOf('>', i) is > 0 and var close)
                        {
                            i = close;
                        }
                        else
                        {
                            return null;
                        }
                    }

                    break;
                case '{' when pattern.IndexOf('}', i) is > 0 and var close && pattern[(i + 1)..close].All(ch => char.IsAsciiDigit(ch) || ch == ','):
                    i = close; // a quantifier
                    break;
                case ')' or '|' or '?' or '*' or '+' or '^' or '$':
                    break; // syntax or zero-width
                default:
                    if (!char.IsLetterOrDigit(c) && !char.IsWhiteSpace(c))
                    {
                        others.Add(c);
                    }

                    break;
            }
        }

        return others;
    }
}
