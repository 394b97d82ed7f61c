using Concord.Languages;
using Concord.Temporal.Engine;
using Concord.Temporal.Languages;

namespace Concord.Tests.Temporal;

/// <summary>
/// A language's rules are built when a text in it is first tagged, once per process even when
/// documents are tagged in parallel; a pattern catalog can still build every language's rules.
/// </summary>
public class LazyLanguageSetupTests
{
    [Fact]
    public void RulesBuiltOnceWhenSeveralThreadsTagTheFirstText()
    {
        // From 003: "On 27 September 2020, Azerbaijan launched an offensive".
        const string text = "On 27 September 2020, Azerbaijan launched an offensive";
        var en = new EnTemporal();
        var seen = new IReadOnlyList<TemporalRule>[4];
        var masks = new ulong[4];
        Parallel.For(0, seen.Length, i =>
        {
            masks[i] = en.RulesStartingAt(text, text.IndexOf("27", StringComparison.Ordinal), text.Length);
            seen[i] = en.Rules;
        });

        Assert.All(seen, rules => Assert.Same(seen[0], rules));
        Assert.All(masks, mask => Assert.Equal(masks[0], mask));
        Assert.NotEqual(0UL, masks[0]);
    }

    [Fact]
    public void EveryRegisteredLanguageBuildsItsRulesOnRequest()
    {
        var registry = new LanguageRegistry<TemporalLanguage>();
        Assert.Contains("en", registry.Languages);
        Assert.Contains("lv", registry.Languages);
        Assert.Contains("lt", registry.Languages);
        foreach (var lang in registry.All)
        {
            // Building the table checks the rule count and the order of composed ranges' halves.
            Assert.InRange(lang.Rules.Count, 1, 64);
            Assert.NotEmpty(lang.Months.Words);

            // Every language reads a bare year: some rule can start at "1994".
            const string year = "in 1994 the war ended";
            Assert.NotEqual(0UL, lang.RulesStartingAt(year, 3, year.Length));
        }
    }
}
