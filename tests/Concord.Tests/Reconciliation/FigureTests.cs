namespace Concord.Tests.Reconciliation;

public class FigureTests
{
    [Fact]
    public void ArmenianSoldiersKilledIn2020IsOneFigureFromThreeStatements()
    {
        // lv: "... dzīvību zaudējuši 2996 armēņu karavīri", en: "3,439 Armenian soldiers", en (kids): "Armenia and Artsakh lost 3,825 troops".
        var figure = GoldCorpus.Result.Figures.Single(f => f.Mentions.Any(m => m.Id == "001-f038"));
        Assert.Equal(["001-f038", "003b-f067", "004-f014"], figure.Mentions.Select(m => m.Id).Order(StringComparer.Ordinal));
        Assert.Equal(2996, figure.Low);
        Assert.Equal(3825, figure.High);
        Assert.Equal(2, figure.IndependentSources);

        // Best: median of the sources' medians — 001: 2996; 003+004 (one source): median(3439, 3825) = 3632.
        Assert.Equal((2996 + 3632) / 2.0, figure.Best);
        Assert.True(figure.Disputed);
    }

    [Fact]
    public void FiguresOfDifferentSidesOrPeriodsStayApart()
    {
        var armenian = GoldCorpus.Result.Figures.Single(f => f.Mentions.Any(m => m.Id == "001-f038"));
        Assert.DoesNotContain(armenian.Mentions, m => m.Id == "001-f039"); // 2,783 Azerbaijani soldiers

        // "44 killed (2021–2022)" is not the 2020 toll, even though "about 6500 (2020–2023)" overlaps both.
        var total2020 = GoldCorpus.Result.Figures.Single(f => f.Mentions.Any(m => m.Id == "004-f008"));
        Assert.Contains(total2020.Mentions, m => m.Id == "003a-f008");
        Assert.DoesNotContain(total2020.Mentions, m => m.Id == "004-f009");
    }
}
