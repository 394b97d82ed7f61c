using System.Runtime.CompilerServices;
using System.Globalization;
using System.Text.RegularExpressions;
using Concord.Model;

namespace Concord.Temporal.Engine;

/// <summary>
/// Turns rule matches into TIMEX3 values, in document order, keeping the context that relative
/// and year-less expressions need: the last date mentioned in the paragraph and in the document,
/// the heading's year, and the document's own date.
/// </summary>
public sealed partial class TemporalResolver(DateOnly? documentDate)
{
    private Anchor? lastInDocument;
    private Anchor? lastInParagraph;

    /// <summary>The last date at day precision in this paragraph: what a day-grain relative counts from.</summary>
    private Anchor? lastDayInParagraph;
    private Anchor? lastInSentence;
    private int lastParagraph = -1;
    private Sentence? lastSentence;
    private bool? sentenceIsFuture;
    private TemporalLanguage? sentenceLanguage;
    private string? sentenceText;
    private string? lastHeading;
    private Anchor? headingAnchor;

    /// <summary>The current winner's rule's group numbers, by <see cref="GroupSlot"/>.</summary>
    private int[] groupNumbers = [];

    /// <summary>Whether the current winner's groups are read off its capture arrays (<see cref="TemporalRule.GroupsReadDirectly"/>).</summary>
    private bool groupsReadDirectly;

    /// <summary>The text the current winner was matched in: what its groups' values are cut from.</summary>
    private string input = string.Empty;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public TimeExpression? Resolve(Match m, TemporalRule rule, TemporalLanguage lang, string text, int paragraph, Sentence? sentence)
    {
        EnterContext(lang, text, paragraph, sentence);
        groupNumbers = rule.GroupNumbers;
        groupsReadDirectly = rule.GroupsReadDirectly;
        input = text;
        var result = rule.Kind switch
        {
            RuleKind.Absolute => Absolute(m, lang, text),
            RuleKind.Deictic => Deictic(m, lang),
            RuleKind.Relative => Relative(m, lang),
            RuleKind.Duration => Duration(m, lang),
            RuleKind.Set => Set(m, lang),
            RuleKind.Reference => Reference(m, lang),
            _ => null,
        };
        return Expression(result, m.Index, m.Length, rule, lang, text);
    }

