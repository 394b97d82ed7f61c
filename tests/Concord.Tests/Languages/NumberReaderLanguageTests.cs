using Concord.Model;
using Concord.Temporal;
using Concord.Tests.Gazetteer;

namespace Concord.Tests.Languages;

/// <summary>German, Russian, French and Spanish numbers: words in their cases, grouped thousands (space, dot), qualifiers, counted nouns.</summary>
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
    [InlineData("fr", "Au moins cinq civils ont été tués.", 5.0, null, NumberQualifier.AtLeast, "civilians")]
    [InlineData("fr", "Environ 192 000 personnes ont fui.", 192000.0, 192000.0, NumberQualifier.About, "people")]
    [InlineData("fr", "Plus de 3,5 millions de personnes ont fui.", 3500000.0, null, NumberQualifier.MoreThan, "people")]
    [InlineData("fr", "Les combats ont tué 170 soldats géorgiens.", 170.0, 170.0, NumberQualifier.Exact, "soldiers")]
    [InlineData("es", "Murieron al menos cinco civiles.", 5.0, null, NumberQualifier.AtLeast, "civilians")]
    [InlineData("es", "Unas 192.000 personas huyeron.", 192000.0, 192000.0, NumberQualifier.About, "people")]
    [InlineData("es", "Más de 30 mil personas huyeron.", 30000.0, null, NumberQualifier.MoreThan, "people")]
    [InlineData("es", "Murieron 170 soldados georgianos.", 170.0, 170.0, NumberQualifier.Exact, "soldiers")]
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
    [InlineData("fr", "Le 9 août 2008, des bombes sont tombées sur la ville.")]
    [InlineData("es", "El 9 de agosto de 2008 cayeron bombas sobre la ciudad.")]
    [InlineData("de", "Ein Waffenstillstand wurde vereinbart.")]
    [InlineData("fr", "Un cessez-le-feu a été signé.")]
    [InlineData("es", "Un alto el fuego fue firmado.")]
    public void DatesAndArticlesAreNotCounts(string language, string text) =>
        Assert.Empty(new NumberReader().Read(GazetteerTestDocuments.Of(language, text)));
}
