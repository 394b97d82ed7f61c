using Concord.Model;
using Concord.Tests.Temporal;

namespace Concord.Tests.Languages;

/// <summary>German time expressions (sentences written for these tests).</summary>
public class GermanDatesTests
{
    [Theory]
    [InlineData("Am 7. August 2008 begannen georgische Truppen mit dem Beschuss.", "7. August 2008", "2008-08-07", "2008-08-07", DatePrecision.Day)]
    [InlineData("Die Kämpfe dauerten vom 12. bis 16. Juli 2020.", "vom 12. bis 16. Juli 2020", "2020-07-12", "2020-07-16", DatePrecision.Day)]
    [InlineData("Im Frühjahr 1992 eroberten armenische Verbände die Stadt.", "Frühjahr 1992", "1992-03", "1992-05", DatePrecision.Season)]
    [InlineData("Anfang der 1990er Jahre eskalierte der Konflikt zu einem Krieg.", "Anfang der 1990er Jahre", "1990", "1993", DatePrecision.Year)]
    [InlineData("Von 1988 bis 1994 wurden Hunderttausende vertrieben.", "Von 1988 bis 1994", "1988", "1994", DatePrecision.Year)]
    [InlineData("Ende Februar 1992 kam es zu schweren Gefechten.", "Ende Februar 1992", "1992-02", "1992-02", DatePrecision.Month)]
    [InlineData("Der Waffenstillstand wurde im Mai 1994 unterzeichnet.", "Mai 1994", "1994-05", "1994-05", DatePrecision.Month)]
    [InlineData("Das Abkommen vom 09.11.2020 beendete die Kämpfe.", "09.11.2020", "2020-11-09", "2020-11-09", DatePrecision.Day)]
    [InlineData("Mitte des 19. Jahrhunderts kehrten viele Familien zurück.", "Mitte des 19. Jahrhunderts", "1840", "1860", DatePrecision.Century)]
    public void ReadsGermanDates(string sentence, string text, string start, string end, DatePrecision precision)
    {
        var t = TemporalTestKit.Tag(sentence, "de").Only(text);
        Assert.Equal((start, end), t.Range());
        Assert.Equal(precision, t.Precision);
    }

    [Fact]
    public void DayWithoutYearAndTheNextDayTakeTheContext()
    {
        var found = TemporalTestKit.Tag(
            "Seit dem Frühjahr 2008 wuchsen die Spannungen. Am 7. August begann der Beschuss. Am nächsten Tag rückten Panzer vor.", "de");
        var seventh = found.Only("7. August");
        Assert.Equal("2008-08-07", seventh.Value);
        Assert.True(seventh.ResolvedFromContext);
        Assert.Equal("2008-08-08", found.Only("Am nächsten Tag").Value);
    }

    [Fact]
    public void LowerCaseMaiIsNotAMonthButDurationsAreRead()
    {
        var found = TemporalTestKit.Tag("Die Belagerung dauerte drei Monate und endete vor zwei Jahren.", "de");
        Assert.Equal("P3M", found.Only("drei Monate").Value);
        Assert.Empty(TemporalTestKit.Tag("Die Brücke am Kanal mai war zerstört.", "de"));
    }
}
