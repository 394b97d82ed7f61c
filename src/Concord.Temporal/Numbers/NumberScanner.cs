using System.Runtime.CompilerServices;
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
public sealed class NumberScanner
{
    private readonly bool decimalComma;
    private readonly NumberVocabulary vocabulary;

    internal NumberScanner(NumberLanguage language, IReadOnlyList<string> rangeWords)
    {
        decimalComma = language.DecimalComma;
        vocabulary = new NumberVocabulary(language, rangeWords);
    }

    /// <summary>The pattern's match at <paramref name="at"/> in text[.., <paramref name="end"/>), if the scanner can tell.</summary>
    public ScanOutcome Read(string text, int at, int end, out NumberMatch match)
    {
        match = new NumberMatch { Index = at };
        if (!vocabulary.Usable)
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

        return char.IsLetter(c) ? Word(text, at, end, ref match) : ScanOutcome.NoMatch;
    }

    /// <summary>
    /// Whether the word at <paramref name="at"/> (a letter) starts no number by its first two
    /// plain letters, or (a word of plain letters) by its length against the entries starting
    /// with them ("the" starts as "three" does): what <see cref="Read"/> answers there (NoMatch)
    /// for most words of a text, without setting up a match. <paramref name="runEnd"/>: where the
    /// word's run of letters ends, when rejected.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    public bool RejectsWord(string text, int at, int end, out int runEnd)
    {
        runEnd = at;
        char c0 = text[at], c1 = at + 1 < end ? text[at + 1] : '\0';
        if (!vocabulary.Usable || c0 >= 128 || c1 >= 128)
        {
            return false;
        }

        char first = (char)(c0 | 0x20), second = char.IsAsciiLetter(c1) ? (char)(c1 | 0x20) : '\0';
        int n = at + 1;
        while (n < end && char.IsAsciiLetter(text[n]))
        {
            n++;
        }

        if (!vocabulary.MayStartWith(first, second, WordRoles.QualifierStart | NumberWordRoles))
        {
            while (n < end && (text[n] < 128 ? char.IsAsciiLetter(text[n]) : char.IsLetter(text[n])))
            {
                n++;
            }

            runEnd = n;
            return true;
        }

        // As WordAt reads it: a run of plain letters folds to their lower case; a run going on in
        // other letters (which may be unusual cases) is left to it. A word that is an entry of
        // other roles only ("and", "soldiers") starts no number either: Word answers NoMatch.
        if (n < end && text[n] >= 128 && char.IsLetter(text[n]))
        {
            return false;
        }

        runEnd = n;
        return !vocabulary.MayStartAs(n - at, first, second) || !MayStartHere(text, at, n, end);
    }

    /// <summary>
    /// What <see cref="Word"/> answers for the plain-letter word text[<paramref name="at"/>,
    /// <paramref name="wordEnd"/>), told without setting up a match: false (NoMatch) for a word
    /// that is no entry, or a qualifier only ("in", "at", "some": common words) that no number
    /// follows as the qualifier needs.
    /// </summary>
    private bool MayStartHere(string text, int at, int wordEnd, int end)
    {
        int length = wordEnd - at;
        Span<char> folded = stackalloc char[length];
        for (int i = 0; i < length; i++)
        {
            folded[i] = (char)(text[at + i] | 0x20);
        }

        var word = vocabulary.Find(folded);
        return word is not null
            && ((word.Roles & NumberWordRoles) != 0 || (word.Qualifiers is { } qualifiers && QualifiedNumberMayFollow(text, at, end, qualifiers)));
    }

