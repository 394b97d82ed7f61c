using System.Text.RegularExpressions;
using Concord.Extraction.Lexicons;
using Concord.Languages;
using Concord.PatternCatalog;
using Concord.Patterns;
using Concord.Temporal.Engine;

namespace Concord.Tests.Text;

/// <summary>
/// These tests swap the process-wide pattern lookup, which every lexicon built by any other test
/// asks: run in parallel, another test's lookups landed in a lookup's list while an assertion read
/// it ("Collection was modified"), and other tests saw the swapped table. So they run alone.
/// </summary>
[CollectionDefinition(nameof(ProcessWidePatternLookup), DisableParallelization = true)]
public sealed class ProcessWidePatternLookup;

[Collection(nameof(ProcessWidePatternLookup))]
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
    public void LexiconTakesTheRegisteredPatternInsteadOfBuildingItsOwn()
    {
        // The English clause break and a trigger rule, their generated engines stood in for by compiled regexes of the same pattern.
        var reference = new EnExtractionLexicon();
        var clauseBreak = reference.ClauseBreak;
        var rule = reference.Triggers.First(t => t.Name == "en.shelling");
        var breakEngine = new Regex(clauseBreak.ToString(), clauseBreak.Options | RegexOptions.Compiled);
        var ruleEngine = new Regex(rule.Regex.ToString(), rule.Regex.Options | RegexOptions.Compiled);
        EnExtractionLexicon lexicon;
        PrecompiledPatterns.Register([new((clauseBreak.ToString(), clauseBreak.Options), () => breakEngine), new((rule.Regex.ToString(), rule.Regex.Options), () => ruleEngine)]);
        try
        {
            lexicon = new EnExtractionLexicon();
            Assert.Same(breakEngine, lexicon.ClauseBreak);
            Assert.Same(ruleEngine, lexicon.Triggers.First(t => t.Name == "en.shelling").Regex);
        }
        finally
        {
            PrecompiledPatterns.Register([]);
        }

        // Without the table the lexicon builds its own regex of the same pattern; both find the same breaks.
        Assert.NotSame(breakEngine, reference.ClauseBreak);
        var sentence = TextFolding.Fold("Six Armenian civilians also died in 2014, while by the end of the year the number of Azerbaijanis killed rose to 39 (37 soldiers and 2 civilians).");
        Assert.Contains(sentence, TextFolding.Fold(TestPaths.CorpusText("003")));
        Assert.Equal(reference.ClauseBreak.Matches(sentence).Select(m => m.Index), lexicon.ClauseBreak.Matches(sentence).Select(m => m.Index));
        Assert.Single(lexicon.ClauseBreak.Matches(sentence));
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

    [Fact]
    public void LookupRegisteredAsAFunctionIsAskedWithoutTheCompiledOption()
    {
        // The form the build generates (a switch on the pattern text): a real English trigger rule, asked
        // for as the lexicon builds it (Compiled) and answered only for its exact pattern and options.
        var rule = new EnExtractionLexicon().Triggers.First(t => t.Name == "en.shelling").Regex;
        var pattern = rule.ToString();
        var options = rule.Options & ~RegexOptions.Compiled;
        var engine = new Regex(pattern, options | RegexOptions.Compiled);
        var asked = new List<(string, RegexOptions)>();
        try
        {
            PrecompiledPatterns.Register((p, o) =>
            {
                asked.Add((p, o));
                return p == pattern && o == options ? engine : null;
            }, 1);
            Assert.Equal(1, PrecompiledPatterns.Count);
            Assert.Same(engine, PrecompiledPatterns.Find(pattern, options | RegexOptions.Compiled));
            Assert.Null(PrecompiledPatterns.Find(pattern, options | RegexOptions.RightToLeft));
            Assert.Same(engine, new EnExtractionLexicon().Triggers.First(t => t.Name == "en.shelling").Regex);
            Assert.Equal((pattern, options), asked[0]);
            Assert.DoesNotContain(asked, a => a.Item2.HasFlag(RegexOptions.Compiled));
        }
        finally
        {
            PrecompiledPatterns.Register([]);
        }

        Assert.Null(PrecompiledPatterns.Find(pattern, options));
    }

    [Fact]
    public void GeneratedLookupHasOneCasePerPatternAndOnePerOptionsUnderIt()
    {
        var entries = PatternCatalog.PatternCatalog.All().Take(40).ToList();
        var source = GeneratedSource.For(entries, [], "0", [], "0", "Concord.Generated", "Table");
        foreach (var group in entries.GroupBy(e => e.Pattern))
        {
            var at = source.IndexOf($"case {GeneratedSource.Literal(group.Key)}:", StringComparison.Ordinal);
            Assert.True(at >= 0, group.Key);
            Assert.Equal(at, source.LastIndexOf($"case {GeneratedSource.Literal(group.Key)}:", StringComparison.Ordinal));
            var body = source[at..source.IndexOf("return null;", at, StringComparison.Ordinal)];
            Assert.All(group, e => Assert.Contains($"case {(int)e.Options}: return P", body, StringComparison.Ordinal));
        }

        Assert.Contains("Concord.Patterns.PrecompiledPatterns.Register(Find, Count);", source, StringComparison.Ordinal);
        Assert.DoesNotContain("Table()", source, StringComparison.Ordinal);
    }
}
