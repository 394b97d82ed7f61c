using Concord.Model;
using Concord.Reconciliation;

namespace Concord.Tests.Reconciliation;

public class CopyDetectionTests
{
    [Fact]
    public void EssayStatesEachOfItsThreeParagraphsOnce()
    {
        var essay = GoldCorpus.DocName("000");
        var text = TestPaths.CorpusText("000");
        var repeats = GoldCorpus.Result.Copies.Repeats.Where(r => r.Doc == essay).ToList();

        // Three paragraphs pasted six times: five later copies of each point back to the first.
        foreach (var opening in new[] { "Senoveje Kalnu Karabacho teritorija buvo Armenija.", "Nuo 1994 iki 2020 vyko nepastovios atakos", "Azerbaidzanieciams sitas karas yra del teritorijos." })
        {
            int first = text.IndexOf(opening, StringComparison.Ordinal);
            var copies = repeats.Where(r => text.AsSpan(r.Span.Start).StartsWith(opening)).ToList();
            Assert.Equal(5, copies.Count);
            Assert.All(copies, r => Assert.Equal(first, r.FirstSpan.Start));
            Assert.All(copies, r => Assert.True(r.Span.Start > first));
        }
    }

    [Fact]
    public void MentionsInPastedCopiesAreFlaggedAsRepeatsOfTheFirst()
    {
        // An extractor that reads every copy finds the 9 November signing six times.
        var essay = GoldCorpus.DocName("000");
        var text = TestPaths.CorpusText("000");
        var first = GoldCorpus.Gold("000-e007");
        Assert.Equal("2020 m lapkricio 9d pasirasyta taikos sutartis", first.Quote);
        var mentions = new List<Mention> { first };
        for (int at = text.IndexOf(first.Quote, first.Span.End, StringComparison.Ordinal); at >= 0; at = text.IndexOf(first.Quote, at + 1, StringComparison.Ordinal))
        {
            mentions.Add(first with { Id = $"copy@{at}", Span = new TextSpan(at, at + first.Quote.Length) });
        }

        Assert.Equal(6, mentions.Count);
        var result = new Reconciler().Run(GoldCorpus.Documents.Values.ToList(), mentions);

        Assert.Null(result.Mentions[0].RepeatOf);
        Assert.All(result.Mentions.Skip(1), m => Assert.Equal("000-e007", m.RepeatOf));
        var ev = Assert.Single(result.Events);
        Assert.Equal(essay, Assert.Single(ev.Mentions).Doc);
    }

    [Fact]
    public void KidsEncyclopediaIsFoundToCopyTheWikipediaArticle()
    {
        var wiki = GoldCorpus.DocName("003");
        var kids = GoldCorpus.DocName("004");
        var copies = GoldCorpus.Result.Copies;

        var relation = Assert.Single(copies.Copies);
        Assert.Equal(kids, relation.Copy);
        Assert.Equal(wiki, relation.Source);
        Assert.True(relation.DirectionKnown);
        Assert.InRange(relation.ShareOfCopyInSource, 0.4, 0.9);
        Assert.InRange(relation.ShareOfSourceInCopy, 0.05, 0.3);
        Assert.Equal(copies.GroupOf(wiki), copies.GroupOf(kids));
        Assert.NotEqual(copies.GroupOf(wiki), copies.GroupOf(GoldCorpus.DocName("001")));
    }

    [Fact]
    public void RepeatedParagraphInsideTheKidsEncyclopediaIsFound()
    {
        var kids = GoldCorpus.DocName("004");
        var text = TestPaths.CorpusText("004");
        const string paragraph = "A Russian-brokered ceasefire was signed in May 1994 and peace talks";
        var repeat = Assert.Single(GoldCorpus.Result.Copies.Repeats, r => r.Doc == kids);
        Assert.Equal(text.IndexOf(paragraph, StringComparison.Ordinal), repeat.FirstSpan.Start);
        Assert.Equal(text.LastIndexOf(paragraph, StringComparison.Ordinal), repeat.Span.Start);
    }
}
