using Concord.Model;

namespace Concord.Tests.Extraction;

/// <summary>Which event mentions a clause gives, and their type, on real corpus sentences.</summary>
public sealed class EventDetectionTests
{
    [Fact]
    public void PlacesToldToHaveBeenHitAreShelling()
    {
        var events = CorpusAnalysis.MentionsIn("004", "Civilian areas, including major cities, were hit, particularly Stepanakert, Martuni, Martakert, Shushi in the Republic of Artsakh and Ganja, Barda and Tartar in Azerbaijan, with many buildings and homes destroyed.", MentionKind.Event);

        var shelling = Assert.Single(events);
        Assert.Equal("Shelling/artillery/missile attack", shelling.SubEventType);
        Assert.Equal("Stepanakert", shelling.Location?.Name);
    }

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
    public void MembersVotingOnTheResolutionAlreadyToldAreNotANewVote()
    {
        Assert.Empty(CorpusAnalysis.MentionsIn("003", "The OSCE Minsk Group co-chair countries (France, US, Russia) voted against the resolution.", MentionKind.Event));
        var secession = CorpusAnalysis.MentionsIn("004", "the Armenian majority voted to secede from Azerbaijan", MentionKind.Event);
        Assert.Contains(secession, e => e.SubEventType == "Vote or resolution");
    }

    [Fact]
    public void ATriggerInAParentheticalAsideIsARemarkNotAnEvent()
    {
        // "(the date was timed to answer the night of the pogrom in Sumgait four years earlier)": the capture is the event.
        var events = CorpusAnalysis.MentionsIn("001", "Naktī uz 26. februāri (datums bija apzināti pieskaņots ka atbilde armēņu grautiņa naktij Sumgaitā pirms četriem gadiem) armēņi, kurus atbalstīja — pieņemts uzskatīt, ka bez komandieru atļaujas — NVS 366. motopulka kareivji, ieņēma ciemu", MentionKind.Event);
        Assert.DoesNotContain(events, e => e.SubEventType == "Mob violence");
        Assert.Contains(events, e => e.SubEventType == "Non-state actor overtakes territory");
    }

