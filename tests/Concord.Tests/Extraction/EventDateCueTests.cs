using Concord.Model;

namespace Concord.Tests.Extraction;

/// <summary>
/// Dates an event takes from how the language relates it to a date told beside it: "shortly
/// after" a dated act, the end of the period when the war is told to end, the document's stated
/// onset for a vaguely started war, a night after a told day.
/// </summary>
public sealed class EventDateCueTests
{
    [Theory]
    [InlineData("003", "Inter-ethnic clashes between the two broke out shortly")]
    [InlineData("004", "Inter-ethnic clashes between the two broke out shortly")]
    [InlineData("001", "Starpetniskās sadursmes starp abām pusēm izcēlās neilgi")]
    public void ClashesShortlyAfterADatedVoteStartInItsMonthAndLieInItsYear(string doc, string quote)
    {
        // "… shortly after the parliament … voted to unify the region with Armenia on 20 February 1988."
        var e = CorpusAnalysis.MentionsIn(doc, quote, MentionKind.Event).First();
        Assert.Equal(("1988-02", "1988"), (e.DateStart, e.DateEnd));
    }

    [Fact]
    public void TheVoteItselfKeepsItsDay()
    {
        var vote = CorpusAnalysis.MentionsIn("003", "voted to unify the region with Armenia on 20 February 1988", MentionKind.Event)
            .Single(e => e.SubEventType == "Vote or resolution");
        Assert.Equal(("1988-02-20", "1988-02-20"), (vote.DateStart, vote.DateEnd));
    }

    [Fact]
    public void WhatTheWarsEndBroughtTakesTheEndOfItsSpan()
    {
        // Doc 000 (Lithuanian without diacritics): "1988–1994 m. tarp Armenijos ir Azerbaidzano vyko karas …"
        // then "Karas baigesi Azerbaidzano pralaimejimu, … atiteko Armenijos itakai."
        var e = CorpusAnalysis.MentionsIn("000", "Karas baigesi Azerbaidzano pralaimejimu", MentionKind.Event).First();
        Assert.Equal(("1994", "1994"), (e.DateStart, e.DateEnd));
        var war = CorpusAnalysis.MentionsIn("000", "1988–1994 m. tarp Armenijos ir Azerbaidzano vyko karas", MentionKind.Event).First();
        Assert.Equal(("1988", "1994"), (war.DateStart, war.DateEnd));
    }

    [Fact]
    public void AWarStartedInTheLateDecadeStartsWhenTheDocumentSaysTheConflictBegan()
    {
        // Doc 001 opens "Pašreizējais konflikts sākās 1988. gadā"; later the war "notika no 1980.
        // gadu beigām līdz 1994. gada maijam" (late 1980s = 1987–1989).
        var e = CorpusAnalysis.MentionsIn("001", "Kalnu Karabahas karš, kas pazīstams arī kā Arcahas atbrīvošanās karš", MentionKind.Event).First();
        Assert.Equal(("1988", "1994-05"), (e.DateStart, e.DateEnd));
    }

    [Theory]
    [InlineData("003", "Five more Azerbaijani troops were killed the following night")]
    [InlineData("001", "Nākamajā naktī tika nogalināti vēl pieci azerbaidžāņu karotāji")]
    public void KillingsTheFollowingNightSpanTheDayToldAndTheNext(string doc, string quote)
    {
        var e = CorpusAnalysis.MentionsIn(doc, quote, MentionKind.Event).First();
        Assert.Equal(("2014-08-02", "2014-08-03"), (e.DateStart, e.DateEnd));
    }

    [Fact]
    public void AWarNamedWithoutADateTakesTheSpanTheDocumentGivesIt()
    {
        // Doc 004's lead names "The First Nagorno-Karabakh War" after "the early 1990s"; its section
        // "First Nagorno-Karabakh War (1988–1994)" says it "took place in the late 1980s to May 1994".
        var e = Assert.Single(CorpusAnalysis.MentionsIn("004", "The First Nagorno-Karabakh War led to tens of thousands of casualties.", MentionKind.Event));
        Assert.Equal(("1988", "1994-05"), (e.DateStart, e.DateEnd));
    }

