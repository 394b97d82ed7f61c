using System.Text.RegularExpressions;
using Concord.Extraction.Lexicons;
using Concord.Languages;
using Concord.Patterns;

namespace Concord.Tests.Extraction;

/// <summary>
/// The literals every match of a lexicon pattern holds one of are read at build time and stored
/// beside the precompiled patterns; a process takes them from there instead of reading every
/// pattern again. The stored readings must be the reading itself, on every pattern of every
/// registered language, and a table written by other code must be ignored.
/// </summary>
public sealed class StoredRequiredLiteralsTests
{
    [Fact]
    public void BuildTableHoldsEveryLexiconPatternOfEveryLanguageAsTheReading()
    {
        var stored = PatternCatalog.PatternCatalog.LexiconRequiredLiterals().ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        Assert.Contains(new LanguageRegistry<IExtractionLexicon>().Languages, l => l == "lt");
        int read = 0;
        foreach (var lexicon in new LanguageRegistry<IExtractionLexicon>().All)
        {
            foreach (var rule in lexicon.Triggers)
            {
                // What a process reads at run time from the rule's own regex, options checked.
                var atRunTime = RequiredLiterals.Read(rule.Regex);
                Assert.True(stored.TryGetValue(rule.Regex.ToString(), out var text), $"{lexicon.Language} {rule.Name}: not stored");
                var back = RequiredLiterals.Deserialize(text!);
                Assert.Equal(atRunTime.MaxLiteralStart, back.MaxLiteralStart);
                Assert.Equal(atRunTime.Literals, back.Literals);
                read += back.Literals is null ? 0 : 1;
            }
        }

        foreach (var (pattern, text) in stored)
        {
            var fresh = RequiredLiterals.ReadPattern(pattern);
            var back = RequiredLiterals.Deserialize(text);
            Assert.Equal(fresh.MaxLiteralStart, back.MaxLiteralStart);
            Assert.Equal(fresh.Literals, back.Literals);
        }

        // Most trigger patterns have literals (a table of "-" everywhere would pass the loops above).
        Assert.True(read > stored.Count / 4, $"{read} trigger rules read of {stored.Count} patterns");
    }

    [Fact]
    public void EveryTriggerRuleAnswersAsItsPatternReads()
    {
        foreach (var lexicon in new LanguageRegistry<IExtractionLexicon>().All)
        {
            foreach (var rule in lexicon.Triggers)
            {
                var fresh = RequiredLiterals.ReadPattern(rule.Regex.ToString());
                var read = RequiredLiterals.Read(rule.Regex);
                Assert.Equal(fresh.MaxLiteralStart, read.MaxLiteralStart);
                Assert.Equal(fresh.Literals, read.Literals);
            }
        }
    }

    [Fact]
    public void ReadingsWithAnyCharacterSurviveTheStoredForm()
    {
        // "; " and ":" inside literals, an unknown bound, no reading at all.
        foreach (var pattern in new[] { @"\b(killed|wounded): (\d+)", @"[\w-]+ killed;( at least)? \d+", @"\w+", @"\b(air ?strikes?)\b", "(?i)shell" })
        {
            var fresh = RequiredLiterals.ReadPattern(pattern);
            var back = RequiredLiterals.Deserialize(RequiredLiterals.Serialize(fresh));
            Assert.Equal(fresh.MaxLiteralStart, back.MaxLiteralStart);
            Assert.Equal(fresh.Literals, back.Literals);
        }

        Assert.Equal((null, null), RequiredLiterals.Deserialize(RequiredLiterals.Serialize(RequiredLiterals.ReadPattern(@"\w+"))));
        Assert.Equal(["killed: ", "wounded: "], RequiredLiterals.Deserialize(RequiredLiterals.Serialize(RequiredLiterals.ReadPattern(@"\b(killed|wounded): (\d+)"))).Literals);
    }

    [Fact]
    public void TableOfTheSameCodeIsUsedAndAnyOtherIgnored()
    {
        // A pattern of its own (no lexicon has it), so tests reading lexicons meanwhile are not affected.
        var regex = new Regex(@"\b(storedtest(ed|ing)?)\b");
        var altered = RequiredLiterals.Serialize((["altered"], 3));
        string? Lookup(string p) => p == regex.ToString() ? altered : null;
        try
        {
            PrecompiledAnalyses.Register(RequiredLiterals.AnalysisKind, "0000000000000000", Lookup);
            Assert.Equal(["storedtest"], RequiredLiterals.Of(regex));

            PrecompiledAnalyses.Register(RequiredLiterals.AnalysisKind, RequiredLiterals.CodeFingerprint, Lookup);
            Assert.Equal(["altered"], RequiredLiterals.Of(regex));
            Assert.Equal(3, RequiredLiterals.Read(regex).MaxLiteralStart);

            // Options the reader cannot answer for are checked before any table.
            Assert.Null(RequiredLiterals.Of(new Regex(regex.ToString(), RegexOptions.IgnoreCase)));
        }
        finally
        {
            PrecompiledAnalyses.Unregister(RequiredLiterals.AnalysisKind);
        }
    }
}
