using Concord.Gazetteer;
using Concord.Gazetteer.Languages;
using Concord.Tests.Gazetteer;

namespace Concord.Tests.Languages;

/// <summary>The German and Russian gazetteer rules: case endings, Cyrillic names against Latin data, force nouns.</summary>
public class GazetteerLanguageTests
{
    [Theory]
    [InlineData("грузия", "грузии")]
    [InlineData("грузия", "грузию")]
    [InlineData("грузия", "грузией")]
    [InlineData("россия", "россии")]
    [InlineData("степанакерт", "степанакерте")]
    [InlineData("tskhinvali", "цхинвали")]
    [InlineData("tbilisi", "тбилиси")]
    [InlineData("yerevan", "ереван")]
    [InlineData("yerevan", "еревана")]
    [InlineData("российский", "российских")]
    public void RussianFormsMeetTheirBaseOrRomanisedName(string name, string inflected)
    {
        var ru = GazetteerLanguages.For("ru");
        Assert.Equal(ru.Stem(name), ru.Stem(inflected));
    }

    [Fact]
    public void RussianWordsThatOnlyLookAlikeStayApart()
    {
        var ru = GazetteerLanguages.For("ru");
        Assert.NotEqual(ru.Stem("грузия"), ru.Stem("гори"));
        Assert.NotEqual(ru.Stem("армения"), ru.Stem("россия"));
    }

    [Theory]
    [InlineData("georgien", "georgiens")]
    [InlineData("russland", "russlands")]
    [InlineData("russisch", "russischen")]
    [InlineData("georgisch", "georgische")]
    public void GermanGenitiveAndAdjectiveEndingsAreCut(string name, string inflected)
    {
        var de = GazetteerLanguages.For("de");
        Assert.Equal(de.Stem(name), de.Stem(inflected));
    }

    [Theory]
    [InlineData("de", "truppen", true)]
    [InlineData("de", "streitkräfte", true)]
    [InlineData("de", "grenze", false)]
    [InlineData("ru", "войска", true)]
    [InlineData("ru", "силы", true)]
    [InlineData("ru", "граница", false)]
    public void ForceNouns(string language, string word, bool force)
    {
        var rules = GazetteerLanguages.For(language);
        Assert.Equal(force, rules.IsForceNoun(Concord.Gazetteer.Text.NameFolder.Fold(word)));
        Assert.Equal(!force, rules.IsBorderNoun(Concord.Gazetteer.Text.NameFolder.Fold(word)));
    }

    [Fact]
    public void RussianPlacesComeFromCldrNamesAndRomanisedGeoNames()
    {
        var doc = GazetteerTestDocuments.Of("ru", "Российская авиация бомбила город Гори в Грузии, а грузинские войска отошли из Цхинвали в сторону Тбилиси.");
        var places = new PlaceRecognizer().Recognize(doc);
        Assert.Contains(places, p => p.Text == "Гори" && p.CanonicalName == "Gori");
        Assert.Contains(places, p => p.Text == "Цхинвали" && p.CanonicalName == "Ts’khinvali");
        Assert.Contains(places, p => p.Text == "Тбилиси" && p.CanonicalName == "Tbilisi");
    }

    [Fact]
    public void GermanCountryInTheGenitive()
    {
        var doc = GazetteerTestDocuments.Of("de", "Russland erkannte die Unabhängigkeit Abchasiens an und stationierte Truppen an der Grenze Georgiens.");
        var places = new PlaceRecognizer().Recognize(doc);
        Assert.Contains(places, p => p.Text == "Georgiens" && p.CanonicalName == "Georgia");
        Assert.Contains(places, p => p.Text == "Russland" && p.CanonicalName == "Russia");
        Assert.DoesNotContain(places, p => p.Text is "Unabhängigkeit" or "Truppen" or "Grenze");
    }
}
