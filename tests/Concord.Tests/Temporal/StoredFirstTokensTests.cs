using Concord.Languages;
using Concord.Patterns;
using Concord.Temporal.Engine;
using Concord.Temporal.Languages;

namespace Concord.Tests.Temporal;

/// <summary>
/// The first tokens of the date patterns are read at build time and stored beside the precompiled
/// patterns; a start takes them from there instead of reading every pattern again. The stored
/// results must be the reading itself, and a table written by other code must be ignored.
/// </summary>
public class StoredFirstTokensTests
{
    [Fact]
    public void BuildTableHoldsEveryRulePatternAndReadsBackAsTheReading()
    {
        var stored = PatternCatalog.PatternCatalog.DateFirstTokens().ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        var registry = new LanguageRegistry<TemporalLanguage>();
        Assert.Contains("lt", registry.Languages);
        foreach (var language in registry.All)
        {
            foreach (var rule in language.Rules)
            {
                foreach (var read in new[] { rule.Openers, rule.Reach?.SecondStarts })
                {
                    if (read is null)
                    {
                        continue;
                    }

                    Assert.True(stored.TryGetValue(read.Pattern, out var text), $"{language.Language} {rule.Name}: not stored");
                    var back = FirstTokens.Deserialize(read.Pattern, text!);
                    Assert.True(back.SameAs(FirstTokens.Read(read.Pattern)), $"{language.Language} {rule.Name}: stored reading differs");
                }
            }
        }
    }

    [Fact]
    public void StoredReadingAnswersLikeTheReadingAtRealStarts()
    {
        // From 003: "On 27 September 2020, Azerbaijan launched an offensive"; from 001: "1994. gada 12. maijā".
        var en = new EnTemporal();
        var rule = en.Rules.First(r => r.Openers is { AnyWord: false });
        var read = FirstTokens.Read(rule.Openers!.Pattern);
        var back = FirstTokens.Deserialize(read.Pattern, read.Serialize());
        Span<char> shape = stackalloc char[FirstTokens.MaxPrefix + 1];
        foreach (var start in new[] { "On 27 September 2020", "27 September 2020, Azerbaijan", "September 2020, Azerbaijan", "1994. gada 12. maijā", "the late 1980s" })
        {
            int n = FirstTokens.ShapeOf(start, 0, shape);
            Assert.Equal(read.CanStartWith(shape[..n]), back.CanStartWith(shape[..n]));
        }
    }

    [Fact]
    public void TableOfTheSameCodeIsUsedAndAnyOtherIgnored()
    {
        // A pattern of its own (no rule reads it), so tests building rules meanwhile are not affected.
        var pattern = "(?:" + new EnTemporal().Months.Alternation + @")\s+\d{4}(?:\s+storedtest)?";
        var read = FirstTokens.Read(pattern);
        Assert.False(read.AnyWord);

        // The stored result differs from the reading (any word), so which one was taken shows.
        var altered = "1" + read.Serialize()[1..];
        string? Lookup(string p) => p == pattern ? altered : null;
        try
        {
            PrecompiledAnalyses.Register(FirstTokens.AnalysisKind, "0000000000000000", Lookup);
            Assert.False(FirstTokens.Of(pattern).AnyWord);

            PrecompiledAnalyses.Register(FirstTokens.AnalysisKind, FirstTokens.CodeFingerprint, Lookup);
            Assert.True(FirstTokens.Of(pattern).AnyWord);
            Assert.False(FirstTokens.Of(pattern + " ").AnyWord);
        }
        finally
        {
            PrecompiledAnalyses.Unregister(FirstTokens.AnalysisKind);
        }

        Assert.True(FirstTokens.Of(pattern).SameAs(read));
    }

    [Fact]
    public void CodeFingerprintIsTheHashOfTheReadingCodeAsItIsNow()
    {
        // The build stamps the hashes of the reading code's sources; an edit to either file changes
        // its hash, so a table written before the edit no longer matches and is ignored.
        string Hash(string file) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            File.ReadAllBytes(Path.Combine(TestPaths.RepoRoot, "src", "Concord.Temporal", "Engine", file))));
        Assert.Equal(FirstTokens.CodeFingerprint, Hash("FirstTokens.cs") + "+" + Hash("CharFold.cs"));
        Assert.NotEqual(Hash("FirstTokens.cs"), Hash("RangeReach.cs"));
    }
}
