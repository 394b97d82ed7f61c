using System.Globalization;
using System.Text.RegularExpressions;
using Concord.Languages;
using Concord.Model;
using Concord.Pipeline;
using Concord.Temporal.Engine;
using Concord.Temporal.Numbers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Concord.Temporal;

/// <summary>
/// Reads numbers, ranges, qualified and open bounds, number words and what they count, with each
/// sentence's language rules (all languages when its language has none). Numbers that are part
/// of a date ("1988–1994", "20 February"), citation marks ("[25]") and identifiers ("62/243",
/// "Mi-24") are not counts and are skipped.
/// </summary>
public sealed partial class NumberReader : INumberReader
{
    private static readonly Lazy<LanguageRegistry<NumberLanguage>> Registry = new(() => new LanguageRegistry<NumberLanguage>());

    public static IReadOnlyCollection<string> Languages => Registry.Value.Languages;

    private readonly TemporalTagger dates = new();

    /// <summary>Stand-alone use (`concord numbers`, tests): tags the document's dates itself.</summary>
    public IReadOnlyList<NumberExpression> Read(AnalyzedDocument document) => Read(document, dates.Tag(document));

    public IReadOnlyList<NumberExpression> Read(AnalyzedDocument document, IReadOnlyList<TimeExpression> times)
    {
        var text = document.Text;
        var dateSpans = DateSpans(times);
        var found = new List<NumberExpression>();
        int covered = 0;
        foreach (var run in LanguageRun.Of(document))
        {
            var own = Registry.Value.For(run.Language);
            // A sentence in a language without resources (a quote, a misread short line) is read
            // with the document's language, else English; every language's rules would cost
            // several times as much and read one language's words with another's rules.
            own ??= Registry.Value.For(document.Language) ?? Registry.Value.For("en");
            IEnumerable<NumberLanguage> languages = own is null ? Registry.Value.All : [own];
            foreach (var lang in languages)
            {
                Scan(text, run.Start, run.Start + run.Length, lang, CollectionsMarshal.AsSpan(dateSpans), found, ref covered);
            }
        }

        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }

    /// <summary>
    /// Reads the numbers of text[<paramref name="start"/>, <paramref name="end"/>) left to right,
    /// trying the pattern only where a number can start (a digit, a currency sign, a word, not
    /// inside a word or number), going on after each match as a scanning regex would. The
    /// scanner reads the commonest forms by hand; the pattern reads what it cannot tell.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    private static void Scan(string text, int start, int end, NumberLanguage lang, ReadOnlySpan<TextSpan> dateSpans, List<NumberExpression> found, ref int covered)
    {
        var scanner = lang.Scanner;
        var kinds = AsciiKinds;
        int at = start;
        while (at < end)
        {
            char c = text[at];
            bool letter;
            if (c < 128)
            {
                // Most characters: one table entry says letter, digit, '$' or nothing to read.
                int kind = kinds[c] & StartKinds;
                if (kind == NoStart)
                {
                    at++;
                    continue;
                }

                letter = kind == LetterStart;
            }
            else
            {
                letter = char.IsLetter(c);
                if (!letter && !char.IsDigit(c) && c is not ('€' or '£'))
                {
                    at++;
                    continue;
                }
            }

            // Within a run of letters or digits no number starts: skip the run.
            if (at > start && !CanFollow(text[at - 1], kinds))
            {
                at = SkipRun(text, at, end, letter);
                continue;
            }

            if (letter && scanner.RejectsWord(text, at, end, out int wordEnd))
            {
                at = wordEnd;
                continue;
            }

            var outcome = scanner.Read(text, at, end, out var m);
            if (outcome is ScanOutcome.Unknown)
            {
                outcome = ByPattern(text, at, end, lang, letter, ref m);
            }

            if (outcome is ScanOutcome.NoMatch)
            {
                at = SkipRun(text, at, end, letter);
                continue;
            }

            int from = at;
            at = m.End;
            // Most numbers here lie inside a date ("20 February 1988").
            if (from < covered || InsideDate(from, m.End, dateSpans) || IsNotACount(text, m, dateSpans))
            {
                continue;
            }

            if (Read(m, lang, text) is { } n)
            {
                found.Add(n);
                covered = m.End;
            }
        }
    }

    private const byte NoStart = 0, LetterStart = 1, OtherStart = 2, StartKinds = 3, FollowsNothing = 4;