    /// <summary>
    /// A start at a word: the pattern can match only with a qualifier followed by a number
    /// ("at least 15", "more than 90 civilians") or with a number word ("three Azerbaijani
    /// soldiers"). The scanner reads one qualifier before digits and one number word alone; the
    /// rest (a number word after a qualifier, "twenty-five", "three thousand") is the pattern's.
    /// </summary>
    private ScanOutcome Word(string text, int at, int end, ref NumberMatch m)
    {
        var word = WordAt(text, at, end, WordRoles.QualifierStart | NumberWordRoles, out bool unusual, out int length);
        if (unusual)
        {
            return ScanOutcome.Unknown;
        }

        if (word is null)
        {
            return ScanOutcome.NoMatch;
        }

        if (word.Qualifiers is { } qualifiers && QualifiedNumberMayFollow(text, at, end, qualifiers))
        {
            return Qualified(text, at, end, qualifiers, ref m);
        }

        if ((word.Roles & (WordRoles.NumberWordStart | WordRoles.NumberWordAndMultiplier)) == 0)
        {
            return ScanOutcome.NoMatch;
        }

        // Only a number word that is this whole word, and no longer entry ("dix-sept") or entry
        // with a multiplier ("seventhousand") could be what the pattern takes instead.
        if ((word.Roles & (WordRoles.NumberWordLonger | WordRoles.NumberWordAndMultiplier)) != 0
            || !NumberVocabulary.MatchesOneOf(word.Numbers, text, at, length))
        {
            return ScanOutcome.Unknown;
        }

        m.W1 = new MatchPart(at, length);
        int p = at + length;
        if (p + 1 < end && (text[p] == '-' || char.IsWhiteSpace(text[p])) && char.IsLetter(text[p + 1]) && NumberWordMayStart(text, p + 1, end))
        {
            return ScanOutcome.Unknown; // "twenty-five", "twenty five"
        }

        return Tail(text, p, end, ref m);
    }

    /// <summary>A qualifier before digits ("at least 15", "about $3"): read when exactly one qualifier matches here.</summary>
    private ScanOutcome Qualified(string text, int at, int end, Dictionary<string, List<string>> qualifiers, ref NumberMatch m)
    {
        int matches = 0, qualifierEnd = at;
        foreach (var forms in qualifiers.Values)
        {
            if (NumberVocabulary.MatchesOneOf(forms, text, at, end, out int e))
            {
                matches++;
                qualifierEnd = e;
            }
        }

        int p = SkipSpace(text, qualifierEnd, end);
        if (matches != 1 || p == qualifierEnd || p >= end)
        {
            return ScanOutcome.Unknown;
        }

        for (int i = at; i < qualifierEnd; i++)
        {
            if (text[i] >= 128 && UnusualCase.Of(text[i]))
            {
                return ScanOutcome.Unknown;
            }
        }

        m.Q = new MatchPart(at, qualifierEnd - at);
        if (text[p] is '$' or '€' or '£' && p + 1 < end && char.IsDigit(text[p + 1]))
        {
            m.Cur = new MatchPart(p, 1);
            p++;
        }

        return char.IsDigit(text[p]) ? Digits(text, p, end, ref m) : ScanOutcome.Unknown;
    }

