using Concord.Temporal.Engine;
using Concord.Temporal.Languages;

namespace Concord.Tests.Temporal;

/// <summary>
/// A rule's hand-written reader (<see cref="TemporalRule.Reader"/>) answers only what the rule's
/// pattern would answer: wherever it says "no match" the pattern finds none, and wherever it reads
/// a match the pattern matches the same span. Checked at every start of the corpus, the samples
/// and the TempEval-3 texts, not only at the starts the tagger tries.
/// </summary>
public class RuleReaderTests
{
    private static readonly TemporalLanguage[] WithReaders = [new EnTemporal()];

    [Fact]
    public void ReadersAgreeWithTheirPatternsAtEveryStartOfTheCorpusSamplesAndTempEval()
    {
        var texts = Directory.GetFiles(TestPaths.KarabakhCorpus, "*.txt")
            .Concat(Directory.GetFiles(TestPaths.Samples, "*.txt", SearchOption.AllDirectories))
            .Concat(Directory.GetFiles(Path.Combine(TestPaths.Shared, "eval", "tempeval3", "text"), "*.txt"))
            .Select(File.ReadAllText)
            .ToList();
        Assert.True(texts.Count >= 30);
        foreach (var language in WithReaders)
        {
            var readers = language.Rules.Where(r => r.Reader is not null).ToList();
            Assert.NotEmpty(readers);
            foreach (var rule in readers)
            {
                int read = 0, rejected = 0;
                foreach (var text in texts)
                {
                    var (r, n) = Compare(rule, text);
                    read += r;
                    rejected += n;
                }

                // The reader must answer most starts itself, or it saves nothing.
                Assert.True(read > 500, $"{rule.Name}: {read} matches read by the reader");
                Assert.True(rejected > 10_000, $"{rule.Name}: {rejected} starts rejected by the reader");
            }
        }
    }

    [Theory]
    [InlineData("In 1994 a ceasefire; 1994-95 and 1988–1994, the 1990s, 2020% and 1994 % and 1994‰, 62/1994, 1994/5, x1994 and 1994x.")]
    [InlineData("Pages 1.1994, 1994.5, 1994,5 and 1994:3, a-1994 and 1994-b, 3-1994 and 1994-3, _1994 and 1994_, 21994 and 19941 and 2294.")]
    [InlineData("Years 1000, 2199, 2200, 999 and 0994, 1994 . and 1994,\u00A0and 1994\u00A0%, early 1994, mid-1994, A1994, ²1994, 1994² and 1994")]
    [InlineData("Arabic-Indic digits: 1٩٩4 and ١٩٩٤ and 19٩4, 2٠10.")]
    public void ReadersAgreeWithTheirPatternsOnTrickyForms(string text)
    {
        foreach (var rule in WithReaders.SelectMany(l => l.Rules).Where(r => r.Reader is not null))
        {
            var (read, rejected) = Compare(rule, text);
            Assert.True(read + rejected > 0);
        }
    }

    /// <summary>Checks every start of <paramref name="text"/>; returns how many starts the reader matched and rejected itself.</summary>
    private static (int Read, int Rejected) Compare(TemporalRule rule, string text)
    {
        int read = 0, rejected = 0;
        for (int at = 0; at < text.Length; at++)
        {
            int length = rule.Reader!(text, at);
            if (length == YearReader.Unknown)
            {
                continue;
            }

            var expected = rule.Regex.Span(text, at);
            if (length == YearReader.NoMatch)
            {
                Assert.True(expected is null, $"{rule.Name} at {at}: the reader found no match, the pattern {expected} in «{Around(text, at)}»");
                rejected++;
            }
            else
            {
                Assert.True(expected == (at, length), $"{rule.Name} at {at}: the reader read {length} chars, the pattern {expected} in «{Around(text, at)}»");
                read++;
            }
        }

        return (read, rejected);
    }

    private static string Around(string text, int at) => text.Substring(Math.Max(0, at - 20), Math.Min(text.Length, at + 20) - Math.Max(0, at - 20));
}