    /// <summary>
    /// Per ASCII character: whether a number may start at it (a letter, a digit, '$': what the
    /// scan tests with char.IsAsciiLetter, char.IsDigit and the sign) and whether one may start
    /// right after it (<see cref="NumberLanguage.CanFollow"/>), computed once by those tests.
    /// </summary>
    private static readonly byte[] AsciiKinds = BuildAsciiKinds();

    private static byte[] BuildAsciiKinds()
    {
        var kinds = new byte[128];
        for (char c = (char)0; c < 128; c++)
        {
            byte kind = char.IsAsciiLetter(c) ? LetterStart : char.IsDigit(c) || c == '$' ? OtherStart : NoStart;
            kinds[c] = (byte)(kind | (NumberLanguage.CanFollow(c) ? 0 : FollowsNothing));
        }

        return kinds;
    }

    private static bool CanFollow(char previous, byte[] kinds) =>
        previous < 128 ? (kinds[previous] & FollowsNothing) == 0 : NumberLanguage.CanFollow(previous);

    /// <summary>The pattern's own match at <paramref name="at"/>, where the scanner could not tell.</summary>
    private static ScanOutcome ByPattern(string text, int at, int end, NumberLanguage lang, bool letter, ref NumberMatch m)
    {
        // The first letters of a number word or qualifier must be there (as the reader always
        // required before trying the pattern at a word).
        if (letter && !lang.MayStartAt(text, at, end))
        {
            return ScanOutcome.NoMatch;
        }

        var match = lang.Pattern.Match(text, at, end - at);
        if (!match.Success)
        {
            return ScanOutcome.NoMatch;
        }

        m = NumberMatch.From(match);
        return ScanOutcome.Match;
    }

    /// <summary>The end of the run of letters (or digits) at <paramref name="at"/>; a sign is a run of one.</summary>
    private static int SkipRun(string text, int at, int end, bool letter)
    {
        if (!char.IsDigit(text[at]) && !letter)
        {
            return at + 1;
        }

        int p = at + 1;
        if (letter)
        {
            while (p < end && (text[p] < 128 ? char.IsAsciiLetter(text[p]) : char.IsLetter(text[p])))
            {
                p++;
            }

            return p;
        }

        while (p < end && char.IsDigit(text[p]))
        {
            p++;
        }

        return p;
    }

    /// <summary>The spans of the dates and times, by start (the tagger's order is that already; a stable sort otherwise).</summary>
    private static List<TextSpan> DateSpans(IReadOnlyList<TimeExpression> times)
    {
        var spans = new List<TextSpan>(times.Count);
        bool sorted = true;
        foreach (var t in times)
        {
            if (t.Type is TimexType.Date or TimexType.Time)
            {
                sorted &= spans.Count == 0 || spans[^1].Start <= t.Span.Start;
                spans.Add(t.Span);
            }
        }

        return sorted ? spans : spans.OrderBy(s => s.Start).ToList();
    }

