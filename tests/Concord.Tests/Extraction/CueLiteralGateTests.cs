using System.Text.RegularExpressions;
using Concord.Extraction.Lexicons;
using Concord.Languages;

namespace Concord.Tests.Extraction;

/// <summary>
/// The cue patterns of the extraction lexicons (cause of outcome, death cues, date cues …) run only
/// on text holding one of the literals read from them. These tests check that gate on real text.
/// </summary>
public sealed class CueLiteralGateTests
{
    [Fact]
    public void TheCauseOfOutcomeCueNeedsOneOfItsWords()
    {
        var cause = new EnExtractionLexicon().CauseOfOutcome;
        var literals = RequiredLiterals.Of(cause);
        Assert.NotNull(literals);

        // 003, folded: the outcome is the displacement, the conflict only its cause.
        const string clause = "800,000 azerbaijanis from armenia and karabakh have been displaced as a result of the conflict";
        Assert.Matches(cause, clause);
        Assert.Contains(literals, l => clause.Contains(l, StringComparison.Ordinal));

        // A clause without any of them cannot match, so the regex need not run on it.
        const string without = "on 12 may 1994 the ceasefire was signed in bishkek";
        Assert.DoesNotContain(literals, l => without.Contains(l, StringComparison.Ordinal));
        Assert.DoesNotMatch(cause, without);
    }

    [Fact]
    public void EveryCueMatchInTheCorpusHoldsOneOfTheCuesLiterals()
    {
        // Soundness on real text: for every Regex of every language's extraction and date-cue
        // lexicon, on every folded line of the corpus and the Georgia samples, a line the regex
        // matches holds one of the literals the gate looks for.
        var files = Directory.GetFiles(TestPaths.KarabakhCorpus)
            .Concat(Directory.GetFiles(Path.Combine(TestPaths.Samples, "georgia-2008")));
        var raw = files.SelectMany(File.ReadLines).Where(l => l.Length > 0).ToList();
        var folded = raw.Select(TextFolding.Fold).ToList();
        var lexicons = new LanguageRegistry<IExtractionLexicon>().All.Cast<object>()
            .Concat(new LanguageRegistry<IDateCueLexicon>().All);
        int gated = 0, matches = 0;
        foreach (var lexicon in lexicons)
        {
            foreach (var property in lexicon.GetType().GetProperties().Where(p => p.PropertyType == typeof(Regex)))
            {
                var regex = (Regex)property.GetValue(lexicon)!;
                if (RequiredLiterals.Of(regex) is not { } literals)
                {
                    continue;
                }

                gated++;
                foreach (var line in raw.Concat(folded))
                {
                    if (regex.IsMatch(line))
                    {
                        matches++;
                        Assert.True(literals.Any(l => line.Contains(l, StringComparison.Ordinal)), $"{lexicon.GetType().Name}.{property.Name} matches without its literals: {line}");
                    }
                }
            }
        }

        Assert.True(gated > 50, $"only {gated} cue patterns could be read");
        Assert.True(matches > 1000, $"only {matches} cue matches in the corpus");
    }
}
