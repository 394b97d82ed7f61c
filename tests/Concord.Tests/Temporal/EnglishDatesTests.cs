using Concord.Model;

namespace Concord.Tests.Temporal;

/// <summary>English dates from the Karabakh corpus (documents 003 and 004).</summary>
public class EnglishDatesTests
{
    [Theory]
    [InlineData("the parliament of the Nagorno-Karabakh Autonomous Oblast (NKAO) in Azerbaijan voted to unify the region with Armenia on 20 February 1988.", "20 February 1988", "1988-02-20", "1988-02-20", DatePrecision.Day)]
    [InlineData("The fighting stopped with a ceasefire agreement on November 10, 2020", "November 10, 2020", "2020-11-10", "2020-11-10", DatePrecision.Day)]
    [InlineData("Between 1 and 5 April 2016, heavy fighting along the Nagorno-Karabakh frontline left 88 Armenian and 31–92 Azerbaijani soldiers dead", "Between 1 and 5 April 2016", "2016-04-01", "2016-04-05", DatePrecision.Day)]
    [InlineData("Between 8 April and 16 June 2016, sporadic fighting left 14 Armenian and three Azerbaijani soldiers dead", "Between 8 April and 16 June 2016", "2016-04-08", "2016-06-16", DatePrecision.Day)]
    [InlineData("3,000 killed (May 1994 – August 2009)", "May 1994 – August 2009", "1994-05", "2009-08", DatePrecision.Month)]
    [InlineData("28,000–38,000 killed (1988–1994)", "1988–1994", "1988", "1994", DatePrecision.Year)]
    [InlineData("Several foreign groups fought on both sides in the intense period of fighting in 1992–94.", "1992–94", "1992", "1994", DatePrecision.Year)]
    [InlineData("Throughout January and February 2016, four Armenian and four Azerbaijani soldiers were killed", "Throughout January and February 2016", "2016-01", "2016-02", DatePrecision.Month)]
    [InlineData("In the spring of 1993, Armenian forces captured territory outside the enclave itself", "the spring of 1993", "1993-03", "1993-05", DatePrecision.Season)]
    [InlineData("Full-scale fighting erupted in the late winter of 1992.", "the late winter of 1992", "1992-01", "1992-02", DatePrecision.Season)]
    [InlineData("The conflict escalated into a full-scale war in the early 1990s.", "the early 1990s", "1990", "1993", DatePrecision.Year)]
    [InlineData("In late April 2011, border clashes left three Nagorno-Karabakh soldiers dead", "late April 2011", "2011-04", "2011-04", DatePrecision.Month)]
    [InlineData("They first arrived to Azerbaijan in fall 1993", "fall 1993", "1993-09", "1993-11", DatePrecision.Season)]
    [InlineData("By August 5, 2014, the fighting that started on 27 July had left 14 Azerbaijani and 5 Armenian soldiers dead", "August 5, 2014", "2014-08-05", "2014-08-05", DatePrecision.Day)]
    public void ReadsExplicitDatesAndRanges(string sentence, string text, string start, string end, DatePrecision precision)
    {
        var t = TemporalTestKit.Tag(sentence, "en").Only(text);
        Assert.Equal((start, end), t.Range());
        Assert.Equal(precision, t.Precision);
        Assert.False(t.ResolvedFromContext);
    }

    [Fact]
    public void TheDecadeAloneIsValuedAsTimex3Decade()
    {
        var t = TemporalTestKit.Tag("Armenia returned the territories surrounding Nagorno-Karabakh that it had occupied since the 1990s.", "en").Only("the 1990s");
        Assert.Equal("199X", t.Value);
        Assert.Equal(DatePrecision.Decade, t.Precision);
        Assert.Equal(("1990", "1999"), t.Range());
    }

    [Fact]
    public void TheInfoboxDateRunsToThePresent()
    {
        var t = TemporalTestKit.Tag("Date20 February 1988 – present", "en", new DateOnly(2024, 5, 1)).Only("20 February 1988 – present");
        Assert.Equal(("1988-02-20", "2024"), t.Range());
    }

    [Theory]
    [InlineData("adopted Resolution 62/243 and A/RES/62/243 by a vote")]
    [InlineData("shot down an Armenian Mi-24 helicopter")]
    [InlineData("2018: 65,000 (active servicemen)[25]")]
    [InlineData("7,045–7,016 killed (2020)[39]")]
    public void NumbersThatAreNotDatesStayUntagged(string sentence)
    {
        var found = TemporalTestKit.Tag(sentence, "en");
        Assert.DoesNotContain(found, t => t.Text.Contains("62") || t.Text.Contains("24") || t.Text.Contains(",0") || t.Text.Contains("7,0"));
    }

    [Fact]
    public void YearFromAnEarlierSentenceOfTheParagraph()
    {
        var found = TemporalTestKit.Tag(
            "Clashes broke out again in July 2014. On 2 August, Azerbaijani authorities announced that eight of their soldiers had been killed in three days of clashes with NKO forces.", "en");
        var t = found.Only("2 August");
        Assert.Equal("2014-08-02", t.Value);
        Assert.True(t.ResolvedFromContext);
    }

    [Fact]
    public void FiveDaysLaterCountsFromTheLastDate()
    {
        var doc = TemporalTestKit.Corpus("003", "en");
        var found = new Concord.Temporal.TemporalTagger().Tag(doc);
        const string quote = "In a minor border skirmish on 16 September, one Armenian soldier was killed;[138] five days later, an Azerbaijani soldier was killed";
        var sixteenth = found.In(doc, quote, "16 September");
        var later = found.In(doc, quote, "five days later");
        Assert.Equal(DateOnly.Parse(sixteenth.Value).AddDays(5).ToString("yyyy-MM-dd"), later.Value);
        Assert.True(later.ResolvedFromContext);
    }

    [Fact]
    public void TheFollowingYearAndItsMonthsTakeTheirYearFromContext()
    {
        var found = TemporalTestKit.Tag(
            "In late April 2011, border clashes left three Nagorno-Karabakh soldiers dead. The following year, border clashes between the armed forces of Armenia and Azerbaijan took place from late April through early June.", "en");
        Assert.Equal("2012", found.Only("The following year").Value);
        Assert.Equal(("2012-04", "2012-06"), found.Only("from late April through early June").Range());
    }

    [Fact]
    public void DeicticWordsNeedTheDocumentDateAndUseItWhenGiven()
    {
        const string sentence = "Azerbaijan said last year that the talks would resume on Wednesday.";
        var without = TemporalTestKit.Tag(sentence, "en");
        Assert.DoesNotContain(without, t => t.Text == "last year" && !t.NeedsDocumentDate);
        var with = TemporalTestKit.Tag(sentence, "en", new DateOnly(2013, 3, 22));
        Assert.Equal("2012", with.Only("last year").Value);
        Assert.Equal("2013-03-20", with.Only("Wednesday").Value);
    }
}
