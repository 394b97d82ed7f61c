using Concord.Model;
using Concord.Tests.Temporal;

namespace Concord.Tests.Languages;

/// <summary>French and Spanish time expressions (sentences written for these tests).</summary>
public class FrenchSpanishDatesTests
{
    [Theory]
    [InlineData("fr", "Le 7 août 2008, l'artillerie a ouvert le feu.", "7 août 2008", "2008-08-07", "2008-08-07", DatePrecision.Day)]
    [InlineData("fr", "Le cessez-le-feu a été signé en 1994.", "1994", "1994", "1994", DatePrecision.Year)]
    [InlineData("fr", "Au début des années 1990, le conflit s'est aggravé.", "Au début des années 1990", "1990", "1993", DatePrecision.Year)]
    [InlineData("fr", "De 1988 à 1994, des centaines de milliers de personnes ont fui.", "De 1988 à 1994", "1988", "1994", DatePrecision.Year)]
    [InlineData("fr", "Au printemps 1992, la ville a été prise.", "Au printemps 1992", "1992-03", "1992-05", DatePrecision.Season)]
    [InlineData("fr", "Les combats ont duré du 12 au 16 juillet 2020.", "du 12 au 16 juillet 2020", "2020-07-12", "2020-07-16", DatePrecision.Day)]
    [InlineData("fr", "Fin février 1992, de violents combats ont eu lieu.", "Fin février 1992", "1992-02", "1992-02", DatePrecision.Month)]
    [InlineData("es", "El 7 de agosto de 2008 comenzó el bombardeo.", "7 de agosto de 2008", "2008-08-07", "2008-08-07", DatePrecision.Day)]
    [InlineData("es", "El alto el fuego se firmó en 1994.", "1994", "1994", "1994", DatePrecision.Year)]
    [InlineData("es", "A principios de los años noventa el conflicto se agravó.", "A principios de los años noventa", "1990", "1993", DatePrecision.Year)]
    [InlineData("es", "Entre 1988 y 1994 huyeron cientos de miles de personas.", "Entre 1988 y 1994", "1988", "1994", DatePrecision.Year)]
    [InlineData("es", "En la primavera de 1992 la ciudad fue tomada.", "la primavera de 1992", "1992-03", "1992-05", DatePrecision.Season)]
    [InlineData("es", "La tregua se acordó en mayo de 1994.", "mayo de 1994", "1994-05", "1994-05", DatePrecision.Month)]
    public void ReadsDates(string language, string sentence, string text, string start, string end, DatePrecision precision)
    {
        var t = TemporalTestKit.Tag(sentence, language).Only(text);
        Assert.Equal((start, end), t.Range());
        Assert.Equal(precision, t.Precision);
    }

    [Theory]
    [InlineData("fr", "Au printemps 2008, les tensions montaient. Le 7 août, le bombardement a commencé. Le lendemain, des chars sont entrés.", "7 août", "Le lendemain")]
    [InlineData("es", "En la primavera de 2008 crecía la tensión. El 7 de agosto comenzó el bombardeo. Al día siguiente entraron los tanques.", "7 de agosto", "Al día siguiente")]
    public void DayWithoutYearAndTheNextDayTakeTheContext(string language, string text, string day, string nextDay)
    {
        var found = TemporalTestKit.Tag(text, language);
        var seventh = found.Only(day);
        Assert.Equal("2008-08-07", seventh.Value);
        Assert.True(seventh.ResolvedFromContext);
        Assert.Equal("2008-08-08", found.Only(nextDay).Value);
    }
}
