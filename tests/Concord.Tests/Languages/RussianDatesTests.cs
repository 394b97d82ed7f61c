using Concord.Model;
using Concord.Tests.Temporal;

namespace Concord.Tests.Languages;

/// <summary>Russian time expressions (sentences written for these tests), month names in their cases.</summary>
public class RussianDatesTests
{
    [Theory]
    [InlineData("7 августа 2008 года грузинские войска начали обстрел.", "7 августа 2008 года", "2008-08-07", "2008-08-07", DatePrecision.Day)]
    [InlineData("Соглашение о перемирии подписали в 1994 году.", "1994 году", "1994", "1994", DatePrecision.Year)]
    [InlineData("В начале 1990-х годов конфликт перерос в войну.", "начале 1990-х годов", "1990", "1993", DatePrecision.Year)]
    [InlineData("С 1988 по 1994 год сотни тысяч людей покинули дома.", "С 1988 по 1994 год", "1988", "1994", DatePrecision.Year)]
    [InlineData("Бои шли с 12 по 16 июля 2020 года.", "с 12 по 16 июля 2020 года", "2020-07-12", "2020-07-16", DatePrecision.Day)]
    [InlineData("Весной 1992 года армянские силы заняли город.", "Весной 1992 года", "1992-03", "1992-05", DatePrecision.Season)]
    [InlineData("В конце февраля 1992 года начались тяжёлые бои.", "конце февраля 1992 года", "1992-02", "1992-02", DatePrecision.Month)]
    [InlineData("В середине XIX века многие семьи вернулись.", "середине XIX века", "1840", "1860", DatePrecision.Century)]
    public void ReadsRussianDates(string sentence, string text, string start, string end, DatePrecision precision)
    {
        var t = TemporalTestKit.Tag(sentence, "ru");
        Assert.Equal((start, end), t.Only(text).Range());
        Assert.Equal(precision, t.Only(text).Precision);
    }

    [Fact]
    public void PrepositionalMonthAndTheNextDayTakeTheContext()
    {
        var found = TemporalTestKit.Tag(
            "С весны 2008 года напряжённость росла. В августе начались обстрелы. 7 августа войска вошли в город. На следующий день начались бои.", "ru");
        Assert.Equal("2008-08", found.Only("августе").Value);
        Assert.Equal("2008-08-07", found.Only("7 августа").Value);
        Assert.Equal("2008-08-08", found.Only("На следующий день").Value);
    }

    [Fact]
    public void AYearAfterANounNamesAThing()
    {
        // "the results of the 2008 war": context for its own sentence only, so the next sentence's August has no year.
        const string first = "Итоги войны 2008 года обсуждали долго.", second = "В августе прошли переговоры.";
        const string text = first + " " + second;
        var source = new SourceDocument("quote.txt", "quote.txt", "txt", text, "", text.Length);
        var doc = new AnalyzedDocument(source, "ru", [new Paragraph(new TextSpan(0, text.Length), "ru", 1)], [],
            [new Sentence(0, new TextSpan(0, first.Length), "ru", SectionKind.Body, null),
             new Sentence(1, new TextSpan(first.Length + 1, text.Length), "ru", SectionKind.Body, null)]);
        var found = new Concord.Temporal.TemporalTagger().Tag(doc);
        Assert.Equal("2008", found.Only("2008 года").Value);
        Assert.Equal("XXXX-08", found.Only("августе").Value);
    }

    [Fact]
    public void DurationsAndRelativeShifts()
    {
        var found = TemporalTestKit.Tag("7 августа 2008 года начался обстрел. Через два дня войска вошли в Гори, а война длилась пять дней.", "ru");
        Assert.Equal("2008-08-09", found.Only("Через два дня").Value);
        Assert.Equal("P5D", found.Only("пять дней").Value);
    }
}
