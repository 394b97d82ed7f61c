using Concord.Gazetteer;
using Concord.Model;

namespace Concord.Tests.Gazetteer;

public class PlaceRecognizerTests
{
    private static readonly PlaceRecognizer Recognizer = new();

    private static IReadOnlyList<PlaceMatch> Places(string prefix, string language, string sentence) =>
        Recognizer.Recognize(GazetteerTestDocuments.FromCorpus(prefix, language, sentence));

    [Fact]
    public void LithuanianWithoutDiacriticsFindsInflectedCountries()
    {
        var places = Places("000", "lt", "1988–1994 m. tarp Armenijos ir Azerbaidzano vyko karas i kuri veliau isitrauke Rusija.");
        Assert.Equal(["Armenia", "Azerbaijan", "Russia"], places.Select(p => p.CanonicalName));
        Assert.All(places, p => Assert.Equal(PlacePrecision.Country, p.Precision));
        Assert.Equal("Armenijos", places[0].Text);
        Assert.InRange(places[0].Latitude!.Value, 40.0, 40.4); // Yerevan stands for the country
    }

    [Fact]
    public void LithuanianRegionNameInTwoWords()
    {
        var places = Places("000", "lt", "pagal, kurią didzioji Kalnu Karabacho teritorijos dalis atiduota Azerbaidzano itakai.");
        var region = Assert.Single(places, p => p.CanonicalName == "Nagorno-Karabakh");
        Assert.Equal("Kalnu Karabacho", region.Text);
        Assert.Equal(PlacePrecision.Region, region.Precision);
    }

    [Fact]
    public void LatvianLocativeOfATownFromTheConflictFile()
    {
        var places = Places("001", "lv", "Armēņus tas neapmierināja, un jūnijā Šušā tika pasludināta Kalnu Karabahas neatkarība.");
        var shusha = Assert.Single(places, p => p.CanonicalName == "Shusha");
        Assert.Equal("Šušā", shusha.Text);
        Assert.Equal(PlacePrecision.Settlement, shusha.Precision);
        Assert.InRange(shusha.Latitude!.Value, 39.7, 39.8);
        Assert.Contains(places, p => p.CanonicalName == "Nagorno-Karabakh" && p.Text == "Kalnu Karabahas");
        Assert.DoesNotContain(places, p => p.CanonicalName == "Armenia"); // "Armēņus" is the people
    }

    [Fact]
    public void LatvianCommonWordIsNotAPlaceAndExonymIsLinked()
    {
        var places = Places("001", "lv", "Gan Baku, gan Maskava viņiem atteica.");
        Assert.Equal(["Baku", "Moscow"], places.Select(p => p.CanonicalName));
        Assert.InRange(places[1].Longitude!.Value, 37, 38);
    }

    [Fact]
    public void BorderBetweenTwoStatesAndADistrict()
    {
        var places = Places("003", "en", "Turkey closed its border with Armenia in April 1993 after Armenian forces captured Kalbajar.");
        Assert.Contains(places, p => p.CanonicalName == "Armenia–Turkey border" && p.Precision == PlacePrecision.Line);
        var kalbajar = Assert.Single(places, p => p.CanonicalName == "Kalbajar");
        Assert.Equal(PlacePrecision.District, kalbajar.Precision);
        Assert.Equal("Kalbajar", LocationChooser.Choose(places)!.Name);
    }

    [Fact]
    public void LatvianBorderInACompoundNoun()
    {
        var places = Places("001", "lv",
            "Nākamajā gadā robežsadursmes starp Armēnijas un Azerbaidžānas bruņotajiem spēkiem notika no aprīļa beigām līdz jūnija sākumam");
        Assert.Contains(places, p => p.CanonicalName == "Armenia–Azerbaijan border");
    }

