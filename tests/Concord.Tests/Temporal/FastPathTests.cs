using System.Text.RegularExpressions;
using Concord.Temporal.Engine;
using Concord.Temporal.Languages;

namespace Concord.Tests.Temporal;

/// <summary>The shortcuts that keep the tagger and the number reader fast find what the plain patterns find.</summary>
public class FastPathTests
{
    [Fact]
    public void LexiconAlternationMatchesEveryWordWholeNotAShorterWordBeforeIt()
    {
        // Latvian month forms: "septembrī" must not stop at "sept", "februārī" not at "febr".
        var months = new LvTemporal().Months;
        var alternation = new Regex("^(?:" + months.Alternation + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        foreach (var word in months.Words)
        {
            Assert.Equal(word.Length, alternation.Match(word).Length);
        }
    }

    [Fact]
    public void NumberStartsAreNumberWordsAndQualifiersNotWordsSharingTheirLetters()
    {
        // From 003: "Five more Azerbaijani troops were killed the following night, bringing the
        // death toll from the August clashes to at least 15." and "... 1,008 Azerbaijani soldiers
        // and more than 90 civilians were killed between 1994 and 2016."
        var en = new EnNumbers();
        string first = TestPaths.CorpusText("003");
        int at = first.IndexOf("Five more Azerbaijani troops", StringComparison.Ordinal);
        Assert.True(at >= 0);
        Assert.True(en.MayStartAt(first, at, first.Length)); // "Five"
        int the = first.IndexOf("the following night", at, StringComparison.Ordinal);
        Assert.False(en.MayStartAt(first, the, first.Length)); // "the" begins like "three", "thirty"
        int atLeast = first.IndexOf("at least 15", at, StringComparison.Ordinal);
        Assert.True(en.MayStartAt(first, atLeast, first.Length));
        int moreThan = first.IndexOf("more than 90 civilians", StringComparison.Ordinal);
        Assert.True(en.MayStartAt(first, moreThan, first.Length));
        Assert.False(en.MayStartAt(first, first.IndexOf("Azerbaijani", at, StringComparison.Ordinal), first.Length));

        // From 000, typed without diacritics: "penki" (five) is a Lithuanian number word.
        var lt = new LtNumbers();
        Assert.True(lt.MayStartAt("penki", 0, 5));
        Assert.False(lt.MayStartAt("karas", 0, 5));
    }

    [Fact]
    public void TieredPatternFindsTheSameMatchesInterpretedAndCompiled()
    {
        var text = TestPaths.CorpusText("003");
        var year = new TieredRegex(@"\G(?:1\d{3}|20\d{2})(?!\d)", RegexOptions.Compiled);
        var starts = Enumerable.Range(0, text.Length).Where(i => char.IsDigit(text[i])).Take(500).ToList();
        var interpreted = starts.Select(i => year.Span(text, i)).ToList();
        Assert.Equal(500, starts.Count);
        Assert.False(year.IsCompiled); // 26 pattern characters: compiled after about 1 ms of interpreted calls (40 µs a character)
        while (!year.IsCompiled)
        {
            year.Span(text, starts[0]);
        }

        var compiled = starts.Select(i => year.Span(text, i)).ToList();
        Assert.Equal(interpreted, compiled);
        Assert.Contains(interpreted, s => s is { Length: 4 });
    }

    [Theory]
    [InlineData("003", "en")]
    [InlineData("001", "lv")]
    public void BareYearShortcutGivesWhatTheGroupsGive(string doc, string language)
    {
        // 003: "... were killed between 1994 and 2016."; 001 (Latvian) has years like "1988. gadā".
        var text = TestPaths.CorpusText(doc);
        TemporalLanguage lang = language == "en" ? new EnTemporal() : new LvTemporal();
        var yearRules = lang.Rules.Where(r => r.ReadsOnlyYear).ToList();
        Assert.NotEmpty(yearRules);
        Assert.DoesNotContain(lang.Rules, r => r.ReadsOnlyYear && r.Kind != RuleKind.Absolute);
        int compared = 0;
        foreach (var rule in yearRules)
        {
            for (int i = 0; i + 4 <= text.Length; i++)
            {
                if (!char.IsAsciiDigit(text[i]) || (i > 0 && char.IsAsciiDigit(text[i - 1])))
                {
                    continue;
                }

                var m = rule.Regex.Match(text, i);
                if (!m.Success || m.Index != i || m.Length != 4 || text.AsSpan(i, 4).ContainsAnyExcept("0123456789"))
                {
                    continue;
                }

                var viaGroups = new TemporalResolver(null).Resolve(m, rule, lang, text, 0, null);
                var shortcut = new TemporalResolver(null).ResolveYear(i, rule, lang, text, 0, null);
                Assert.Equal(viaGroups, shortcut);
                compared++;
            }
        }

        Assert.True(compared >= 10, $"{compared} bare years compared");
    }
}
