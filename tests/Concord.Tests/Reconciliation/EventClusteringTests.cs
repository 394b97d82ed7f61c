using System.Text.Json;
using Concord.Reconciliation.Evaluation;
using Concord.Reconciliation.Events;

namespace Concord.Tests.Reconciliation;

public class EventClusteringTests
{
    private static ReconciledEvent EventOf(string mentionId) =>
        GoldCorpus.Result.Events.Single(e => e.Mentions.Any(m => m.Id == mentionId));

    [Theory]
    [InlineData("1994 ceasefire", "000-e003", "001-e106", "003a-e025", "004-e041")]
    [InlineData("April 2016 four-day war", "000-e005", "001-e140", "003a-e050", "004-e015")]
    [InlineData("2020 war", "000-e006", "001-e165", "003b-e007", "004-e042")]
    [InlineData("November 2020 agreement", "000-e007", "001-e170", "003a-e009", "004-e017")]
    [InlineData("20 February 1988 vote", "001-e049", "003a-e013", "004-e029")]
    [InlineData("Azerbaijan declares martial law", "001-e167", "003b-e003", "004-e044")]
    public void OccurrenceToldInThreeOrMoreDocumentsBecomesOneEvent(string what, params string[] mentionIds)
    {
        var ev = EventOf(mentionIds[0]);
        Assert.All(mentionIds, id => Assert.Contains(ev.Mentions, m => m.Id == id));
        Assert.True(ev.SourceCount >= 3, what);

        // The Wikipedia article and its kids' copy count once.
        Assert.Equal(ev.Mentions.Select(m => GoldCorpus.Result.Copies.GroupOf(m.Doc)).Distinct().Count(), ev.IndependentSources);
        Assert.True(ev.IndependentSources < ev.SourceCount || !ev.Mentions.Any(m => m.Doc.StartsWith("004", StringComparison.Ordinal)));
    }

    [Fact]
    public void JulyBorderClashesAndShushaCaptureStayApartFromThe2020War()
    {
        var war = EventOf("001-e165");
        Assert.DoesNotContain(war.Mentions, m => m.Id == "001-e164");
        Assert.DoesNotContain(war.Mentions, m => m.Id == "001-e171");
    }

    [Fact]
    public void ClusteringAgreesWithGoldClustersPairwise()
    {
        var events = GoldCorpus.Result.Events;
        var predicted = events.Select(e => (IReadOnlyCollection<string>)e.Mentions.Select(m => m.Id).ToList()).ToList();
        var gold = File.ReadLines(Path.Combine(TestPaths.Shared, "eval", "gold", "clusters.jsonl"))
            .Select(l => (IReadOnlyCollection<string>)JsonDocument.Parse(l).RootElement.GetProperty("members").EnumerateArray().Select(x => x.GetString()!).ToList())
            .ToList();
        var universe = GoldCorpus.Mentions.Where(m => m.Kind == Concord.Model.MentionKind.Event).Select(m => m.Id).ToHashSet();

        var score = PairwiseScore.Compute(predicted, gold, universe);

        Assert.True(score.Precision >= 0.8, score.ToString());
        Assert.True(score.Recall >= 0.7, score.ToString());
    }

    [Fact]
    public void ReconciledDateIsTheMajorityDateWithTheCompetingOneListed()
    {
        var agreement = EventOf("000-e007");
        Assert.Equal("2020-11-09", agreement.Date.ToString());
        var competing = Assert.Single(agreement.CompetingDates);
        Assert.Equal("2020-11-10", competing.Date.ToString());
        Assert.Contains(competing.Statements, q => q.MentionId == "003a-e009");

        // Sources keep their quotes in the original language: Lithuanian, Latvian and English.
        Assert.Contains(agreement.Sources, q => q.Quote == "2020 m lapkricio 9d pasirasyta taikos sutartis");
        Assert.Contains(agreement.Sources, q => q.Doc == GoldCorpus.DocName("001") && q.Quote.Contains("9. novembrī", StringComparison.Ordinal));
        Assert.Contains(agreement.Sources, q => q.Quote.Contains("ceasefire agreement on November 10, 2020", StringComparison.Ordinal));
        Assert.Equal(3, agreement.IndependentSources);
        Assert.Equal(4, agreement.SourceCount);
    }

    [Fact]
    public void WarIsDatedByItsSpanNotTheDayItBegan()
    {
        // "began on the morning of 27 September" (001, 003, 004) and "27 September – 10 November 2020" (003).
        var war = EventOf("003b-e007");
        Assert.Contains(war.Mentions, m => m.Id == "003b-e001" && m.DateStart == "2020-09-27" && m.DateEnd == "2020-09-27");
        Assert.Equal("2020-09-27..2020-11-10", war.Date.ToString());
        Assert.Empty(war.CompetingDates);
    }

    [Fact]
    public void TollOfTheFourDayWarFollowsUcdpLowBestHigh()
    {
        // 001 says 119–180, 003 says 129–190 and (another section) 200; 004 copies 003 and states none.
        var war = EventOf("003a-e050");
        Assert.NotNull(war.Deaths);
        Assert.Equal(119, war.Deaths!.Low);
        Assert.Equal(200, war.Deaths.High);

        // Best: median over independent sources of each source's median point (001: 149.5; 003: median of 159.5 and 200).
        Assert.Equal((int)Math.Round((149.5 + 179.75) / 2, MidpointRounding.AwayFromZero), war.Deaths.Best);
    }

    [Fact]
    public void DateSimilarityComparesAtTheCoarserPrecision()
    {
        var may1994 = DateInterval.Parse("1994-05", "1994-05")!.Value;
        var may12 = DateInterval.Parse("1994-05-12", null)!.Value;
        var year2016 = DateInterval.Parse("2016", null)!.Value;
        Assert.True(EventSimilarity.DateSimilarity(may1994, may12) > 0.8);
        Assert.Equal(0, EventSimilarity.DateSimilarity(may1994, year2016));
        Assert.False(DateAgreement.Conflict(may1994, may12));
        Assert.True(DateAgreement.Conflict(DateInterval.Parse("2020-11-09", null)!.Value, DateInterval.Parse("2020-11-10", null)!.Value));
    }
}
