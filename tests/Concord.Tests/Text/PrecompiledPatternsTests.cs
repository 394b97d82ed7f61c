using System.Text.RegularExpressions;
using Concord.Extraction.Lexicons;
using Concord.Languages;
using Concord.PatternCatalog;
using Concord.Patterns;
using Concord.Temporal.Engine;

namespace Concord.Tests.Text;

public class PrecompiledPatternsTests
{
    [Fact]
    public void CatalogListsTheDateRulesAndTriggersOfEveryRegisteredLanguage()
    {
        var listed = PatternCatalog.PatternCatalog.All().Select(e => (e.Pattern, e.Options)).ToHashSet();
        var languages = new LanguageRegistry<TemporalLanguage>().All.ToList();
        Assert.Contains(languages, l => l.Language == "lv");
        foreach (var language in languages)
        {
            Assert.NotEmpty(language.Rules);
            Assert.All(language.Rules, r => Assert.Contains((r.Regex.ToString(), r.Regex.Options), listed));
            Assert.All(language.Rules.Where(r => r.Joiner is not null), r => Assert.Contains((r.Joiner!.ToString(), r.Joiner.Options), listed));
        }

        foreach (var lexicon in new LanguageRegistry<IExtractionLexicon>().All)
        {
            Assert.All(lexicon.Triggers, t => Assert.Contains((t.Regex.ToString(), t.Regex.Options), listed));
            Assert.Contains((lexicon.DeathCue.ToString(), lexicon.DeathCue.Options), listed);
        }
    }

    [Fact]
    public void GeneratedLiteralReadsBackAsThePattern()
    {
        // A Latvian month form with diacritics, quotes and backslashes: escaped to ASCII, read back the same.
        const string pattern = "\\G(?:janvār[iī]|\"x\"|\\d{4})";
        var literal = GeneratedSource.Literal(pattern);
        Assert.All(literal, c => Assert.InRange(c, ' ', '~'));
        Assert.Equal(pattern, Regex.Unescape(literal[1..^1].Replace("\\\"", "\"")));
    }

    [Fact]
    public void RegisteredPatternRunsInPlaceOfTheInterpretedOneWithTheSameMatches()
    {
        // A real date rule, its precompiled engine stood in for by a compiled regex of the same pattern.
        var rule = new LanguageRegistry<TemporalLanguage>().For("en")!.Rules.First(r => r.Regex.ToString().Length < 2000);
        var pattern = rule.Regex.ToString();
        var engine = new Regex(pattern, rule.Regex.Options | RegexOptions.Compiled);
        var text = TestPaths.CorpusText("003");
        var starts = Enumerable.Range(0, text.Length).Where(i => i == 0 || !char.IsLetterOrDigit(text[i - 1])).ToList();
        TieredRegex precompiled;
        PrecompiledPatterns.Register([new((pattern, rule.Regex.Options), () => engine)]);
        try
        {
            precompiled = new TieredRegex(pattern, rule.Regex.Options | RegexOptions.Compiled);
        }
        finally
        {
            PrecompiledPatterns.Register([]);
        }

        var interpreted = new TieredRegex(pattern, rule.Regex.Options);
        Assert.True(precompiled.IsPrecompiled);
        Assert.False(precompiled.StaysInterpreted);
        Assert.False(interpreted.IsPrecompiled);
        var expected = starts.Select(i => interpreted.Span(text, i)).ToList();
        Assert.Contains(expected, s => s is not null);
        Assert.Equal(expected, starts.Select(i => precompiled.Span(text, i)).ToList());
        Assert.Equal(starts.Select(i => interpreted.Match(text, i).Value), starts.Select(i => precompiled.Match(text, i).Value));
    }

    [Fact]
    public void TableRegisteredOnFirstUseIsBuiltByTheFirstLookupAndOnlyOnce()
    {
        // A real Latvian date rule: an export never builds one, so it must never pay for the table.
        var rule = new LanguageRegistry<TemporalLanguage>().For("lv")!.Rules.First(r => r.Regex.ToString().Length < 2000);
        var pattern = rule.Regex.ToString();
        var engine = new Regex(pattern, rule.Regex.Options | RegexOptions.Compiled);
        int registrations = 0;
        try
        {
            PrecompiledPatterns.RegisterOnFirstUse(() =>
            {
                registrations++;
                PrecompiledPatterns.Register([new((pattern, rule.Regex.Options), () => engine)]);
            });
            Assert.Equal(0, registrations);
            Assert.Same(engine, PrecompiledPatterns.Find(pattern, rule.Regex.Options));
            Assert.Same(engine, PrecompiledPatterns.Find(new Regex(pattern, rule.Regex.Options)));
            Assert.Equal(1, PrecompiledPatterns.Count);
            Assert.Equal(1, registrations);
        }
        finally
        {
            PrecompiledPatterns.Register([]);
        }

        Assert.Null(PrecompiledPatterns.Find(pattern, rule.Regex.Options));
    }
}