    /// <summary>Whether a date holds all of [<paramref name="start"/>, <paramref name="end"/>).</summary>
    // A span, not the list: the ReadyToRun code called List's indexer across modules for every probe.
    private static bool InsideDate(int start, int end, ReadOnlySpan<TextSpan> dateSpans)
    {
        // Dates do not overlap, so only the last one starting at or before the number can hold it.
        int lo = 0, hi = dateSpans.Length - 1, last = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (dateSpans[mid].Start <= start)
            {
                last = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return last >= 0 && dateSpans[last].Contains(new TextSpan(start, end));
    }

    private static bool IsNotACount(string text, in NumberMatch m, ReadOnlySpan<TextSpan> dateSpans)
    {
        var first = m.N1.Success ? m.N1 : m.W1;
        if (InsideDate(first.Index, first.End, dateSpans))
        {
            return true;
        }

        int before = m.Index - 1, after = m.End;
        // Citation marks: "[25]", "[lower-alpha 6]".
        if (after < text.Length && text[after] == ']')
        {
            return true;
        }

        return before >= 2 && EndsWithPoint(text, m.Index) && PageCue().IsMatch(text.AsSpan(Math.Max(0, m.Index - 5), Math.Min(5, m.Index)));
    }

    /// <summary>
    /// Whether the last character before <paramref name="at"/> (and its white space) that is not
    /// white space (as the pattern's \s, char.IsWhiteSpace) is a point after another character
    /// within the five the page cue sees: what <see cref="PageCue"/> needs before it can match.
    /// </summary>
    private static bool EndsWithPoint(string text, int at)
    {
        int from = Math.Max(0, at - 5), k = at - 1;
        while (k >= from && char.IsWhiteSpace(text[k]))
        {
            k--;
        }

        return k > from && text[k] == '.';
    }

    [GeneratedRegex(@"\bp{1,2}\.\s*$")]
    private static partial Regex PageCue();

    private static NumberExpression? Read(in NumberMatch m, NumberLanguage lang, string text)
    {
        double? low = Value(text, lang, m.N1, m.W1, m.U1, m.X1);
        if (low is null)
        {
            return null;
        }

        double? high = Value(text, lang, m.N2, m.W2, m.U2, m.X2) ?? low;
        if (high < low)
        {
            (low, high) = (high, low);
        }

        var qualifier = m.Q.Success && lang.Qualifiers.TryGet(m.Q.Span(text), out var q) ? q : NumberQualifier.Exact;
        if (m.Plus.Success)
        {
            qualifier = NumberQualifier.AtLeast;
        }

        if (qualifier is NumberQualifier.AtLeast or NumberQualifier.MoreThan)
        {
            high = null;
        }

        string? unit = m.Pct.Success ? "%"
            : m.Cur.Success ? Currency(text[m.Cur.Index])
            : m.X1.Success && lang.MultiplierUnits.TryGet(m.X1.Span(text), out var multiplierUnit) ? multiplierUnit : null;
        string? counted = m.Counted.Success && lang.CountedNouns.TryGet(m.Counted.Span(text), out var noun) ? noun : null;
        return new NumberExpression(new TextSpan(m.Index, m.End), text[m.Index..m.End], low.Value, high, qualifier, unit, counted,
            m.W1.Success ? lang.WordsSource : lang.DigitsSource);
    }

    private static string Currency(char symbol) => symbol switch
    {
        '$' => "USD",
        '€' => "EUR",
        _ => "GBP",
    };

    /// <summary>
    /// The value of digits ("1988", "28,000", "4.2", lv "2 000,5"), read in place: what parsing
    /// them gives after <see cref="Value"/> drops the group separators. At most 15 digits make an
    /// integer below 2^53, a double exactly, and dividing it by a power of ten up to 10^15 (also
    /// exact) rounds once, to the double nearest the decimal, as parsing does. Null for any other
    /// form (more digits, two decimal points, other characters): those are parsed.
    /// </summary>
    private static double? PlainDigits(string text, MatchPart digits, bool decimalComma)
    {
        char point = decimalComma ? ',' : '.', group = decimalComma ? '.' : ',';
        long value = 0;
        int count = 0, decimals = -1;
        foreach (char c in text.AsSpan(digits.Index, digits.Length))
        {
            if (char.IsAsciiDigit(c))
            {
                value = (value * 10) + (c - '0');
                count++;
                decimals += decimals >= 0 ? 1 : 0;
            }
            else if (c == point && decimals < 0 && count > 0)
            {
                decimals = 0;
            }
            else if (c != group && c is not (' ' or '\u00A0' or '\u202F'))
            {
                return null;
            }
        }

        if (count == 0 || count > 15 || decimals == 0)
        {
            return null;
        }

        return decimals > 0 ? value / PowersOfTen[decimals] : value;
    }

    private static readonly double[] PowersOfTen = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    private static double? Value(string text, NumberLanguage lang, MatchPart digits, MatchPart word, MatchPart unit, MatchPart multiplier)
    {
        double? v = null;
        if (digits.Success && PlainDigits(text, digits, lang.DecimalComma) is { } plain)
        {
            v = plain;
        }
        else if (digits.Success)
        {
            var s = digits.Value(text).Replace("\u00A0", "").Replace("\u202F", "").Replace(" ", "");
            s = lang.DecimalComma ? s.Replace(".", "").Replace(',', '.') : s.Replace(",", "");
            if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            {
                v = d;
            }
        }
        else if (word.Success && lang.Words.TryGet(word.Span(text), out var w))
        {
            v = w;
            if (unit.Success && lang.Words.TryGet(unit.Span(text), out var u) && w >= 20 && w % 10 == 0 && u < 10)
            {
                v += u;
            }
        }

        if (v is not null && multiplier.Success && lang.Multipliers.TryGet(multiplier.Span(text), out var x))
        {
            v *= x;
        }

        return v;
    }
}