    [Fact]
    public void PersonNamesAndAbbreviationsAreNotTowns()
    {
        var doc = GazetteerTestDocuments.FromCorpus("003", "en",
            "The UN Security Council Resolution 853, passed in July 1993, called on states to");
        Assert.Empty(Recognizer.Recognize(doc));
        var bush = Recognizer.Recognize(GazetteerTestDocuments.Of("en", "The sanctions were waived by President George W. Bush in Washington and in Armenia."));
        Assert.DoesNotContain(bush, p => p.CanonicalName == "George");
    }

    [Fact]
    public void OrganisationNamesDoNotYieldTheirCities()
    {
        var places = Places("003", "en",
            "A Russian-brokered ceasefire was signed in May 1994 and peace talks, mediated by the OSCE Minsk Group (Russia, US, France) have been held ever since by Armenia and Azerbaijan.");
        Assert.DoesNotContain(places, p => p.CanonicalName == "Minsk");
        Assert.Equal(["Russia", "United States", "France", "Armenia", "Azerbaijan"], places.Select(p => p.CanonicalName));
    }

    [Fact]
    public void OtherConflictsStillGetGeoNamesTownsNearTheirCountry()
    {
        // No conflict file covers this: towns come from GeoNames, anchored by the country named.
        var doc = GazetteerTestDocuments.Of("en", "Shelling hit Kharkiv and Kramatorsk in eastern Ukraine.");
        var places = Recognizer.Recognize(doc);
        Assert.Equal(["Kharkiv", "Kramators’k", "Ukraine"], places.Select(p => p.CanonicalName)); // GeoNames spelling
        Assert.InRange(places[1].Latitude!.Value, 48, 49);
    }

    [Fact]
    public void SmallHomonymFarFromTheDocumentsPlacesStaysUnlinked()
    {
        // Martuni is a town in Nagorno-Karabakh and another in Armenia; "Divi" (two) is a common word.
        var places = Places("001", "lv",
            "22. februārī liela bruņotu vīru grupa no azerbaidžāņu Agdamas mēģināja nokļūt Stepanakertā, un pie Askeranas viņus mēģināja apturēt azerbaidžāņu milicija un vietējie iedzīvotāji.");
        Assert.Equal(["Agdam", "Stepanakert", "Askeran"], places.Select(p => p.CanonicalName));
    }

    [Fact]
    public void TownsNearTheBorderAreLinkedAndAWordWrittenInLowerCaseIsNoTown()
    {
        var text = "Turkey closed its border with Armenia in April 1993 after Armenian forces captured Kalbajar. "
                   + "This ended the operation of the weekly Kars-Gyumri train. The United States urged justice; Justice was slow.";
        Assert.Contains("the weekly Kars-Gyumri train", TestPaths.CorpusText("003"));
        var places = Recognizer.Recognize(GazetteerTestDocuments.Of("en", text));
        Assert.Contains(places, p => p.CanonicalName == "Kars" && p.Precision == PlacePrecision.Settlement);
        Assert.Contains(places, p => p.CanonicalName == "Gyumri");
        Assert.Contains(places, p => p.CanonicalName == "United States");
        Assert.DoesNotContain(places, p => p.Text == "Justice"); // a US town, but "justice" is written in lower case too
    }

    [Fact]
    public void NationalityIsNoTownAndARegionsEdgeIsNoStateBorder()
    {
        var turks = Places("001", "lv", "Turkiem izdevās pārņemt savā kontrolē Šušu un galvenos ceļus");
        Assert.Equal(["Shusha"], turks.Select(p => p.CanonicalName)); // "Turkiem" (to the Turks) is not the town Turki

        var edge = Places("001", "lv",
            "2016. gada janvārī un februārī cīņās pie Kalnu Karabahas robežas tika nogalināti četri armēņu un četri Azerbaidžānas karavīri.");
        Assert.DoesNotContain(edge, p => p.Precision == PlacePrecision.Line);
        Assert.Equal("Nagorno-Karabakh", LocationChooser.Choose(edge)!.Name);
    }
}
