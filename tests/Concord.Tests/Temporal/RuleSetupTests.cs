using System.Text.RegularExpressions;
using Concord.Languages;
using Concord.Temporal.Engine;

namespace Concord.Tests.Temporal;

/// <summary>
/// The rule set-up written without run-time regexes and tuple collections (both jitted at every
/// process start) builds the same patterns and lexicons as the code it replaced.
/// </summary>
public class RuleSetupTests
{
    /// <summary>The replacement <see cref="TemporalLanguage.Indexed"/> was before it was written out.</summary>
    private static string IndexedByRegex(string pattern, int i) =>
        Regex.Replace(pattern, @"\(\?<(y|m|mn|d|p|s|dec)>", m => $"(?<{m.Groups[1].Value}{i}>");

    [Fact]
    public void IndexedNumbersTheSameGroupsAsTheRegexReplacementInEveryLanguagesRules()
    {
        int numbered = 0;
        foreach (var lang in new LanguageRegistry<TemporalLanguage>().All)
        {
            foreach (var rule in lang.Rules)
            {
                // The rule's one-date forms as written before numbering: "(?<y1>" back to "(?<y>".
                var pattern = Regex.Replace(rule.Regex.ToString(), @"\(\?<(y|m|mn|d|p|s|dec)\d+>", "(?<$1>");
                foreach (int i in new[] { 1, 2 })
                {
                    Assert.Equal(IndexedByRegex(pattern, i), TemporalLanguage.Indexed(pattern, i));
                }

                numbered += pattern == rule.Regex.ToString() ? 0 : 1;
            }
        }

        // Most languages' date forms and ranges carry numbered groups: the comparison saw them.
        Assert.True(numbered >= 10, $"{numbered} rules with numbered groups");
    }

    [Fact]
    public void IndexedLeavesLookbehindsAndOtherGroupsAlone()
    {
        // A year with its lookbehind, a month group and a group Indexed does not number.
        const string pattern = @"(?<![\d/])(?<y>\d{4})\s+(?<mn>jūnijs)(?<open>now)(?<m>\d)";
        Assert.Equal(@"(?<![\d/])(?<y2>\d{4})\s+(?<mn2>jūnijs)(?<open>now)(?<m2>\d)", TemporalLanguage.Indexed(pattern, 2));
        Assert.Equal(IndexedByRegex(pattern, 2), TemporalLanguage.Indexed(pattern, 2));
    }

    [Fact]
    public void DiacriticInsensitiveBracketsEveryLetterAsFoldingTheLetterAloneDid()
    {
        // The letter's own Lexicon.Fold, as DiacriticInsensitive folded it before CharFold kept the folds.
        static string ByFold(char c)
        {
            var plain = Lexicon<int>.Fold(c.ToString());
            return plain.Length == 1 && plain[0] != char.ToLowerInvariant(c) ? $"[{c}{plain[0]}]" : c.ToString();
        }

        int bracketed = 0;
        for (int c = 128; c <= char.MaxValue; c++)
        {
            if (char.IsLetter((char)c))
            {
                string expected = ByFold((char)c);
                Assert.Equal(expected, TemporalLanguage.DiacriticInsensitive(((char)c).ToString()));
                bracketed += expected.Length > 1 ? 1 : 0;
            }
        }

        Assert.True(bracketed > 500, $"{bracketed} letters with a plain form");
        // Inside a class and after a backslash letters stay as written.
        Assert.Equal(@"[ė]\ė[ėe]", TemporalLanguage.DiacriticInsensitive(@"[ė]\ėė"));
    }

    [Fact]
    public void LexiconFromArraysEqualsTheOneFromEntries()
    {
        foreach (var lang in new LanguageRegistry<TemporalLanguage>().All)
        {
            // Every month form of the language with its month, in both constructors.
            var words = lang.Months.Words.ToArray();
            var months = words.Select(w => lang.Months.TryGet(w, out int m) ? m : -1).ToArray();
            var fromArrays = new Lexicon<int>(words, months);
            var fromEntries = new Lexicon<int>(words.Zip(months));
            Assert.Equal(fromEntries.Alternation, fromArrays.Alternation);
            Assert.Equal(lang.Months.Alternation, fromArrays.Alternation);
            Assert.Equal(fromEntries.Words.Order(StringComparer.Ordinal), fromArrays.Words.Order(StringComparer.Ordinal));
            Assert.All(words, w => Assert.True(fromArrays.TryGet(w, out int m) && lang.Months.TryGet(w, out int n) && m == n));
        }
    }
}