    /// <summary>Whether one of the <paramref name="qualifiers"/> matches at <paramref name="at"/> followed by white space and what may start a number.</summary>
    private bool QualifiedNumberMayFollow(string text, int at, int end, Dictionary<string, List<string>> qualifiers)
    {
        foreach (var folded in qualifiers.Keys)
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

            if (char.IsLetter(c) && NumberWordMayStart(text, after, end))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a number word may match at the word at <paramref name="at"/> (compared folded: a superset of the pattern's).</summary>
    private bool NumberWordMayStart(string text, int at, int end)
    {
        var word = WordAt(text, at, end, NumberWordRoles, out bool unusual);
        return unusual || (word is not null && (word.Roles & NumberWordRoles) != 0);
    }

    /// <summary>A number that starts with digits at <paramref name="at"/> (after a currency sign when <see cref="NumberMatch.Cur"/> is set).</summary>
    private ScanOutcome Digits(string text, int at, int end, ref NumberMatch m)
    {
        int p = DigitsEnd(text, at, end);
        m.N1 = new MatchPart(at, p - at);
        return Tail(text, p, end, ref m);
    }

    /// <summary>
    /// What follows the first number (at <paramref name="p"/>): a multiplier (the pattern's to
    /// read), the range's second end, "+", "%", the counted noun and the closing condition.
    /// </summary>
    private ScanOutcome Tail(string text, int p, int end, ref NumberMatch m)
    {
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
            var word = WordAt(text, ws, end, WordRoles.RangeWord, out bool unusual, out int length);
            if (unusual)
            {
                return ScanOutcome.Unknown;
            }

            if (word is not null && (word.Roles & WordRoles.RangeWord) != 0)
            {
                if (!NumberVocabulary.MatchesOneOf(word.Range, text, ws, length))
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
            else
            {
                // A number word as the second end ("5 to seven") is the pattern's to read; any
                // other word ("1994 and peace", "1988 – present") ends no range.
                int word = char.IsLetter(text[digits]) ? digits
                    : text[digits] is '$' or '€' or '£' && digits + 1 < end && char.IsLetter(text[digits + 1]) ? digits + 1 : -1;
                if (word >= 0 && NumberWordMayStart(text, word, end))
                {
                    return ScanOutcome.Unknown;
                }
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
                // Plain digits glued to a word ("1990s", "20th", "9d"): every shorter run of
                // digits the pattern could go back to ends before a digit, so none matches.
                return !m.Q.Success && m.N1.Success && p == m.N1.End && (char.IsLetter(next) || next is '_' or '/') && AllDigits(text, m.N1)
                    ? ScanOutcome.NoMatch
                    : ScanOutcome.Unknown;
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
        for (int skipped = 0; ; skipped++)
        {
            int token = SkipSpace(text, p, end);
            if (token == p || token >= end)
            {
                return ScanOutcome.NoMatch;
            }

            int start = text[token] == '(' ? token + 1 : token;
            if (start < end && char.IsLetter(text[start]))
            {
                var word = WordAt(text, start, end, WordRoles.CountedStart, out bool unusual, out int length);
                if (unusual)
                {
                    return ScanOutcome.Unknown;
                }

                if (word is not null && (word.Roles & WordRoles.CountedStart) != 0)
                {
                    if (!NumberVocabulary.MatchesOneOf(word.Counted, text, start, length))
                    {
                        return ScanOutcome.Unknown;
                    }

                    m.Counted = new MatchPart(start, length);
                    return ScanOutcome.Match;
                }
            }

            if (skipped == 2)
            {
                return ScanOutcome.NoMatch;
            }

            // Skip the word (letters and hyphens, after an optional "(") if white space follows it.
            int q = start;
            while (q < end && (char.IsLetter(text[q]) || text[q] == '-'))
            {
                q++;
            }

            if (q == start)
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

        var word = WordAt(text, q, end, WordRoles.MultiplierStart, out bool unusual);
        return unusual || (word is not null && (word.Roles & WordRoles.MultiplierStart) != 0);
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

    private static bool AllDigits(string text, MatchPart part)
    {
        for (int i = part.Index; i < part.End; i++)
        {
            if (!char.IsDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int SkipSpace(string text, int p, int end)
    {
        while (p < end && char.IsWhiteSpace(text[p]))
        {
            p++;
        }

        return p;
    }

    private const WordRoles NumberWordRoles = WordRoles.NumberWordStart | WordRoles.NumberWordAndMultiplier;

    private VocabularyWord? WordAt(string text, int at, int end, WordRoles roles, out bool unusual) => WordAt(text, at, end, roles, out unusual, out _);

    /// <summary>
    /// The vocabulary word that the run of letters at <paramref name="at"/> is, folded (null: none, or
    /// by its first two plain letters none with one of <paramref name="roles"/>);
    /// <paramref name="length"/>: the run's length. <paramref name="unusual"/>: the run holds a
    /// letter whose case pairs are not plain lower/upper ("K" Kelvin sign, long s, final sigma),
    /// which the pattern may match as another letter.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    private VocabularyWord? WordAt(string text, int at, int end, WordRoles roles, out bool unusual, out int length)
    {
        unusual = false;
        length = 0;
        char c0 = text[at], c1 = at + 1 < end ? text[at + 1] : '\0';
        if (c0 < 128 && c1 < 128 && !vocabulary.MayStartWith((char)(c0 | 0x20), char.IsAsciiLetter(c1) ? (char)(c1 | 0x20) : '\0', roles))
        {
            // Most words: their first two letters start no entry (plain letters, so compared folded exactly).
            return null;
        }

        int n = at;
        bool ascii = true;
        while (n < end)
        {
            char c = text[n];
            if (c < 128 ? !char.IsAsciiLetter(c) : !char.IsLetter(c))
            {
                break;
            }

            if (c >= 128)
            {
                ascii = false;
                unusual |= UnusualCase.Of(c);
            }

            n++;
        }

        length = n - at;
        char first = Engine.CharFold.Fold(text[at]), second = length > 1 ? Engine.CharFold.Fold(text[at + 1]) : '\0';
        if (!vocabulary.MayHold(length, first, second))
        {
            return null;
        }

        Span<char> folded = stackalloc char[length];
        for (int i = 0; i < length; i++)
        {
            char c = text[at + i];
            folded[i] = ascii ? (char)(c | 0x20) : Engine.CharFold.Fold(c);
        }

        return vocabulary.Find(folded);
    }
}
