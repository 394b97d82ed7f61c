using Concord.Model;

namespace Concord.Tests.Extraction;

/// <summary>
/// Event attributes a careful coder reads from the rest of the document: the document's own
/// latest date, a finer date told later, the country around a region, the partner or aside that is
/// not the place.
/// </summary>
public sealed class EventAttributeRound2Tests
{
    [Fact]
    public void PresentEndsWhenTheDocumentSaysItWasWrittenNotAtTheMachineClock()
    {
        // Doc 004 has no date of its own, but its infobox says "Date 20 February 1988 – present
        // (36 years, 2 months and 1 week)": it was written in 2024.
        var e = CorpusAnalysis.MentionsIn("004", "Border crisis: 2021–present", MentionKind.Event).First();
        Assert.Equal(("2021", "2024"), (e.DateStart, e.DateEnd));
    }

    [Fact]
    public void ADecadeRunningPastTheDocumentEndsWithIt()
    {
        var e = Assert.Single(CorpusAnalysis.MentionsIn("004", "from which the Armenian population was expelled during the 2020s", MentionKind.Event));
        Assert.Equal(("2020", "2024"), (e.DateStart, e.DateEnd));
    }

    [Fact]
    public void AVagueStartIsNarrowedByTheHeadingsSpan()
    {
        // Under the heading "First Nagorno-Karabakh War (1988–1994)".
        var e = CorpusAnalysis.MentionsIn("003", "was an armed conflict that took place in the late 1980s to May 1994", MentionKind.Event).First();
        Assert.Equal(("1988", "1994-05"), (e.DateStart, e.DateEnd));
    }

    [Fact]
    public void AnActDatedOnlyByTheHeadingTakesTheDateTheSectionGivesItLater()
    {
        // "… voted to unify the region with Armenia on 20 February 1988" follows in the next paragraph.
        var e = Assert.Single(CorpusAnalysis.MentionsIn("003", "The enclave's parliament had voted in favor of uniting with Armenia.", MentionKind.Event));
        Assert.Equal(("1988-02-20", "1988-02-20"), (e.DateStart, e.DateEnd));
    }

    [Fact]
    public void ADayOfFightingStretchesOverTheDaysTheClauseSaysItLasted()
    {
        var e = CorpusAnalysis.MentionsIn("003", "On 2 August, Azerbaijani authorities announced that eight of their soldiers had been killed in three days of clashes", MentionKind.Event).First();
        Assert.Equal(("2014-07-31", "2014-08-02"), (e.DateStart, e.DateEnd));
    }

    [Fact]
    public void TerritoryOutsideTheEnclaveIsInTheCountryAroundIt()
    {
        var en = CorpusAnalysis.MentionsIn("003", "In the spring of 1993, Armenian forces captured territory outside the enclave itself", MentionKind.Event).First();
        Assert.Equal("Azerbaijan", en.Location!.Name);
        var lv = CorpusAnalysis.MentionsIn("001", "1992. gada pavasarī armēņu spēki sagrāba teritoriju ārpus paša anklāva", MentionKind.Event).First();
        Assert.Equal("Azerbaijan", lv.Location!.Name);
    }

    [Fact]
    public void ALatvianIndeclinableCapitalClosingTheClauseIsWhere()
    {
        var events = CorpusAnalysis.MentionsIn("001", "kas noveda pie masu nekārtībām un cīņas par varu Baku.", MentionKind.Event);
        Assert.Contains(events, e => e.Location?.Name == "Baku");
    }

    [Fact]
    public void APartnerAndATitleAreNotWhereTheOperationWas()
    {
        // "the Delegation for relations with the South Caucasus", "Standing Rapporteur on Armenia":
        // neither is where; the section heading "Border crisis (2021–present)" is.
        var e = CorpusAnalysis.MentionsIn("004", "called the military operation launched by Azerbaijan on 16 November 2021", MentionKind.Event).First();
        Assert.Equal("Armenia–Azerbaijan border", e.Location!.Name);
    }

    [Fact]
    public void ALatvianSubjectAfterTheVerbLocatesTheStatesAct()
    {
        var e = Assert.Single(CorpusAnalysis.MentionsIn("001", "Karastāvokli un daļēju mobilizāciju izsludināja arī Azerbaidžāna.", MentionKind.Event));
        Assert.Equal("Azerbaijan", e.Location!.Name);
    }

    [Fact]
    public void LatvianWentToRuinIsADeath()
    {
        var e = CorpusAnalysis.MentionsIn("001", "ziņoja, ka Azerbaidžānas uzbrukuma dēļ bojā gājuši vismaz 49 cilvēki", MentionKind.Event).First();
        Assert.Equal((49, (int?)null), (e.Fatalities!.Low, e.Fatalities.High));
    }
}
