using Concord.Extraction.Lexicons;
using Concord.Model;

namespace Concord.Tests.Extraction;

public sealed class FigureExtractionTests
{
    [Fact]
    public void FlattenedTableRowGivesOneFigurePerCell()
    {
        var figures = CorpusAnalysis.MentionsIn("003", "20107 soldiers[157]18 soldiers25 soldiers[74]", MentionKind.Figure);

        Assert.Equal([7d, 18d, 25d], figures.Select(f => f.ValueLow!.Value));
        Assert.All(figures, f => Assert.Equal("2010", f.PeriodStart));
    }

    [Fact]
    public void TableRowWithRangesOpenBoundsAndSecondNounsIsRead()
    {
        var figures = CorpusAnalysis.MentionsIn("003", "201110 soldiers[77]4+ soldiers,[74][76] 1 civilian[158]14+ soldiers, 1 civilian", MentionKind.Figure);

        Assert.Equal([10d, 4d, 1d, 14d, 1d], figures.Select(f => f.ValueLow!.Value));
        Assert.Null(figures[1].ValueHigh);
        Assert.Equal(10d, figures[0].ValueHigh);
    }

    [Fact]
    public void InfoboxCasualtyLineIsAKilledFigure()
    {
        var figures = CorpusAnalysis.MentionsIn("003", "28,000–38,000 killed (1988–1994)", MentionKind.Figure);

        Assert.Contains(figures, f => f.ValueLow == 28000 && f.Measure == "killed");
    }

    [Fact]
    public void InfoboxStrengthLineTakesItsMeasure()
    {
        var f = Assert.Single(CorpusAnalysis.MentionsIn("003", "2019: 66,950 (active servicemen)", MentionKind.Figure));

        Assert.Equal(66950, f.ValueLow);
        Assert.Equal("strength", f.Measure);
    }

    [Fact]
    public void YearlyTollInProseIsAFigureNotAnEvent()
    {
        const string sentence = "Throughout 2013, 12 Azerbaijani and 7 Armenian soldiers were killed in border clashes.";
        var figures = CorpusAnalysis.MentionsIn("003", sentence, MentionKind.Figure);

        Assert.Equal([12d, 7d], figures.Select(f => f.ValueLow!.Value));
        Assert.All(figures, f => Assert.Equal("killed", f.Measure));
        Assert.Empty(CorpusAnalysis.MentionsIn("003", sentence, MentionKind.Event));
    }

    [Fact]
    public void SpendingIsReadFromCurrency()
    {
        var figures = CorpusAnalysis.MentionsIn("003", "In FY 2018, Armenia received $4.2 million in U.S. security assistance.", MentionKind.Figure);

        Assert.Contains(figures, f => f.Measure == "spending");
    }

    [Fact]
    public void FoldingKeepsLengthAndDropsDiacritics()
    {
        Assert.Equal("pasirasyta taikos sutartis", TextFolding.Fold("Pasirašyta taikos sutartis"));
        Assert.Equal("nogalinati", TextFolding.Fold("nogalināti"));
        Assert.Equal("Žuvo".Length, TextFolding.Fold("Žuvo").Length);
    }

    [Fact]
    public void FoldingKeepsTheDashThatBreaksALatvianClause()
    {
        // Doc 001: the clause after the dash tells of the Soviet army, not of the Azerbaijani take-over;
        // the Latvian clause breaks (" — ", ", tacu ") are matched on the folded text.
        const string sentence = "Pēc tam azerbaidžāņi pamazām sāka pārņemt savā kontrolē pārējo teritoriju, taču nepaspēja — pēc mēneša iebrukušais padomju karaspēks";
        Assert.Contains(sentence, TestPaths.CorpusText("001"));

        var folded = TextFolding.Fold(sentence);

        Assert.Contains("tacu nepaspeja — pec menesa", folded);
        var breaks = new LvExtractionLexicon().ClauseBreak.Matches(folded).Select(m => m.Index);
        Assert.Contains(sentence.IndexOf(" — ", StringComparison.Ordinal), breaks);
    }
}
