using Concord.Languages;
using Concord.Temporal.Engine;
using Concord.Temporal.Languages;

namespace Concord.Tests.Temporal;

/// <summary>
/// The tagger asks <see cref="TemporalLanguage.RoleOfWord"/> for every word of the text; its
/// answers (ASCII words from a table of their own) must be those of <see cref="TemporalLanguage.IsTrigger"/>
/// and <see cref="TemporalLanguage.IsPrefix"/>, in any letter case.
/// </summary>
public class WordRoleTests
{
    [Fact]
    public void RoleOfEveryCorpusWordAgreesWithTriggerAndPrefixInEveryLanguage()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(TestPaths.KarabakhCorpus, "*.txt"))
        {
            var text = File.ReadAllText(file);
            for (int i = 0; i < text.Length;)
            {
                if (!char.IsLetter(text[i]))
                {
                    i++;
                    continue;
                }

                int s = i;
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }

                var word = text[s..i];
                words.Add(word);
                words.Add(word.ToUpperInvariant());
                words.Add(word.ToLowerInvariant());
            }
        }

        foreach (var lang in new LanguageRegistry<TemporalLanguage>().All)
        {
            int roleWords = 0;
            foreach (var word in words)
            {
                var (trigger, prefix) = lang.RoleOfWord(word);
                Assert.True(lang.MayBeTrigger(word) || !trigger, $"{lang.Language} '{word}': a trigger the filter rules out");
                bool isTrigger = lang.IsTrigger(word), isPrefix = lang.IsPrefix(word);
                Assert.True(trigger == isTrigger, $"{lang.Language} '{word}': trigger {trigger}, IsTrigger {isTrigger}");
                Assert.True(prefix == isPrefix, $"{lang.Language} '{word}': prefix {prefix}, IsPrefix {isPrefix}");
                roleWords += trigger || prefix ? 1 : 0;
            }

            Assert.True(roleWords > 0, lang.Language);
        }
    }

    [Fact]
    public void AsciiAndAccentedWordsTakeTheirRolesInAnyCase()
    {
        var en = new EnTemporal();

        // 003: "On 27 September 2020, Azerbaijan launched an offensive" and "in the late 1980s".
        Assert.Equal((true, false), en.RoleOfWord("September"));
        Assert.Equal((true, false), en.RoleOfWord("SEPTEMBER"));
        Assert.Equal((false, true), en.RoleOfWord("late"));
        Assert.Equal((false, true), en.RoleOfWord("The"));
        Assert.Equal((false, false), en.RoleOfWord("Azerbaijan"));

        // The trigger filter lets "September" through in any case and rules out the commonest words.
        Assert.True(en.MayBeTrigger("September") && en.MayBeTrigger("SEPTEMBER") && en.MayBeTrigger("september"));
        Assert.False(en.MayBeTrigger("The") || en.MayBeTrigger("launched") || en.MayBeTrigger("an"));

        // 001: "1994. gada maijā" — the Latvian month with and without its diacritic.
        var lv = new LvTemporal();
        Assert.True(lv.RoleOfWord("maijā").Trigger);
        Assert.True(lv.RoleOfWord("MAIJĀ").Trigger);
        Assert.True(lv.RoleOfWord("maija").Trigger);
    }
}