    [Fact]
    public void DuringTheNamedWarIsTheSpanItsSectionTellsFromOnsetToEndOfHostilities()
    {
        // "Second Nagorno-Karabakh War (2020)": "Large-scale fighting began on the morning of 27
        // September …" and "… ending all hostilities in the area from 10 November 2020".
        var e = CorpusAnalysis.MentionsIn("004", "since it took control of the Dadivank-Sotk section (in Kalbajar) during the Second Nagorno-Karabakh War (2020)", MentionKind.Event).First();
        Assert.Equal(("2020-09-27", "2020-11-10"), (e.DateStart, e.DateEnd));
        var captured = CorpusAnalysis.MentionsIn("004", "Azerbaijan also retained control over one-third of Nagorno-Karabakh proper that it had captured during the war", MentionKind.Event).First();
        Assert.Equal(("2020-09-27", "2020-11-10"), (captured.DateStart, captured.DateEnd));
    }

    [Fact]
    public void UnderTheWarsHeadingFailedCeasefiresSpanTheWarAndTheOneThatEndedItTakesItsEnd()
    {
        var failed = CorpusAnalysis.MentionsIn("004", "Three ceasefires brokered by Russia, France, and the United States failed to stop the conflict.", MentionKind.Event).First();
        Assert.Equal(("2020-09-27", "2020-11-10"), (failed.DateStart, failed.DateEnd));
        var signed = CorpusAnalysis.MentionsIn("004", "a ceasefire agreement was signed, ending all hostilities in the area from 10 November 2020", MentionKind.Event)
            .Single(e => e.SubEventType == "Agreement");
        Assert.Equal(("2020-11-10", "2020-11-10"), (signed.DateStart, signed.DateEnd));
    }

    [Fact]
    public void AWarNamedWithItsOwnYearKeepsIt()
    {
        var e = CorpusAnalysis.MentionsIn("004", "In late 2020, the large-scale Second Nagorno-Karabakh War resulted in thousands of casualties", MentionKind.Event).First();
        Assert.Equal(("2020", "2020"), (e.DateStart, e.DateEnd));
    }

    [Theory]
    [InlineData("003", "by which most of the territories lost by Azerbaijan during the First Nagorno-Karabakh war were returned to Azerbaijan.")]
    [InlineData("004", "Armenia returned the territories surrounding Nagorno-Karabakh that it had occupied since the 1990s.")]
    public void TerritoryHandedOverUnderADatedSettlementFollowsItWithinItsYear(string doc, string quote)
    {
        // 003: "The fighting stopped with a ceasefire agreement on November 10, 2020, by which …";
        // 004: "On 9 November 2020, Armenia and Azerbaijan signed a ceasefire …" two sentences before.
        var e = CorpusAnalysis.MentionsIn(doc, quote, MentionKind.Event).Single(m => m.SubEventType == "Non-violent transfer of territory");
        Assert.Equal(("2020-11", "2020"), (e.DateStart, e.DateEnd));
    }

    [Fact]
    public void TheSettlementItselfKeepsItsDay()
    {
        var e = CorpusAnalysis.MentionsIn("004", "On 9 November 2020, Armenia and Azerbaijan signed a ceasefire under mediation from Russia", MentionKind.Event).First();
        Assert.Equal(("2020-11-09", "2020-11-09"), (e.DateStart, e.DateEnd));
    }

    [Theory]
    [InlineData("003", "In 2014, several border clashes erupted that had resulted in 16 fatalities on both sides by 20 June.")]
    [InlineData("001", "2014. gadā uzliesmoja vairāki robežkonflikti, kuru dēļ krita 16 zaldāti abās pusēs līdz 20. jūnijam")]
    public void ClashesTalliedByADaySpanFromTheYearAroundItToThatDay(string doc, string quote)
    {
        var e = CorpusAnalysis.MentionsIn(doc, quote, MentionKind.Event).First();
        Assert.Equal(("2014", "2014-06-20"), (e.DateStart, e.DateEnd));
    }
}
