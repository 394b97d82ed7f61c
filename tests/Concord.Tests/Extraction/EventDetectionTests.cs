using Concord.Model;

namespace Concord.Tests.Extraction;

/// <summary>Which event mentions a clause gives, and their type, on real corpus sentences.</summary>
public sealed class EventDetectionTests
{
    [Fact]
    public void CoordinatedPredicatesEachGiveAnEvent()
    {
        var events = CorpusAnalysis.MentionsIn("004", "As Azerbaijan declared its independence from the Soviet Union and removed the powers held by the enclave's government, the Armenian majority voted to secede from Azerbaijan.", MentionKind.Event);

        Assert.Equal("Declaration|Other|Vote or resolution", string.Join("|", events.Select(e => e.SubEventType)));
    }

    [Fact]
    public void LatvianCoordinatedPredicatesEachGiveAnEvent()
    {
        var events = CorpusAnalysis.MentionsIn("001", "Tā kā Azerbaidžāna paziņoja par neatkarību no Padomju Savienības un atcēla anklāva valdības pilnvaras, armēņu vairākums nobalsoja par izstāšanos no Azerbaidžānas.", MentionKind.Event);

        Assert.Equal("Declaration|Other|Vote or resolution", string.Join("|", events.Select(e => e.SubEventType)));
        Assert.All(events, e => Assert.Equal("1991", e.DateStart));
    }

    [Fact]
    public void TheFightingAnAgreementEndsIsNotASecondEvent()
    {
        var e = Assert.Single(CorpusAnalysis.MentionsIn("004", "On 9 November 2020, Armenia and Azerbaijan signed a ceasefire under mediation from Russia, with the Republic of Artsakh also agreeing to end hostilities.", MentionKind.Event));

        Assert.Equal("Agreement", e.SubEventType);
    }

    [Fact]
    public void OverlappingTriggersKeepTheLongest()
    {
        var e = Assert.Single(CorpusAnalysis.MentionsIn("004", "Inter-ethnic clashes between the two broke out shortly", MentionKind.Event));

        Assert.Equal("Mob violence", e.SubEventType);
        Assert.Contains(e.Explanation, x => x.Role == "trigger" && x.Text == "Inter-ethnic clashes");
    }

    [Fact]
    public void ClaimsAndCondemnationsAreNotEvents()
    {
        Assert.Empty(CorpusAnalysis.MentionsIn("004", "Both sides made claims of ethnic cleansing and pogroms conducted by the other.", MentionKind.Event));
        Assert.Empty(CorpusAnalysis.MentionsIn("004", "Numerous countries and the United Nations strongly condemned the fighting", MentionKind.Event));
    }

    [Fact]
    public void TriggerInsideAnOrganisationNameIsNotAnEvent()
    {
        Assert.Empty(CorpusAnalysis.MentionsIn("003", "According to the Union of Relatives of the Artsakh War Missing in Action Soldiers, as of 2014, 239 Karabakhi soldiers remain officially unaccounted for.", MentionKind.Event));
    }

    [Fact]
    public void AidForDeminingAndOccupiedLandsAreNotEvents()
    {
        Assert.Empty(CorpusAnalysis.MentionsIn("004", "The US has also provided humanitarian aid to Artsakh (some $36 million between 1998 and 2010), including for demining.", MentionKind.Event));
        Assert.Empty(CorpusAnalysis.MentionsIn("004", "The humanitarian aid has been criticized by Azerbaijan for legitimizing the \"illegal regime in the occupied lands", MentionKind.Event));
    }

    [Fact]
    public void CaptureToldBesideAYearlyTollIsStillAnEvent()
    {
        var e = Assert.Single(CorpusAnalysis.MentionsIn("001", "kuras laikā Azerbaidžānas bruņotie spēki ieņēma Kalnu Karabahu, karadarbībā dzīvību zaudēja aptuveni 6500 cilvēku.", MentionKind.Event));

        Assert.Equal("Battles", e.EventType);
        Assert.Null(e.Fatalities);
    }

    [Fact]
    public void LatvianCombatGroupIsNotABattle()
    {
        var events = CorpusAnalysis.MentionsIn("001", "Armēņu revolucionāri teroristiskā dašnaku organizācija izrādījās visefektīvākā kaujas grupa reģionā", MentionKind.Event);

        Assert.DoesNotContain(events, e => e.SubEventType == "Armed clash");
    }

    [Fact]
    public void InfoboxVictoryLineIsTheWarEndingThatYear()
    {
        var e = Assert.Single(CorpusAnalysis.MentionsIn("004", "Armenian victory: 1994", MentionKind.Event));

        Assert.Equal("Battles", e.EventType);
        Assert.Equal("1994", e.DateStart);
        Assert.Empty(CorpusAnalysis.MentionsIn("004", "Political stalemate and cold war: 1994–2020", MentionKind.Event));
    }
}
