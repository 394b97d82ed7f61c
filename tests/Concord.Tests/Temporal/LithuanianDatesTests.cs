using Concord.Model;

namespace Concord.Tests.Temporal;

/// <summary>Lithuanian dates from the Karabakh corpus (document 000, typed without diacritics).</summary>
public class LithuanianDatesTests
{
    [Theory]
    [InlineData("2020 m lapkricio 9d pasirasyta taikos sutartis", "2020 m lapkricio 9d", "2020-11-09", "2020-11-09", DatePrecision.Day)]
    [InlineData("Karo pabaiga: 2020 m. lapkričio 9 d. pasirašyta taikos sutartis", "2020 m. lapkričio 9 d.", "2020-11-09", "2020-11-09", DatePrecision.Day)]
    [InlineData("1988–1994 m. tarp Armenijos ir Azerbaidzano vyko karas i kuri veliau isitrauke Rusija.", "1988–1994 m.", "1988", "1994", DatePrecision.Year)]
    [InlineData("Nuo 1994 iki 2020 vyko nepastovios atakos", "Nuo 1994 iki 2020", "1994", "2020", DatePrecision.Year)]
    [InlineData("2016 metais  balandzio menesi intensyvios atakos tesesi keturias dienas.", "2016 metais  balandzio menesi", "2016-04", "2016-04", DatePrecision.Month)]
    [InlineData("2020 konfliktas pilnai atsinaujino.", "2020", "2020", "2020", DatePrecision.Year)]
    public void ReadsDatesWithAndWithoutDiacritics(string sentence, string text, string start, string end, DatePrecision precision)
    {
        var t = TemporalTestKit.Tag(sentence, "lt").Only(text);
        Assert.Equal((start, end), t.Range());
        Assert.Equal(precision, t.Precision);
    }

    [Fact]
    public void CountedDaysAreADurationNotADate() =>
        Assert.Equal("P4D", TemporalTestKit.Tag("2016 metais  balandzio menesi intensyvios atakos tesesi keturias dienas.", "lt").Only("keturias dienas").Value);

    [Fact]
    public void TheWholeEssayIsTaggedAlike()
    {
        // The essay repeats its three paragraphs; every repetition must read the same.
        var doc = TemporalTestKit.Corpus("000", "lt");
        var found = new Concord.Temporal.TemporalTagger().Tag(doc).Where(t => t.Text == "2020 m lapkricio 9d").ToList();
        Assert.Equal(6, found.Count);
        Assert.All(found, t => Assert.Equal("2020-11-09", t.Value));
    }

    [Fact]
    public void SeasonsWithoutAYearTakeTheYearOfTheParagraph()
    {
        // The essay has no season; this sentence is written in its style (no diacritics) to show
        // the accusative of time ("rudeni" = "rudenį") reads like "1992 m. rudenį".
        var found = TemporalTestKit.Tag("1992 m. vasario pabaigoje armenai uzeme Chodzali. Rudeni konfliktas isiplete.", "lt");
        Assert.Equal(("1992-09", "1992-11"), found.Only("Rudeni").Range());
        Assert.Equal(("2016-06", "2016-08"), TemporalTestKit.Tag("2016 metais vasarą vyko atakos.", "lt").Only("2016 metais vasarą").Range());
    }
}
