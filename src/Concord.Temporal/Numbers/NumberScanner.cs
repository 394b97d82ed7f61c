namespace Concord.Temporal.Numbers;

/// <summary>What the scanner can tell about a start: no number, this number, or ask the pattern.</summary>
public enum ScanOutcome
{
    NoMatch,
    Match,
    Unknown,
}

/// <summary>
/// Reads at one start what the language's number pattern (<see cref="NumberLanguage.Pattern"/>)
/// would match there, by hand: the digits forms ("28,000–38,000", "541–547+", "9%", "$3",
/// "1,008 Azerbaijani soldiers") in full, and for a word start whether the pattern can match at
/// all (a qualifier followed by a number, a number word). It answers only where the pattern's
/// first choice at every step goes through to the end (so no backtracking could give another
/// match) or where no choice can match; everything else (number words, multipliers, a match the
/// pattern would take back) is <see cref="ScanOutcome.Unknown"/> and left to the pattern, so the
/// matches are the pattern's. The pattern stays the definition; this only saves calling it.
/// </summary>
internal sealed class NumberScanner
{
    private readonly bool decimalComma;
    private readonly bool usable;
    private readonly FoldedWords words;
    private readonly FoldedWords multipliers;
    private readonly FoldedWords qualifiers;
    private readonly FoldedWords counted;
    private readonly FoldedWords rangeWords;
    private readonly (string Folded, string Lower)[] qualifierEntries;

