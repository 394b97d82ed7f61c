using System.Text.Json;
using Concord.Reconciliation.Disputes;

namespace Concord.Tests.Reconciliation;

public class DisputeTests
{
    private static Dispute DisputeWith(string a, string b) =>
        GoldCorpus.Result.Disputes.Single(d =>
            d.Sides.Any(s => s.Statements.Any(q => q.MentionId == a)) && d.Sides.Any(s => s.Statements.Any(q => q.MentionId == b))
            && !d.Sides.Any(s => s.Statements.Any(q => q.MentionId == a) && s.Statements.Any(q => q.MentionId == b)));

    [Fact]
    public void CeasefireSignedOnNinthVersusTenthNovemberIsADateDispute()
    {
        var d = DisputeWith("001-e170", "003a-e009");
        Assert.Equal("date", d.Attribute);
        var ninth = d.Sides.Single(s => s.Value == "2020-11-09");
        Assert.Contains(ninth.Statements, q => q.Quote == "2020 m lapkricio 9d pasirasyta taikos sutartis");
        Assert.Contains(d.Sides, s => s.Value == "2020-11-10");
        Assert.True(d.BetweenIndependentSources);

        // The most material dispute in the corpus: a date that three independent sources contest.
        Assert.Same(d, GoldCorpus.Result.Disputes[0]);
    }

    [Fact]
    public void TollOf2020Of7016To7045Versus7717IsAValueDispute()
    {
        var d = DisputeWith("003a-f008", "004-f008");
        Assert.Equal("value", d.Attribute);
        Assert.Contains(d.Sides, s => s.Statements.Any(q => q.Quote.StartsWith("7,045–7,016 killed (2020)", StringComparison.Ordinal)));
        Assert.Contains(d.Sides, s => s.Statements.Any(q => q.Quote == "7,717 killed (2020)"));
    }

    [Fact]
    public void DifferencesOfPrecisionOnlyAreNotDisputes()
    {
        // The 1994 ceasefire is dated 1994, May 1994 and 12 May 1994: agreement, not dispute.
        var ceasefire = GoldCorpus.Result.Events.Single(e => e.Mentions.Any(m => m.Id == "001-e106"));
        Assert.Contains(ceasefire.Mentions, m => m.DateStart == "1994");
        Assert.Contains(ceasefire.Mentions, m => m.DateStart == "1994-05");
        Assert.DoesNotContain(GoldCorpus.Result.Disputes, d => d.Subject == ceasefire.Id && d.Attribute == "date");
        Assert.Empty(ceasefire.CompetingDates);
    }

    [Fact]
    public void MostGoldDisputesAreFound()
    {
        int found = 0, total = 0;
        foreach (var line in File.ReadLines(Path.Combine(TestPaths.Shared, "eval", "gold", "disputes.jsonl")))
        {
            var sides = JsonDocument.Parse(line).RootElement.GetProperty("sides").EnumerateArray()
                .Select(s => s.GetProperty("members").EnumerateArray().Select(x => x.GetString()!).ToHashSet()).ToList();
            total++;
            bool hit = GoldCorpus.Result.Disputes.Any(d =>
                sides.Count(gs => d.Sides.Any(ps => ps.Statements.Any(q => gs.Contains(q.MentionId)))) >= 2
                && d.Sides.Count(ps => sides.Any(gs => ps.Statements.Any(q => gs.Contains(q.MentionId)))) >= 2);
            found += hit ? 1 : 0;
        }

        Assert.Equal(20, total);
        Assert.True(found >= 15, $"{found}/{total} gold disputes found");
    }
}
