using Concord.Model;
using Concord.Segmenting;
using Concord.Temporal;
using Concord.Temporal.Engine;
using Concord.Temporal.Languages;

namespace Concord.Tests.Temporal;

/// <summary>
/// The tagger tries a composed range only where <see cref="RangeReach"/> says its joiner and
/// second half can follow; where it says no, the range's pattern must never match.
/// </summary>
public class RangeReachTests
{
    [Theory]
    [InlineData("003", "en")]
    [InlineData("002", "en")]
    [InlineData("004", "en")]
    [InlineData("001", "lv")]
    [InlineData("000", "lt")]
    public void NoRangeMatchesWhereItsReachSaysNo(string doc, string language)
    {
        var text = TestPaths.CorpusText(doc);
        TemporalLanguage lang = language switch { "en" => new EnTemporal(), "lv" => new LvTemporal(), _ => new LtTemporal() };
        var (skipped, matched) = CheckEveryStart(text, lang);
        Assert.True(skipped > matched, $"{skipped} starts ruled out, {matched} ranges matched");
    }

    [Theory]
    [InlineData("003", "en")]
    [InlineData("001", "lv")]
    [InlineData("000", "lt")]
    public void AMemoSharedByAscendingStartsAnswersAsAFreshOne(string doc, string language)
    {
        // The memo reads a stretch's joiners only as far as the latest start needs; every token
        // start must get the answer a reading from that start alone gives.
        var text = TestPaths.CorpusText(doc);
        TemporalLanguage lang = language switch { "en" => new EnTemporal(), "lv" => new LvTemporal(), _ => new LtTemporal() };
        var reach = lang.Rules.Single(r => r.Reach is not null).Reach!;
        var shared = default(RangeReach.Memo);
        int yes = 0, no = 0;
        for (int at = 0; at < text.Length; at++)
        {
            if (!char.IsLetterOrDigit(text[at]) || (at > 0 && char.IsLetterOrDigit(text[at - 1]) && char.IsDigit(text[at - 1]) == char.IsDigit(text[at])))
            {
                continue;
            }

            var fresh = default(RangeReach.Memo);
            bool expected = reach.CouldMatchAt(text, at, ref fresh);
            Assert.True(expected == reach.CouldMatchAt(text, at, ref shared), $"{doc} at {at}: \"{text.Substring(at, Math.Min(40, text.Length - at))}\"");
            (yes, no) = expected ? (yes + 1, no) : (yes, no + 1);
        }

        Assert.True(yes > 0 && no > 0, $"{yes} starts could open a range, {no} could not");
    }

    [Fact]
    public void NoRangeMatchesWhereItsReachSaysNoInTheSamples()
    {
        int matched = 0, skipped = 0;
        foreach (var file in Directory.GetFiles(TestPaths.Samples, "*.txt", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            foreach (TemporalLanguage lang in new TemporalLanguage[] { new EnTemporal(), new LvTemporal(), new LtTemporal() })
            {
                var (s, m) = CheckEveryStart(text, lang);
                (skipped, matched) = (skipped + s, matched + m);
            }
        }

        Assert.True(matched > 0 && skipped > matched, $"{skipped} starts ruled out, {matched} ranges matched");
    }

    [Fact]
    public void AnIsoDateIsNoRangeButAYearSpanIs()
    {
        // From 003's references and body ("Two years later, between 1 and 5 April 2016, heavy fighting along the Nagorno-Karabakh front").
        var en = new EnTemporal();
        var range = en.Rules.Single(r => r.Name == "en-range");
        const string reference = "Archived from the original on 2014-07-31. Retrieved 2014-08-02.";
        const string body = "Two years later, between 1 and 5 April 2016, heavy fighting along the front";
        var memo = default(RangeReach.Memo);
        int iso = reference.IndexOf("2014-08-02", StringComparison.Ordinal);
        Assert.False(range.Reach!.CouldMatchAt(reference, iso, ref memo));
        Assert.Null(range.Regex.Span(reference, iso));

        memo = default;
        int between = body.IndexOf("between", StringComparison.Ordinal);
        Assert.True(range.Reach.CouldMatchAt(body, between, ref memo));
        Assert.Equal("between 1 and 5 April 2016", body.Substring(between, range.Regex.Span(body, between)!.Value.Length));

        // The tagger still reads the span as one range of days.
        var doc = new DocumentSegmenter().Segment(new SourceDocument("t.txt", "t.txt", "txt", body, "", body.Length));
        doc = doc with { Sentences = doc.Sentences.Select(s => s with { Language = "en" }).ToList() };
        var found = Assert.Single(new TemporalTagger().Tag(doc));
        Assert.Equal(("between 1 and 5 April 2016", "2016-04-01", "2016-04-05"), (found.Text, found.RangeStart, found.RangeEnd));
    }

    private static (int Skipped, int Matched) CheckEveryStart(string text, TemporalLanguage lang)
    {
        int skipped = 0, matched = 0;
        for (int r = 0; r < lang.Rules.Count; r++)
        {
            if (lang.Rules[r].Reach is not { } reach)
            {
                continue;
            }

            var memo = default(RangeReach.Memo);
            for (int at = 0; at < text.Length; at++)
            {
                // Token starts, in ascending order as the tagger tries them.
                if (!char.IsLetterOrDigit(text[at]) || (at > 0 && char.IsLetterOrDigit(text[at - 1]) && char.IsDigit(text[at - 1]) == char.IsDigit(text[at])))
                {
                    continue;
                }

                bool found = lang.Rules[r].Regex.Span(text, at) is not null;
                if (!reach.CouldMatchAt(text, at, ref memo))
                {
                    skipped++;
                    Assert.False(found, $"{lang.Rules[r].Name} matches at {at} (\"{text.Substring(at, Math.Min(40, text.Length - at))}\") but its reach said no");
                }
                else if (found)
                {
                    matched++;
                }
            }
        }

        return (skipped, matched);
    }
}
