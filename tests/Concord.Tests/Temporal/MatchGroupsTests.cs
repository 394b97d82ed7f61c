using System.Text.RegularExpressions;
using Concord.Languages;
using Concord.Temporal.Engine;

namespace Concord.Tests.Temporal;

/// <summary>
/// The resolver reads a winner's groups off the match's capture arrays (<see cref="MatchGroups"/>)
/// and folds non-ASCII lexicon words once per word (<see cref="FoldedWords"/>): both must give
/// what <see cref="Match.Groups"/> and <see cref="Lexicon{T}.Fold"/> give.
/// </summary>
public class MatchGroupsTests
{
    /// <summary>The corpus documents written in each language with date rules.</summary>
    private static readonly (string Language, string[] Documents)[] CorpusByLanguage =
    [
        ("en", ["002", "003", "004"]),
        ("lv", ["001"]),
        ("lt", ["000"]),
    ];

    [Fact]
    public void EveryGroupOfEveryRuleMatchInTheCorpusReadsAsItsGroupObject()
    {
        var registry = new LanguageRegistry<TemporalLanguage>();
        int matches = 0, groupsSeen = 0;
        foreach (var (language, documents) in CorpusByLanguage)
        {
            var lang = registry.For(language)!;
            foreach (var rule in lang.Rules)
            {
                // Every rule's pattern numbers its groups densely (named groups only): the direct reading is the one used.
                Assert.True(rule.GroupsReadDirectly, rule.Name);
            }

            foreach (var document in documents)
            {
                string text = TestPaths.CorpusText(document);
                for (int at = 0; at < text.Length; at++)
                {
                    // Rules are tried at token starts (a letter or digit after something else, or a digit after a letter).
                    if (!char.IsLetterOrDigit(text[at]) || (at > 0 && char.IsLetterOrDigit(text[at - 1]) && char.IsDigit(text[at - 1]) == char.IsDigit(text[at])))
                    {
                        continue;
                    }

                    foreach (var rule in lang.Rules)
                    {
                        var m = rule.Regex.Match(text, at);
                        if (!m.Success)
                        {
                            continue;
                        }

                        matches++;
                        for (int n = 0; n < m.Groups.Count + 1; n++)
                        {
                            // One past the last group too: both read it as an unsuccessful group.
                            var g = m.Groups[n];
                            Assert.Equal(new GroupSpan(g.Success, g.Index, g.Length), MatchGroups.Of(m, n, rule.GroupsReadDirectly));
                            groupsSeen += g.Success && n > 0 ? 1 : 0;
                        }
                    }
                }
            }
        }

        // The corpus holds thousands of dates; most have a day, month or year group.
        Assert.True(matches > 2000, $"{matches} matches");
        Assert.True(groupsSeen > 3000, $"{groupsSeen} successful groups");
    }

    [Fact]
    public void AMatchOfNothingAndAPatternWithNumberedGapsReadAsGroupsDo()
    {
        // "(?<5>…)" numbers its groups 0, 1, 5: group 5 is not the fifth capture array, so its groups are read as objects.
        var gapped = new Regex(@"(?<5>\d+)-(\d+)");
        Assert.False(MatchGroups.NumbersDensely(gapped.GetGroupNumbers()));
        var m = gapped.Match("on 12-31 or");
        foreach (int n in new[] { 0, 1, 5 })
        {
            Assert.Equal(new GroupSpan(true, m.Groups[n].Index, m.Groups[n].Length), MatchGroups.Of(m, n, dense: false));
        }

        Assert.True(MatchGroups.NumbersDensely(new Regex(@"(?<y>\d{4})-(?<m>\d\d)").GetGroupNumbers()));
        Assert.Equal(default, MatchGroups.Of(Match.Empty, 1, dense: true));
        Assert.Equal(new GroupSpan(false, 0, 0), MatchGroups.Of(Match.Empty, 0, dense: true));
    }

    [Fact]
    public void FoldedWordsFoldsEveryNonAsciiCorpusWordAsTheLexiconDoes()
    {
        int seen = 0;
        foreach (var document in new[] { "000", "001" })
        {
            foreach (Match word in Regex.Matches(TestPaths.CorpusText(document), @"\w+"))
            {
                if (System.Text.Ascii.IsValid(word.ValueSpan))
                {
                    continue;
                }

                seen++;
                // Asked twice: the second answer comes from the kept words.
                Assert.Equal(Lexicon<int>.Fold(word.Value), FoldedWords.Of(word.ValueSpan));
                Assert.Equal(Lexicon<int>.Fold(word.Value), FoldedWords.Of(word.ValueSpan));
            }
        }

        Assert.True(seen > 500, $"{seen} non-ASCII words");

        // A Latvian month form as the month lexicon reads it, in the text's own case.
        var lv = new LanguageRegistry<TemporalLanguage>().For("lv")!;
        Assert.True(lv.Months.TryGet("Septembrī".AsSpan(), out int september));
        Assert.Equal(9, september);
    }
}
