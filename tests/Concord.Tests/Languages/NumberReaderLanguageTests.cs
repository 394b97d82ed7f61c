using Concord.Model;
using Concord.Temporal;
using Concord.Tests.Gazetteer;

namespace Concord.Tests.Languages;

/// <summary>German and Russian numbers: words in their cases, grouped thousands, qualifiers, counted nouns.</summary>
public class NumberReaderLanguageTests
{
    private static NumberExpression Only(string language, string text)
    {
        var found = new NumberReader().Read(GazetteerTestDocuments.Of(language, text));
        return Assert.Single(found);
    }

    [Theory]
    [InlineData("de", "Dabei wurden mindestens fünf Zivilisten getötet.", 5.0, null, NumberQualifier.AtLeast, "civilians")]
    [InlineData("de", "Etwa 192.000 Menschen wurden vertrieben.", 192000.0, 192000.0, NumberQualifier.About, "people")]
    [InlineData("de", "Mehr als 3,5 Millionen Menschen flohen.", 3500000.0, null, NumberQualifier.MoreThan, "people")]
    [InlineData("de", "Es starben 170 georgische Soldaten.", 170.0, 170.0, NumberQualifier.Exact, "soldiers")]
    [InlineData("ru", "Погибли не менее пяти мирных жителей.", 5.0, null, NumberQualifier.AtLeast, "civilians")]
    [InlineData("ru", "Около 192 000 человек покинули дома.", 192000.0, 192000.0, NumberQualifier.About, "people")]
    [InlineData("ru", "Погибли более 30 тысяч человек.", 30000.0, null, NumberQualifier.MoreThan, "people")]
    [InlineData("ru", "Погибли 170 грузинских военнослужащих.", 170.0, 170.0, NumberQualifier.Exact, "soldiers")]
    public void ReadsCounts(string language, string text, double low, double? high, NumberQualifier qualifier, string counted)
    {
        var n = Only(language, text);
        Assert.Equal(low, n.Low);
        Assert.Equal(high, n.High);
        Assert.Equal(qualifier, n.Qualifier);
        Assert.Equal(counted, n.Counted);
    }

    [Theory]
    [InlineData("de", "Am 9. August 2008 fielen Bomben auf die Stadt.")]
    [InlineData("ru", "9 августа 2008 года бомбы упали на город.")]
    public void DatesAreNotCounts(string language, string text) =>
        Assert.Empty(new NumberReader().Read(GazetteerTestDocuments.Of(language, text)));

    [Fact]
    public void GermanArticleIsNotTheNumberOne() =>
        Assert.Empty(new NumberReader().Read(GazetteerTestDocuments.Of("de", "Ein Waffenstillstand wurde vereinbart.")));
}
