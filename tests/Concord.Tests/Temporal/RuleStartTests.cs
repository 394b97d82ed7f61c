using Concord.Temporal.Engine;
using Concord.Temporal.Languages;

namespace Concord.Tests.Temporal;

/// <summary>
/// The tagger runs at a start only the rules whose first token can look like the text there
/// (<see cref="TemporalLanguage.RulesStartingAt"/>); a rule it leaves out must never match there.
/// </summary>
public class RuleStartTests
{
    [Theory]
    [InlineData("003", "en")]
    [InlineData("002", "en")]
    [InlineData("001", "lv")]
    [InlineData("000", "lt")]
    public void NoRuleMatchesWhereItsStartMaskLeavesItOut(string doc, string language)
    {
        var text = TestPaths.CorpusText(doc);
        TemporalLanguage lang = language switch { "en" => new EnTemporal(), "lv" => new LvTemporal(), _ => new LtTemporal() };
        int skipped = 0, matched = 0;
        for (int at = 0; at < text.Length; at++)
        {
            // Token starts, as the tagger tries them.
            if (!char.IsLetterOrDigit(text[at]) || (at > 0 && char.IsLetterOrDigit(text[at - 1]) && char.IsDigit(text[at - 1]) == char.IsDigit(text[at])))
            {
                continue;
            }

            ulong possible = lang.RulesStartingAt(text, at, text.Length);
            for (int r = 0; r < lang.Rules.Count; r++)
            {
                bool found = lang.Rules[r].Regex.Span(text, at) is not null;
                if ((possible & (1UL << r)) == 0)
                {
                    skipped++;
                    Assert.False(found, $"{lang.Rules[r].Name} matches at {at} (\"{text.Substring(at, Math.Min(20, text.Length - at))}\") but was left out");
                }
                else if (found)
                {
                    matched++;
                }
            }
        }

        Assert.True(matched > 0);
        Assert.True(skipped > matched);
    }

    /// <summary>The start masks come from shapes read with an ASCII table: at every token start they equal the masks of the shapes <see cref="FirstTokens.ShapeOf"/> reads.</summary>
    [Theory]
    [InlineData("003", "en")]
    [InlineData("001", "lv")]
    [InlineData("000", "lt")]
    public void StartMasksAreThoseOfTheFirstTokensShape(string doc, string language)
    {
        var text = TestPaths.CorpusText(doc);
        TemporalLanguage lang = language switch { "en" => new EnTemporal(), "lv" => new LvTemporal(), _ => new LtTemporal() };
        Span<char> shape = stackalloc char[FirstTokens.MaxPrefix + 1];
        int starts = 0;
        for (int at = 0; at < text.Length; at++)
        {
            if (!char.IsLetterOrDigit(text[at]))
            {
                continue;
            }

            int n = FirstTokens.ShapeOf(text, at, shape);
            if (!char.IsDigit(text[at]))
            {
                n = FirstTokens.WordShapeLength(shape[..n]);
            }

            ulong expected = 0;
            for (int r = 0; r < lang.Rules.Count; r++)
            {
                if (lang.Rules[r].Openers?.CanStartWith(shape[..n]) ?? true)
                {
                    expected |= 1UL << r;
                }
            }

            Assert.True(expected == lang.RulesStartingAt(text, at, text.Length), $"at {at}: \"{text.Substring(at, Math.Min(20, text.Length - at))}\"");
            starts++;
        }

        Assert.True(starts > 1000);
    }

    [Fact]
    public void DigitShapeSeparatesYearsFromDaysAndIsoDates()
    {
        // From 003: "... were killed between 1994 and 2016." and "On 27 September 2020, ..." style dates.
        var en = new EnTemporal();
        const string text = "fighting between 1994 and 2016 ended on 27 September 2020 (2020-09-27).";
        string Names(int at)
        {
            ulong mask = en.RulesStartingAt(text, at, text.Length);
            return string.Join(",", Enumerable.Range(0, en.Rules.Count).Where(r => (mask & (1UL << r)) != 0).Select(r => r.ToString()));
        }

        int year = text.IndexOf("1994", StringComparison.Ordinal), day = text.IndexOf("27 September", StringComparison.Ordinal), iso = text.IndexOf("2020-09", StringComparison.Ordinal);
        ulong yearMask = en.RulesStartingAt(text, year, text.Length), dayMask = en.RulesStartingAt(text, day, text.Length), isoMask = en.RulesStartingAt(text, iso, text.Length);

        // The day-month-year form ("27 September 2020") is the rule that matches at the day; it cannot start at "1994 ".
        int dayMonth = Enumerable.Range(0, en.Rules.Count).Single(r => (dayMask & (1UL << r)) != 0 && en.Rules[r].Regex.Span(text, day) is { Length: 17 });
        Assert.Equal(0UL, yearMask & (1UL << dayMonth));

        // The ISO form matches at "2020-09-27" and is not tried at "27 " nor at "1994 ".
        int isoRule = Enumerable.Range(0, en.Rules.Count).Single(r => (isoMask & (1UL << r)) != 0 && en.Rules[r].Regex.Span(text, iso) is { Length: 10 });
        Assert.Equal(0UL, dayMask & (1UL << isoRule));
        Assert.Equal(0UL, yearMask & (1UL << isoRule));
        Assert.NotEqual(Names(year), Names(day));
    }

    [Fact]
    public void WordShapeReadsTheTokenAfterAnOpeningWord()
    {
        // From 003: "... took place in the late 1980s to May 1994, ..." and "The following year, border clashes ...".
        var en = new EnTemporal();
        const string text = "an armed conflict that took place in the late 1980s to May 1994. The following year, border clashes began.";
        int late = text.IndexOf("the late", StringComparison.Ordinal), following = text.IndexOf("The following", StringComparison.Ordinal);
        ulong lateMask = en.RulesStartingAt(text, late, text.Length), followingMask = en.RulesStartingAt(text, following, text.Length);
        int Matching(int at, int length) =>
            Enumerable.Range(0, en.Rules.Count).Single(r => en.Rules[r].Regex.Span(text, at) is { } m && m.Length == length);

        // Both start with "the": the decade form matches at "the late 1980s", "the following year" is the relative form.
        int decade = Matching(late, "the late 1980s".Length), relative = Matching(following, "The following year".Length);
        Assert.NotEqual(0UL, lateMask & (1UL << decade));
        Assert.NotEqual(0UL, followingMask & (1UL << relative));

        // The token after "the" tells them apart: neither is tried where the other matches.
        Assert.Equal(0UL, followingMask & (1UL << decade));
        Assert.Equal(0UL, lateMask & (1UL << relative));
    }
}