    [Fact]
    public void LatvianRefusalByAnAuthorityIsAnEventButARefusalToActIsNot()
    {
        var refusal = Assert.Single(CorpusAnalysis.MentionsIn("001", "Gan Baku, gan Maskava viņiem atteica.", MentionKind.Event));
        Assert.Equal("Other", refusal.SubEventType);
        Assert.Equal("1988-07", refusal.DateStart);
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

    [Fact]
    public void ConflictInfoboxDateLineIsTheConflictAsOneSpan()
    {
        var e = Assert.Single(CorpusAnalysis.MentionsIn("004", "Date 20 February 1988 – present", MentionKind.Event));

        Assert.Equal("Armed clash", e.SubEventType);
        Assert.Equal("1988-02-20", e.DateStart);
        Assert.Contains(e.Explanation, x => x.Role == "trigger" && x.Rule == "en.infobox-conflict-date");
        Assert.Single(CorpusAnalysis.MentionsIn("003", "Date20 February 1988 – present", MentionKind.Event));
    }

    [Fact]
    public void TheConflictToldBeginningIsAnEvent()
    {
        var e = Assert.Single(CorpusAnalysis.MentionsIn("003", "The modern phase of the conflict began in February 1988.", MentionKind.Event));

        Assert.Equal("1988-02", e.DateStart);
    }

    [Fact]
    public void LatvianRocketGenitiveIsShellingBesideTheCapture()
    {
        var events = CorpusAnalysis.MentionsIn("001", "Abas puses sāka pielietot raķešu apšaudes, īpaši smagi no tām cieta Stepanakerta, jo azerbaidžāņiem bija izdevies sagrābt", MentionKind.Event);

        Assert.Contains(events, e => e.SubEventType == "Shelling/artillery/missile attack");
        Assert.Contains(events, e => e.SubEventType == "Non-state actor overtakes territory");
    }

    [Fact]
    public void WarAsAModifierIsNotAWar()
    {
        Assert.Empty(CorpusAnalysis.MentionsIn("004", "War trophies at 2020 Victory Parade in Baku", MentionKind.Event));
    }

    [Fact]
    public void LatvianInfinitiveCaptureIsAnEventOnlyWhenItSucceeded()
    {
        Assert.Empty(CorpusAnalysis.MentionsIn("001", "Vēl viens no konflikta iemesliem bija 1892. gada Krievijas Impērijas likums, pēc kura nekristieši nevarēja ieņemt", MentionKind.Event));
        var e = Assert.Single(CorpusAnalysis.MentionsIn("001", "Turkiem izdevās pārņemt savā kontrolē Šušu", MentionKind.Event));
        Assert.Equal("Battles", e.EventType);
    }

    [Fact]
    public void LatvianResolutionNeedsANumberOrAnAdoption()
    {
        Assert.Empty(CorpusAnalysis.MentionsIn("001", "Starpniecība, ko veica vairākas grupas, tostarp Eiropas Drošības un sadarbības organizācija (EDSO), nespēja panākt kopīgu miera rezolūciju.", MentionKind.Event));
    }

    [Fact]
    public void LatvianDeathsInTheWholeConflictAreAFigureNotAnEvent()
    {
        const string Sentence = "2020. gada 11. decembrī Armēnijas Veselības ministrija paziņoja, ka 2020. gada rudens bruņotajā konfliktā dzīvību zaudējuši 2996 armēņu karavīri.";
        Assert.Empty(CorpusAnalysis.MentionsIn("001", Sentence, MentionKind.Event));
        Assert.Contains(CorpusAnalysis.MentionsIn("001", Sentence, MentionKind.Figure), f => f.ValueLow == 2996);
    }

    [Fact]
    public void LatvianAttemptClaimedIsNotAnEvent()
    {
        Assert.Empty(CorpusAnalysis.MentionsIn("001", "Azerbaidžānas varas iestādes apgalvoja, ka helikopters \"mēģināja uzbrukt\" Azerbaidžānas armijas pozīcijām.", MentionKind.Event));
    }

    [Fact]
    public void ANamedWarAfterTheIsItsOwnMentionNotAPointerBack()
    {
        var e = Assert.Single(CorpusAnalysis.MentionsIn("004", "The First Nagorno-Karabakh War led to tens of thousands of casualties.", MentionKind.Event));

        Assert.Contains(e.Explanation, x => x.Role == "trigger" && x.Rule == "en.named-war");
    }

    [Fact]
    public void OccupiedAsAVerbIsACaptureAndAsAnAdjectiveIsNot()
    {
        Assert.Contains(CorpusAnalysis.MentionsIn("004", "The war was won by Armenia, which subsequently occupied parts of southwestern Azerbaijan", MentionKind.Event), e => e.EventType == "Battles");
        Assert.Empty(CorpusAnalysis.MentionsIn("003", "the \"illegal regime in the occupied lands", MentionKind.Event));
    }

    [Fact]
    public void VagueClashesWithoutTheirOwnDateAreNotAnEvent()
    {
        Assert.Empty(CorpusAnalysis.MentionsIn("003", "Some clashes occurred in the years following the 1994 ceasefire.", MentionKind.Event));
    }

    [Fact]
    public void FightingAsADescriptionOrAFigureOfSpeechIsNotABattle()
    {
        Assert.Empty(CorpusAnalysis.MentionsIn("003", "Additionally, the Syrian Observatory for Human Rights documented the deaths of 541 Syrian mercenaries fighting for Azerbaijan.", MentionKind.Event));
        Assert.Empty(CorpusAnalysis.MentionsIn("002", "Amiri has dedicated his life to fighting for social justice and creating a better future for all.", MentionKind.Event));
        Assert.Empty(CorpusAnalysis.MentionsIn("002", "This has escalated the row between Armenia and Azerbaijan.", MentionKind.Event));
    }

    [Fact]
    public void PetitionsRecognitionsAndEthnicViolenceAreEvents()
    {
        var letter = Assert.Single(CorpusAnalysis.MentionsIn("004", "In 1964, the Armenians of Karabakh sent a letter to leader of the USSR", MentionKind.Event));
        Assert.Equal(("Strategic developments", "1964"), (letter.EventType, letter.DateStart));

        var violence = Assert.Single(CorpusAnalysis.MentionsIn("004", "Amid the gradual dissolution of the Soviet Union in 1988–89, ethnic tensions between Armenians and Azerbaijanis exploded", MentionKind.Event));
        Assert.Equal("Mob violence", violence.SubEventType);

        var recognition = Assert.Single(CorpusAnalysis.MentionsIn("004", "the Karabakh Council in August 1919 was forced to provisionally recognise the authority of Azerbaijan", MentionKind.Event));
        Assert.Equal("Agreement", recognition.SubEventType);
    }

    [Fact]
    public void NamedViolenceToldAsTheCauseOfDeathsIsStillTheEvent()
    {
        // "As a result of Armenian shelling on 4 July an Azerbaijani woman and her grandchild were killed":
        // only a generic clash noun is a mere cause ("kara dēļ", "as a result of the conflict").
        var e = Assert.Single(CorpusAnalysis.MentionsIn("001", "4. jūlijā armēņu apšaudes rezultātā tika nogalināti azerbaidžāņu sieviete un viņas divgadīgais mazbērns.", MentionKind.Event));
        Assert.Equal("Shelling/artillery/missile attack", e.SubEventType);
    }

    [Fact]
    public void AGenericClashNounWithACauseMarkerIsOnlyACause()
    {
        static bool IsCause(Concord.Extraction.Lexicons.IExtractionLexicon lexicon, string text) =>
            lexicon.CauseOfOutcome.IsMatch(Concord.Extraction.Lexicons.TextFolding.Fold(text));

        Assert.True(IsCause(new Concord.Extraction.Lexicons.LvExtractionLexicon(), "Konflikta rezultātā tika piespiedu pārvietoti 230 000 armēņu no Azerbaidžānas"));
        Assert.True(IsCause(new Concord.Extraction.Lexicons.EnExtractionLexicon(), "have been displaced as a result of the conflict, essentially cleansing Armenia"));
        Assert.False(IsCause(new Concord.Extraction.Lexicons.LvExtractionLexicon(), "4. jūlijā armēņu apšaudes rezultātā tika nogalināti azerbaidžāņu sieviete"));
        Assert.False(IsCause(new Concord.Extraction.Lexicons.LtExtractionLexicon(), "Azerbaidzanieciams sitas karas yra del teritorijos."));
    }

    [Theory]
    [InlineData("1990. gada janvārī sākās kaujas uz Armēnijas un Azerbaidžānas robežas ar artilērijas pielietošanu.")]
    [InlineData("2017. gada 20. maijā armēņu karavīrs tika nogalināts sadursmē ar Azerbaidžānas karaspēku, azerbaidžāņi pielietoja prettanku granātas un 60 mm mīnmetējus.")]
    [InlineData("2017. gada 26. maijā Kalnu Karabahas kareivis tika nogalināts sadursmē ar Azerbaidžānas spēkiem, kurā bija lietoti mīnmetēji un granātmetēji.")]
    public void AWeaponUsedInAClashNamedBesideItIsTheClashsInstrument(string sentence)
    {
        var e = Assert.Single(CorpusAnalysis.MentionsIn("001", sentence, MentionKind.Event));
        Assert.Equal("Armed clash", e.SubEventType);
    }

    [Fact]
    public void ShellingWithoutAClashNounKeepsItsType()
    {
        // "Both sides began to use rocket shelling": the shelling is the event, not an instrument of one.
        var events = CorpusAnalysis.MentionsIn("001", "Abas puses sāka pielietot raķešu apšaudes", MentionKind.Event);
        Assert.Contains(events, e => e.SubEventType == "Shelling/artillery/missile attack");
        var attacked = CorpusAnalysis.MentionsIn("004", "The Armenian Defense Ministry said Azerbaijan had attacked Armenian positions near the cities of Vardenis, Goris, Sotk and Jermuk with artillery and heavy weapons.", MentionKind.Event);
        Assert.Contains(attacked, e => e.SubEventType == "Shelling/artillery/missile attack");
    }

    [Theory]
    [InlineData("003", "The demand to unify with Armenia, which began anew in 1988, began in a relatively peaceful manner.")]
    [InlineData("001", "Armēņu vēlme apvienoties aizsākās 1988. gadā relatīvi mierīgā veidā.")]
    public void AMovementThatBeganPeacefullyIsAPeacefulProtest(string doc, string sentence)
    {
        var e = Assert.Single(CorpusAnalysis.MentionsIn(doc, sentence, MentionKind.Event));
        Assert.Equal(("Protests", "Peaceful protest", "1988"), (e.EventType, e.SubEventType, e.DateStart));
    }

    [Fact]
    public void WhatAWarWasMarkedByIsACharacterisationNotAnEvent()
    {
        Assert.Empty(CorpusAnalysis.MentionsIn("004", "The war was marked by the deployment of drones, sensors, long-range heavy artillery and missile strikes", MentionKind.Event));
    }
}
