namespace Concord.Temporal.Engine;

/// <summary>
/// Reads by hand, at a digit start, what a bare-year rule (<c>(?&lt;y&gt;{Year})</c>, optionally
/// "not followed by a percent sign", wrapped as <see cref="TemporalLanguage"/> wraps every rule)
/// would match: four digits 1000–2199 with the pattern's boundaries, or nothing. At a digit no
/// part of the pattern before the year can match, and the year has one length, so there is no
/// backtracking that could give another answer. Where a non-ASCII digit takes part it answers
/// <see cref="Unknown"/> and the pattern decides. The pattern stays the definition; this only
/// saves calling it (the bare year was the English rule called most, ≈ 10k calls per 4.5 MB).
/// </summary>
public static class YearReader
{
    /// <summary>The reader cannot tell: run the pattern.</summary>
    public const int Unknown = -1;

    /// <summary>The pattern does not match here.</summary>
    public const int NoMatch = 0;

    /// <summary>The English form: the year not followed by (white space and) a percent or per-mille sign.</summary>
    public static int ReadNotPercent(string text, int at) => Read(text, at, notPercent: true);

    /// <summary>The year alone.</summary>
    public static int ReadBare(string text, int at) => Read(text, at, notPercent: false);

    /// <summary>The length of the match at <paramref name="at"/> (4), <see cref="NoMatch"/>, or <see cref="Unknown"/>.</summary>
    private static int Read(string text, int at, bool notPercent)
    {
        char c0 = text[at];
        if (!char.IsAsciiDigit(c0))
        {
            // A word start may begin the parts before the year ("the", "early"): the pattern's to read.
            return Unknown;
        }

        if (at > 0 && !Starts(text, at))
        {
            return NoMatch;
        }

        int end = at + 4;
        if (end > text.Length)
        {
            return NoMatch;
        }

        // (?:1\d{3}|2[01]\d{2}); \d is any decimal digit, which this reader leaves to the pattern.
        char c1 = text[at + 1], c2 = text[at + 2], c3 = text[at + 3];
        bool leads = c0 == '1' ? char.IsDigit(c1) : c0 == '2' && c1 is '0' or '1';
        if (!leads || !char.IsDigit(c2) || !char.IsDigit(c3))
        {
            return NoMatch;
        }

        if (!char.IsAsciiDigit(c1) || !char.IsAsciiDigit(c2) || !char.IsAsciiDigit(c3))
        {
            return Unknown;
        }

        return Ends(text, end, notPercent) ? 4 : NoMatch;
    }

    /// <summary>
    /// The rule's start boundary (<c>(?&lt;![\p{L}\p{N}_])|(?&lt;=\p{L})(?=\p{N})</c>, at a digit: not after
    /// a number or "_") and the year's (<c>(?&lt;![\d/\\]|\d[.,:]|[\p{L}]-)</c>).
    /// </summary>
    private static bool Starts(string text, int at)
    {
        char p = text[at - 1];
        if (char.IsNumber(p) || p is '_' or '/' or '\\')
        {
            return false;
        }

        if (at < 2)
        {
            return true;
        }

        char pp = text[at - 2];
        return p switch
        {
            '.' or ',' or ':' => !char.IsDigit(pp),
            '-' => !char.IsLetter(pp),
            _ => true,
        };
    }

    /// <summary>
    /// The year's end boundary (<c>(?![\d/]|[.,:]\d|-\p{L})</c>), the English percent test
    /// (<c>(?!\s*[%‰])</c>) and the rule's end boundary (<c>(?![\p{L}\p{N}_])</c>).
    /// </summary>
    private static bool Ends(string text, int end, bool notPercent)
    {
        if (end == text.Length)
        {
            return true;
        }

        char n = text[end];
        if (char.IsLetter(n) || char.IsNumber(n) || n is '_' or '/')
        {
            return false;
        }

        bool hasNext = end + 1 < text.Length;
        if (n is '.' or ',' or ':' && hasNext && char.IsDigit(text[end + 1]))
        {
            return false;
        }

        if (n == '-' && hasNext && char.IsLetter(text[end + 1]))
        {
            return false;
        }

        if (notPercent)
        {
            int i = end;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i < text.Length && text[i] is '%' or '‰')
            {
                return false;
            }
        }

        return true;
    }
}
