using Concord.Model;

namespace Concord.Tests.Extraction;

/// <summary>Dates, places and fatalities of events whose statement leans on its context.</summary>
public sealed class EventAttributeTests
{
    [Fact]
    public void TwoLoneVictimsJoinedByAndAreTwoDeaths()
    {
        var e = Assert.Single(CorpusAnalysis.MentionsIn("003", "On July 4, 2017, an Azeri woman and her two-year-old grandchild were killed as a result of shelling by Armenian forces.", MentionKind.Event));
        Assert.Equal((2, (int?)2), (e.Fatalities!.Low, e.Fatalities.High));
    }

    [Fact]
    public void AnOlderTimeInTheClauseDoesNotStretchTheEventsDate()
    {
        var events = CorpusAnalysis.MentionsIn("003", "The conflict has its origins in the early 20th century, though the present conflict began in 1988, when the Karabakh Armenians demanded that Karabakh be transferred from Soviet Azerbaijan to Soviet Armenia.", MentionKind.Event);
        var e = Assert.Single(events);
        Assert.Equal(("1988", "1988"), (e.DateStart, e.DateEnd));
    }

    [Fact]
    public void ATimeInAParentheticalAsideDoesNotDateTheClause()
    {
        // "(… the night of the pogrom in Sumgait four years earlier)" dates the remark, not the capture.
        var events = CorpusAnalysis.MentionsIn("001", "Naktī uz 26. februāri (datums bija apzināti pieskaņots ka atbilde armēņu grautiņa naktij Sumgaitā pirms četriem gadiem) armēņi, kurus atbalstīja — pieņemts uzskatīt, ka bez komandieru atļaujas — NVS 366. motopulka kareivji, ieņēma ciemu", MentionKind.Event);
        var capture = Assert.Single(events, e => e.SubEventType == "Non-state actor overtakes territory");
        Assert.Equal(("1992-02-26", "1992-02-26"), (capture.DateStart, capture.DateEnd));
    }

    [Fact]
    public void FightingBetweenItsStartAndAnEndDateKeepsTheSpan()
    {
        var e = Assert.Single(CorpusAnalysis.MentionsIn("003", "On 27 September 2020, a new large-scale war erupted that lasted until 10 November.", MentionKind.Event));
        Assert.Equal(("2020-09-27", "2020-11-10"), (e.DateStart, e.DateEnd));
    }

    [Fact]
    public void APeaceTreatyDatedByTheWarsSpanTakesItsEnd()
    {
        // Doc 000 (Lithuanian without diacritics): "1988–1994 m. … vyko karas …" then this sentence.
        var e = CorpusAnalysis.MentionsIn("000", "Buvo pasirasyta Taikos sutartis", MentionKind.Event).First(m => m.RepeatOf is null);
        Assert.Equal(("1994", "1994"), (e.DateStart, e.DateEnd));
    }

    [Fact]
    public void TheCityPointsBackToTheCityNamedInTheSentence()
    {
        var events = CorpusAnalysis.MentionsIn("001", "Janvārī pēc armēņu grautiņa pēdējā Azerbaidžānas pilsētā, kur viņi bija palikuši — Baku — pilsētā tika ievests padomju karaspēks, kurš netraucēja grautiņiem, toties centās apturēt jebkādas nelojāluma izpausmes.", MentionKind.Event);
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal("Baku", e.Location!.Name));
    }

    [Fact]
    public void ACountryThatActsGivesWayToTheRegionTheDocumentIsAbout()
    {
        var e = Assert.Single(CorpusAnalysis.MentionsIn("004", "Three ceasefires brokered by Russia, France, and the United States failed to stop the conflict.", MentionKind.Event));
        Assert.Equal("Nagorno-Karabakh", e.Location!.Name);
    }
}
