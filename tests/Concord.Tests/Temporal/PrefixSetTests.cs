using Concord.Languages;
using Concord.Temporal.Engine;

namespace Concord.Tests.Temporal;

/// <summary>The stored first tokens are looked up in their listing (<see cref="PrefixSet"/>): the same members as a set of strings.</summary>
public class PrefixSetTests
{
    [Fact]
    public void EveryRulesPrefixesAnswerAsAHashSetOfThemAtEveryCorpusShape()
    {
        var registry = new LanguageRegistry<TemporalLanguage>();
        // Every shape the tagger could ask about in the corpus: each letter or digit start, cut to every length.
        var asked = new HashSet<string>(StringComparer.Ordinal);
        Span<char> shape = stackalloc char[FirstTokens.MaxPrefix + 1];
        foreach (var document in new[] { "000", "001", "003" })
        {
            string text = TestPaths.CorpusText(document);
            for (int at = 0; at < text.Length; at++)
            {
                if (char.IsLetterOrDigit(text[at]) && (at == 0 || !char.IsLetterOrDigit(text[at - 1])))
                {
                    int n = FirstTokens.ShapeOf(text, at, shape);
                    for (int k = 1; k <= n; k++)
                    {
                        asked.Add(shape[..k].ToString());
                    }
                }
            }
        }

        int members = 0, found = 0;
        foreach (var language in registry.All)
        {
            foreach (var rule in language.Rules)
            {
                if (rule.Openers is not { AnyWord: false } openers)
                {
                    continue;
                }

                // The stored listing read back, and the members as strings in a HashSet.
                var stored = openers.Serialize();
                var set = new PrefixSet(stored, 2);
                var strings = stored[2..].Split(PrefixSet.Separator, StringSplitOptions.None).Skip(1).ToHashSet(StringComparer.Ordinal);
                Assert.Equal(strings.Count, set.Count);
                Assert.True(strings.SetEquals(set.Members()));
                Assert.Equal(strings.Aggregate(0u, (bits, p) => bits | (1u << Math.Min(p.Length, 31))), set.LengthBits);
                members += strings.Count;
                foreach (var s in asked.Concat(strings))
                {
                    Assert.Equal(strings.Contains(s), set.Contains(s));
                    found += set.Contains(s) ? 1 : 0;
                }
            }
        }

        Assert.True(members > 1000, $"{members} prefixes");
        Assert.True(found > 1000, $"{found} shapes found");
    }

    [Fact]
    public void AListingWithNoMembersOrARepeatedOneHoldsEachOnce()
    {
        var none = new PrefixSet("00", 2);
        Assert.Equal(0, none.Count);
        Assert.False(none.Contains("a"));
        Assert.False(none.Contains(""));

        var twice = new PrefixSet("\nmay\n## \nmay", 0);
        Assert.Equal(2, twice.Count);
        Assert.True(twice.Contains("may"));
        Assert.True(twice.Contains("## "));
        Assert.False(twice.Contains("ma"));
        Assert.False(twice.Contains("may "));

        // Of lists in ordinal order, as Serialize stores.
        Assert.Equal("\n# \nApril\napril", PrefixSet.Of(["april", "# ", "April"]).Listing.ToString());
    }
}
