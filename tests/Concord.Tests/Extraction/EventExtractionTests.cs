using Concord.Model;

namespace Concord.Tests.Extraction;

public sealed class EventExtractionTests
{
    [Fact]
    public void SentenceWithTwoDatedClausesGivesTwoEventsWithTheirOwnDates()
    {
        var events = CorpusAnalysis.MentionsIn("003", "In late April 2011, border clashes left three Nagorno-Karabakh soldiers dead,[75] while on 5 October, two Azerbaijani and one Armenian soldier were killed.", MentionKind.Event);

        Assert.Equal(2, events.Count);
        Assert.Equal("2011-04", events[0].DateStart);
        Assert.Equal("2011-10-05", events[1].DateStart);
        Assert.All(events, e => Assert.Equal("Battles", e.EventType));
        Assert.StartsWith("while on 5 October", events[1].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void FatalitiesOfBothSidesAreSummed()
    {
        var e = Assert.Single(CorpusAnalysis.MentionsIn("003", "By August 5, 2014, the fighting that started on 27 July had left 14 Azerbaijani and 5 Armenian soldiers dead.", MentionKind.Event));

        Assert.NotNull(e.Fatalities);
        Assert.Equal((19, (int?)19), (e.Fatalities.Low, e.Fatalities.High));
        Assert.Equal(2, e.Fatalities.BySide.Count);
        Assert.Equal("2014-07-27", e.DateStart);
        Assert.Equal("2014-08-05", e.DateEnd);
    }

    [Fact]
    public void WoundedAreNotCountedAsDead()
    {
        var e = Assert.Single(CorpusAnalysis.MentionsIn("003", "On 25 July 2017, Azerbaijan claimed that one of its soldiers was wounded by a munition dropped from an Armenian UCAV.", MentionKind.Event));

        Assert.Equal("Air/drone strike", e.SubEventType);
        Assert.Null(e.Fatalities);
    }

    [Fact]
    public void ShootDownIsDisruptedWeaponsUse()
    {
        var e = Assert.Single(CorpusAnalysis.MentionsIn("003", "On 27 November, Azerbaijani forces reported shooting down an Armenian drone which had crossed the line of contact.", MentionKind.Event));

        Assert.Equal("Strategic developments", e.EventType);
        Assert.Equal("Disrupted weapons use", e.SubEventType);
        Assert.Equal("2016-11-27", e.DateStart);
    }

    [Fact]
    public void LatvianShellingIsTypedAndDated()
    {
        var e = Assert.Single(CorpusAnalysis.MentionsIn("001", "2017. gada 24. februārī Azerbaidžānas spēki apšaudīja armēņu pozīcijas pie Tališas ciema ar artilēriju.", MentionKind.Event));

        Assert.Equal("Explosions/Remote violence", e.EventType);
        Assert.Equal("2017-02-24", e.DateStart);
        Assert.Equal("lv", e.Language);
    }

    [Fact]
    public void LithuanianWithoutDiacriticsFindsTheSignedAgreement()
    {
        var events = CorpusAnalysis.MentionsIn("000", "2020 m lapkricio 9d pasirasyta taikos sutartis pagal, kurią didzioji Kalnu Karabacho teritorijos dalis atiduota Azerbaidzano itakai.", MentionKind.Event);

        Assert.Contains(events, e => e.SubEventType == "Agreement" && e.DateStart!.StartsWith("2020", StringComparison.Ordinal));
        Assert.All(events, e => Assert.Contains(e.Explanation, x => x.Role == "trigger" && x.Rule.StartsWith("lt.", StringComparison.Ordinal)));
    }

    [Fact]
    public void TextPastedAgainIsMarkedAsRepeatOfTheFirstCopy()
    {
        var analysis = CorpusAnalysis.Of("000");
        var events = analysis.Mentions.Where(m => m.Kind == MentionKind.Event).ToList();
        var first = events.Where(e => e.RepeatOf is null).ToList();
        var repeats = events.Where(e => e.RepeatOf is not null).ToList();

        Assert.NotEmpty(first);
        Assert.Equal(5 * first.Count, repeats.Count);
        Assert.All(repeats, r => Assert.Contains(first, f => f.Id == r.RepeatOf && f.Quote == r.Quote));
        Assert.Equal(events.Count, events.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void ReferenceSectionsGiveNoMentions()
    {
        var analysis = CorpusAnalysis.Of("003");
        var unmined = analysis.Document.Sections.Where(s => !s.Kind.IsExtractable()).ToList();

        Assert.NotEmpty(unmined);
        Assert.DoesNotContain(analysis.Mentions, m => unmined.Any(s => s.Span.Overlaps(m.Span)));
    }

    [Fact]
    public void EveryEventExplainsItsTriggerAndDate()
    {
        var events = CorpusAnalysis.Of("003").Mentions.Where(m => m.Kind == MentionKind.Event).ToList();

        Assert.NotEmpty(events);
        Assert.All(events, e =>
        {
            Assert.Contains(e.Explanation, x => x.Role == "trigger");
            Assert.Contains(e.Explanation, x => x.Role == "date");
            Assert.Matches(@"^003-e\d{3}$", e.Id);
        });
    }
}
