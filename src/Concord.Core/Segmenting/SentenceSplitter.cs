using System.Buffers;
using System.Runtime.CompilerServices;
using Concord.Model;

namespace Concord.Segmenting;

/// <summary>
/// Finds sentence ends inside one paragraph. A sentence ends at '.', '!', '?' or '…' followed by
/// whitespace, after any closing quotes, brackets and citation markers ("killed.[12][13] The").
/// It does not end before a lower-case word (Latvian ordinals "1988. gada 20. februārī",
/// Lithuanian "2020 m. lapkričio 9 d. pasirašyta"), before ",;:", after an initial ("A. N.
/// Yamskov") or after an abbreviation the language marks as non-terminal ("Dr.", "pvz.").
/// </summary>
public static class SentenceSplitter
{
    private const string Closers = "\"'”’»)›";

    private static readonly SearchValues<char> Terminators = SearchValues.Create(".!?…。");

    /// <summary>Per abbreviation set, its multi-word entries ("t. y."), found once instead of per dot.</summary>
    private static readonly ConditionalWeakTable<IReadOnlySet<string>, string[]> MultiWord = [];

    [ThreadStatic]
    private static IReadOnlySet<string>? lastSet;

    [ThreadStatic]
    private static string[]? lastMultiWord;

    public static List<TextSpan> Split(string text, TextSpan paragraph, ISegmentationRules? rules)
    {
        var sentences = new List<TextSpan>();
        Split(text, paragraph, rules, sentences);
        return sentences;
    }

    /// <summary>Adds the sentences of <paramref name="paragraph"/> to <paramref name="sentences"/> (the segmenter's one list per document).</summary>
    public static void Split(string text, TextSpan paragraph, ISegmentationRules? rules, List<TextSpan> sentences)
    {
        int start = SkipSpace(text, paragraph.Start, paragraph.End);
        int i = start;
        while (i < paragraph.End)
        {
            int found = text.AsSpan(i, paragraph.End - i).IndexOfAny(Terminators);
            if (found < 0)
            {
                break;
            }

            i += found;
            int terminatorStart = i;
            int j = i;
            while (j < paragraph.End && IsTerminator(text[j]))
            {
                j++;
            }

            j = SkipClosersAndCitations(text, j, paragraph.End);
            if (j < paragraph.End && !char.IsWhiteSpace(text[j]))
            {
                i = j > i ? j : i + 1;
                continue;
            }

            int next = SkipSpace(text, j, paragraph.End);
            if (next >= paragraph.End || EndsSentence(text, start, terminatorStart, j, next, rules))
            {
                AddTrimmed(sentences, text, start, j);
                start = next;
            }

            i = Math.Max(j, i + 1);
        }

        AddTrimmed(sentences, text, start, paragraph.End);
    }

    private static bool EndsSentence(string text, int sentenceStart, int terminator, int afterTerminator, int next, ISegmentationRules? rules)
    {
        char following = text[next];
        if (char.IsLower(following) || following is ',' or ';' or ':')
        {
            return false;
        }

        // Only a single '.' can be an abbreviation or an initial; "?", "!" and "..." end the sentence.
        if (text[terminator] != '.' || (afterTerminator - terminator > 1 && text[terminator + 1] == '.'))
        {
            return true;
        }

        var token = TokenBefore(text, terminator);
        if (token.IsEmpty)
        {
            return true;
        }

        // A list number opening the sentence ("8. \"Armenia, Azerbaijan…\"") is not a sentence.
        if (terminator - token.Length == sentenceStart && AllDigits(token))
        {
            return false;
        }

        // An initial: one capital letter ("A. N. Yamskov", "Joseph R. Biden", "Yamskov, A. N. (1991)").
        if (token.Length == 1 && char.IsUpper(token[0]) && (char.IsUpper(following) || following == '('))
        {
            return false;
        }

        if (rules is null)
        {
            return true;
        }

        // Day and ordinal numbers in languages that write them with a dot ("am 20. Februar").
        if (rules.OrdinalDots && token.Length <= 2 && AllDigits(token) && char.IsLetter(following))
        {
            return false;
        }

        // The token in lower case with its dot, as the abbreviation lists spell it ("dr.", "pvz.").
        Span<char> buffer = stackalloc char[64];
        var withDot = token.Length < buffer.Length ? buffer[..(token.Length + 1)] : new char[token.Length + 1];
        token.ToLowerInvariant(withDot);
        withDot[^1] = '.';
        if (Contains(rules.NonTerminalAbbreviations, withDot) || EndsWithMultiWord(text, terminator, rules.NonTerminalAbbreviations))
        {
            return false;
        }

        // A known abbreviation before a digit is part of the same sentence ("gs. 4", "approx. 300").
        return !(char.IsDigit(following) && Contains(rules.Abbreviations, withDot));
    }

    private static bool AllDigits(ReadOnlySpan<char> token)
    {
        foreach (char c in token)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Set membership of a spelling without making a string of it when the set allows.</summary>
    private static bool Contains(IReadOnlySet<string> set, ReadOnlySpan<char> spelling) =>
        set is HashSet<string> hash && hash.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup)
            ? lookup.Contains(spelling)
            : set.Contains(spelling.ToString());

    /// <summary>True when the text before the dot ends with a multi-word abbreviation ("t. y.").</summary>
    private static bool EndsWithMultiWord(string text, int dot, IReadOnlySet<string> abbreviations)
    {
        // The last set asked for, per thread, in front of the table: a paragraph asks for its
        // language's set at every dot.
        var multiWord = ReferenceEquals(lastSet, abbreviations) ? lastMultiWord!
            : MultiWord.GetValue(abbreviations, set => [.. set.Where(a => a.Contains(' ', StringComparison.Ordinal))]);
        lastSet = abbreviations;
        lastMultiWord = multiWord;
        foreach (var a in multiWord)
        {
            if (dot + 1 >= a.Length
                && string.Compare(text, dot + 1 - a.Length, a, 0, a.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (dot + 1 - a.Length == 0 || !char.IsLetter(text[dot - a.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word right before a dot, including inner dots ("U.S", "t.sk", "p.m.ē").</summary>
    private static ReadOnlySpan<char> TokenBefore(string text, int dot)
    {
        int k = dot;
        while (k > 0 && !char.IsWhiteSpace(text[k - 1]) && text[k - 1] is not ('(' or '"' or '«' or '“' or '[' or '\'' or '/'))
        {
            k--;
        }

        return text.AsSpan(k, dot - k);
    }

    private static int SkipClosersAndCitations(string text, int j, int end)
    {
        while (j < end)
        {
            if (Closers.Contains(text[j], StringComparison.Ordinal))
            {
                j++;
                continue;
            }

            if (text[j] == '[')
            {
                int close = text.IndexOf(']', j, Math.Min(end - j, 42));
                if (close > j + 1 && !text.AsSpan(j + 1, close - j - 1).ContainsAny('\n', '['))
                {
                    j = close + 1;
                    continue;
                }
            }

            break;
        }

        return j;
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…' or '。';

    private static int SkipSpace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static void AddTrimmed(List<TextSpan> sentences, string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new TextSpan(start, end));
        }
    }
}