    /// <summary>
    /// A match that is four ASCII digits of a rule whose only named group is the year (see
    /// <see cref="TemporalRule.ReadsOnlyYear"/>): the year on its own, exactly what
    /// <see cref="Resolve"/> makes of it, without re-running the rule for its groups. The bare
    /// year is the commonest winner in running text.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public TimeExpression? ResolveYear(int index, TemporalRule rule, TemporalLanguage lang, string text, int paragraph, Sentence? sentence)
    {
        EnterContext(lang, text, paragraph, sentence);
        int year = ((text[index] - '0') * 1000) + ((text[index + 1] - '0') * 100) + ((text[index + 2] - '0') * 10) + (text[index + 3] - '0');
        var a = new Anchor(year);
        Resolved? result = a.IsValid ? new Resolved(TimexType.Date, a.Iso, DatePrecision.Year, a, a) : null;
        return Expression(result, index, 4, rule, lang, text);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void EnterContext(TemporalLanguage lang, string text, int paragraph, Sentence? sentence)
    {
        if (!ReferenceEquals(sentence, lastSentence))
        {
            lastSentence = sentence;
            lastInSentence = null;
            // Read only when a year-less month is ahead of the document date: a scan of the whole sentence.
            (sentenceIsFuture, sentenceLanguage, sentenceText) = (null, lang, text);
        }

        string? heading = sentence?.Heading;
        if (paragraph != lastParagraph)
        {
            lastParagraph = paragraph;
            lastInParagraph = null;
            lastDayInParagraph = null;
        }

        if (!ReferenceEquals(heading, lastHeading))
        {
            lastHeading = heading;
            headingAnchor = heading is null ? null : HeadingYear(heading);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TimeExpression? Expression(Resolved? result, int index, int length, TemporalRule rule, TemporalLanguage lang, string text)
    {
        if (result is null)
        {
            return null;
        }

        var r = result.Value;
        if (r.Start is { } s && r.Type == TimexType.Date && !r.NeedsDct)
        {
            if (lang.IsAttributive(text, index, length))
            {
                // "The 2008 clashes began on 4 March": context for its own sentence only.
                lastInSentence = r.End ?? s;
            }
            else
            {
                Remember(r.End ?? s);
            }
        }

        return new TimeExpression(new TextSpan(index, index + length), text.Substring(index, length), r.Type, r.Value, r.Precision,
            r.Start?.Iso ?? r.StartText, r.End?.Iso ?? r.EndText, r.FromContext, r.NeedsDct, rule.Name);
    }

    private void Remember(Anchor a)
    {
        lastInParagraph = a;
        lastInDocument = a;
        lastDayInParagraph = a.Day is not null ? a : lastDayInParagraph;
        lastInSentence = a;
    }

    /// <summary>
    /// The year a year-less date ("On 2 August") belongs to. With a document date (news): a year
    /// in the same sentence, else the document date's year, stepping back a year for a month
    /// still ahead unless the sentence speaks of the future. Without one (narrative): this
    /// paragraph, the heading, then the document so far.
    /// </summary>
    private (int? Year, bool NeedsDct) ContextYear(int? month = null, int? day = null)
    {
        if (lastInSentence is { } s)
        {
            return (s.Year, false);
        }

        if (documentDate is { } dct)
        {
            bool ahead = month is { } mo && (mo > dct.Month || (mo == dct.Month && day is { } d0 && d0 > dct.Day));
            return (ahead && !SentenceIsFuture() ? dct.Year - 1 : dct.Year, false);
        }

        return NarrativeAnchor() is { } a ? (a.Year, false) : (null, true);
    }

    /// <summary>The date a year-less expression takes its year from in a narrative (no document date): this sentence, this paragraph, the heading, then the document so far.</summary>
    private Anchor? NarrativeAnchor() =>
        lastInSentence ?? (documentDate is null ? lastInParagraph ?? headingAnchor ?? lastInDocument : null);

    private bool SentenceIsFuture() =>
        sentenceIsFuture ??= lastSentence is { } sentence && sentenceLanguage!.SpeaksOfFuture(sentenceText.AsSpan(sentence.Span.Start, sentence.Span.Length));

    private readonly record struct Resolved(
        TimexType Type,
        string Value,
        DatePrecision Precision,
        Anchor? Start,
        Anchor? End,
        bool FromContext = false,
        bool NeedsDct = false,
        string? StartText = null,
        string? EndText = null);

    private static Anchor? HeadingYear(string heading)
    {
        var m = HeadingYearRegex().Match(heading);
        return m.Success ? new Anchor(int.Parse(m.Value, CultureInfo.InvariantCulture)) : null;
    }

    [GeneratedRegex(@"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")]
    private static partial Regex HeadingYearRegex();

    /// <summary>The group of <paramref name="slot"/> in the current winner's match (an unsuccessful group if its rule has none).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private GroupSpan Group(Match m, int slot)
    {
        int number = groupNumbers[slot];
        return number < 0 ? default : MatchGroups.Of(m, number, groupsReadDirectly);
    }

    /// <summary>The text of a group, as its <see cref="Capture.Value"/> (empty when it did not match).</summary>
    private string Value(GroupSpan g) => input.Substring(g.Index, g.Length);

    /// <summary>The text of <paramref name="slot"/>'s group as a span of the match, if the group matched.</summary>
    private bool Word(Match m, int slot, out ReadOnlySpan<char> word)
    {
        var g = Group(m, slot);
        word = g.Success ? m.ValueSpan.Slice(g.Index - m.Index, g.Length) : default;
        return g.Success;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? G(Match m, int slot)
    {
        var g = Group(m, slot);
        return g.Success ? Value(g) : null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int? Int(Match m, int slot)
    {
        var g = Group(m, slot);
        return g.Success && int.TryParse(m.ValueSpan.Slice(g.Index - m.Index, g.Length).TrimEnd("stndrh."), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int? Count(Match m, TemporalLanguage lang)
    {
        var g = Group(m, GroupSlot.N);
        if (!g.Success)
        {
            return null;
        }

        if (int.TryParse(m.ValueSpan.Slice(g.Index - m.Index, g.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var v))
        {
            return v;
        }

        return lang.NumberWords.TryGet(Value(g), out var w) ? w : null;
    }
}