    public NumberScanner(NumberLanguage language, IEnumerable<string> rangeWordList)
    {
        decimalComma = language.DecimalComma;
        words = new FoldedWords(language.Words.Words);
        multipliers = new FoldedWords(language.Multipliers.Words);
        qualifiers = new FoldedWords(language.Qualifiers.Words);
        counted = new FoldedWords(language.CountedNouns.Words);
        var range = rangeWordList.ToList();
        rangeWords = new FoldedWords(range);
        qualifierEntries = language.Qualifiers.Words
            .Select(w => w.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .Select(w => (string.Concat(w.Select(Engine.CharFold.Fold)), w))
            .ToArray();
        usable = words.Usable && multipliers.Usable && qualifiers.Usable && counted.Usable && rangeWords.Usable
            && range.All(w => w.Length > 0 && w.All(char.IsLetter))
            && qualifierEntries.All(q => !q.Folded.Contains("  ", StringComparison.Ordinal) && !q.Folded.EndsWith(' '));
    }

    /// <summary>The pattern's match at <paramref name="at"/> in text[.., <paramref name="end"/>), if the scanner can tell.</summary>
    public ScanOutcome Read(string text, int at, int end, out NumberMatch match)
    {
        match = new NumberMatch { Index = at };
        if (!usable)
        {
            return ScanOutcome.Unknown;
        }

        char c = text[at];
        if (char.IsDigit(c))
        {
            return Digits(text, at, end, ref match);
        }

        if (c is '$' or '€' or '£')
        {
            if (at + 1 < end && char.IsDigit(text[at + 1]))
            {
                match.Cur = new MatchPart(at, 1);
                return Digits(text, at + 1, end, ref match);
            }

            // Without the sign the pattern cannot start at it either; a number word after it is the pattern's to read.
            return at + 1 < end && char.IsLetter(text[at + 1]) ? ScanOutcome.Unknown : ScanOutcome.NoMatch;
        }

        return char.IsLetter(c) ? Word(text, at, end) : ScanOutcome.NoMatch;
    }

    /// <summary>
    /// A start at a word: the pattern can match only with a qualifier followed by a number or with
    /// a number word; where either is possible the pattern decides.
    /// </summary>
    private ScanOutcome Word(string text, int at, int end)
    {
        Span<char> run = stackalloc char[FoldedWords.MaxRun];
        int length = FoldRun(text, at, end, run, out bool unusual);
        if (unusual)
        {
            return ScanOutcome.Unknown;
        }

        if (length <= FoldedWords.MaxRun && qualifiers.HasFirstRun(run[..length]) && QualifiedNumberMayFollow(text, at, end))
        {
            return ScanOutcome.Unknown;
        }

        return NumberWordMayStart(text, at, end, run, length) ? ScanOutcome.Unknown : ScanOutcome.NoMatch;
    }

    /// <summary>Whether some qualifier matches at <paramref name="at"/> and is followed by white space and what may start a number.</summary>
    private bool QualifiedNumberMayFollow(string text, int at, int end)
    {
        Span<char> run = stackalloc char[FoldedWords.MaxRun];
        foreach (var (folded, _) in qualifierEntries)
        {
            int p = at;
            bool matched = true;
            for (int i = 0; i < folded.Length && matched; i++)
            {
                char e = folded[i];
                if (e == ' ')
                {
                    int from = p;
                    p = SkipSpace(text, p, end);
                    matched = p > from;
                }
                else if (p < end && text[p] >= 128 && char.IsLetter(text[p]) && UnusualCase.Of(text[p]))
                {
                    return true;
                }
                else if (p < end && (char.IsLetter(e) ? Engine.CharFold.Fold(text[p]) == e : text[p] == e))
                {
                    p++;
                }
                else
                {
                    matched = false;
                }
            }

            if (!matched)
            {
                continue;
            }

            int after = SkipSpace(text, p, end);
            if (after == p || after >= end)
            {
                continue;
            }

            char c = text[after];
            if (char.IsDigit(c) || c is '$' or '€' or '£')
            {
                return true;
            }

            if (char.IsLetter(c))
            {
                int length = FoldRun(text, after, end, run, out bool unusual);
                if (unusual || NumberWordMayStart(text, after, end, run, length))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a number word may match at the word <paramref name="run"/> (folded): an entry that
    /// starts with the whole word, or a one-word entry that is a prefix of it followed at once by
    /// a multiplier ("seventhousand"). Only a superset of the pattern's matches (compared folded).
    /// </summary>
    private bool NumberWordMayStart(string text, int at, int end, Span<char> run, int length)
    {
        if (length > FoldedWords.MaxRun)
        {
            return false;
        }

        var word = run[..length];
        if (words.HasFirstRun(word))
        {
            return true;
        }

        for (int k = 1; k < length; k++)
        {
            if (multipliers.HasFirstRun(word[k..]) && words.HasWholeWord(word[..k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A number that starts with digits at <paramref name="at"/> (after a currency sign when <see cref="NumberMatch.Cur"/> is set).</summary>
    private ScanOutcome Digits(string text, int at, int end, ref NumberMatch m)
    {
        int p = DigitsEnd(text, at, end);
        m.N1 = new MatchPart(at, p - at);
        if (MultiplierMayFollow(text, p, end))
        {
            return ScanOutcome.Unknown;
        }

        // The range's second end: "28,000–38,000", "1,000 to 2,000".
        int ws = SkipSpace(text, p, end);
        int second = -1;
        if (ws < end && text[ws] is '-' or '–' or '—')
        {
            second = SkipSpace(text, ws + 1, end);
        }
        else if (ws > p && ws < end && char.IsLetter(text[ws]))
        {
            Span<char> run = stackalloc char[FoldedWords.MaxRun];
            int length = FoldRun(text, ws, end, run, out bool unusual);
            if (unusual)
            {
                return ScanOutcome.Unknown;
            }

            if (length <= FoldedWords.MaxRun && rangeWords.HasWholeWord(run[..length]))
            {
                if (!rangeWords.MatchesWholeWord(text, ws, run[..length]))
                {
                    return ScanOutcome.Unknown;
                }

                int after = ws + length;
                if (after < end && char.IsWhiteSpace(text[after]))
                {
                    second = SkipSpace(text, after, end);
                }
            }
        }

        if (second >= 0 && second < end)
        {
            int digits = text[second] is '$' or '€' or '£' && second + 1 < end && char.IsDigit(text[second + 1]) ? second + 1 : second;
            if (char.IsDigit(text[digits]))
            {
                int e2 = DigitsEnd(text, digits, end);
                if (MultiplierMayFollow(text, e2, end))
                {
                    return ScanOutcome.Unknown;
                }

                m.N2 = new MatchPart(digits, e2 - digits);
                p = e2;
            }
            else if (char.IsLetter(text[digits]) || (text[digits] is '$' or '€' or '£' && digits + 1 < end && char.IsLetter(text[digits + 1])))
            {
                // A number word as the second end ("5 to seven"): the pattern's to read.
                return ScanOutcome.Unknown;
            }
        }

        if (p < end && text[p] == '+')
        {
            m.Plus = new MatchPart(p, 1);
            p++;
        }

        int percent = SkipSpace(text, p, end);
        if (percent < end && text[percent] == '%')
        {
            m.Pct = new MatchPart(p, percent + 1 - p);
            p = percent + 1;
        }

        if (CountedNoun(text, p, end, ref m) is ScanOutcome.Unknown)
        {
            return ScanOutcome.Unknown;
        }

        if (m.Counted.Success)
        {
            p = m.Counted.End;
        }

        // The pattern's closing condition: not inside a word, number or identifier. Where it fails
        // the pattern would go back and try shorter forms; it decides.
        if (p < end)
        {
            char next = text[p];
            if (char.IsLetter(next) || char.IsNumber(next) || next is '_' or '/'
                || (next is '.' or ',' && p + 1 < end && char.IsDigit(text[p + 1])))
            {
                return ScanOutcome.Unknown;
            }
        }

        m.End = p;
        return ScanOutcome.Match;
    }

    /// <summary>
    /// The counted noun after the number, at most two words on ("1,008 Azerbaijani soldiers",
    /// "500 (mostly) civilians"), tried nearest first as the pattern's lazy loop does.
    /// </summary>
    private ScanOutcome CountedNoun(string text, int p, int end, ref NumberMatch m)
    {
        Span<char> run = stackalloc char[FoldedWords.MaxRun];
        for (int skipped = 0; ; skipped++)
        {
            int token = SkipSpace(text, p, end);
            if (token == p || token >= end)
            {
                return ScanOutcome.NoMatch;
            }

            int word = text[token] == '(' ? token + 1 : token;
            if (word < end && char.IsLetter(text[word]))
            {
                int length = FoldRun(text, word, end, run, out bool unusual);
                if (unusual)
                {
                    return ScanOutcome.Unknown;
                }

                if (length <= FoldedWords.MaxRun && counted.HasFirstRun(run[..length]))
                {
                    if (!counted.MatchesWholeWord(text, word, run[..length]))
                    {
                        return ScanOutcome.Unknown;
                    }

                    m.Counted = new MatchPart(word, length);
                    return ScanOutcome.Match;
                }
            }

            if (skipped == 2)
            {
                return ScanOutcome.NoMatch;
            }

            // Skip the word (letters and hyphens, after an optional "(") if white space follows it.
            int q = word;
            while (q < end && (char.IsLetter(text[q]) || text[q] == '-'))
            {
                q++;
            }

            if (q == word)
            {
                return ScanOutcome.NoMatch;
            }

            p = q;
        }
    }

    /// <summary>Whether a multiplier word may follow ("11 thousand", "$3bn"); compared folded, so a superset.</summary>
    private bool MultiplierMayFollow(string text, int p, int end)
    {
        int q = SkipSpace(text, p, end);
        if (q >= end || !char.IsLetter(text[q]))
        {
            return false;
        }

        Span<char> run = stackalloc char[FoldedWords.MaxRun];
        int length = FoldRun(text, q, end, run, out bool unusual);
        return unusual || (length <= FoldedWords.MaxRun && multipliers.HasFirstRun(run[..length]));
    }

    /// <summary>
    /// Where the pattern's digits end: thousands groups ("28,000", "2 000", lv/lt "2.000") before a
    /// plain run, each with its decimals, as its first alternative is tried first.
    /// </summary>
    private int DigitsEnd(string text, int at, int end)
    {
        int run = at;
        while (run < end && char.IsDigit(text[run]))
        {
            run++;
        }

        int p = run;
        if (run - at <= 3)
        {
            while (p + 3 < end && IsGroupSeparator(text, p, end) && char.IsDigit(text[p + 1]) && char.IsDigit(text[p + 2]) && char.IsDigit(text[p + 3]))
            {
                p += 4;
            }
        }

        char point = decimalComma ? ',' : '.';
        if (p < end - 1 && text[p] == point && char.IsDigit(text[p + 1]))
        {
            p += 2;
            while (p < end && char.IsDigit(text[p]))
            {
                p++;
            }
        }

        return p;
    }

    /// <summary>
    /// Whether text[<paramref name="p"/>] groups thousands here (three digits follow; checked by the
    /// caller): a comma (a space only before exactly three digits), or with a decimal comma a space
    /// (a point only before exactly three digits).
    /// </summary>
    private bool IsGroupSeparator(string text, int p, int end)
    {
        char c = text[p];
        bool exactlyThree = p + 4 >= end || !char.IsDigit(text[p + 4]);
        return decimalComma
            ? c is ' ' or '\u00A0' or '\u202F' || (c == '.' && exactlyThree)
            : c == ',' || (c is ' ' or '\u00A0' or '\u202F' && exactlyThree);
    }

    private static int SkipSpace(string text, int p, int end)
    {
        while (p < end && char.IsWhiteSpace(text[p]))
        {
            p++;
        }

        return p;
    }

    /// <summary>
    /// Folds the run of letters at <paramref name="at"/> into <paramref name="folded"/> and returns
    /// its length (which may exceed the buffer: then only the first letters are folded).
    /// <paramref name="unusual"/>: a letter whose case pairs are not plain lower/upper ("K" Kelvin
    /// sign, long s, final sigma), which the pattern may match as another letter.
    /// </summary>
    private static int FoldRun(string text, int at, int end, Span<char> folded, out bool unusual)
    {
        unusual = false;
        int n = 0;
        for (int i = at; i < end; i++)
        {
            char c = text[i];
            if (c < 128)
            {
                if (!char.IsAsciiLetter(c))
                {
                    break;
                }

                if (n < folded.Length)
                {
                    folded[n] = (char)(c | 0x20);
                }
            }
            else
            {
                if (!char.IsLetter(c))
                {
                    break;
                }

                unusual |= UnusualCase.Of(c);
                if (n < folded.Length)
                {
                    folded[n] = Engine.CharFold.Fold(c);
                }
            }

            n++;
        }

        return n;
    }
}
