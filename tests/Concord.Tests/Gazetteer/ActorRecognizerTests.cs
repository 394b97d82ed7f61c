using Concord.Gazetteer;

namespace Concord.Tests.Gazetteer;

public class ActorRecognizerTests
{
    private static readonly ActorRecognizer Recognizer = new();

    private static IReadOnlyList<string> Sides(string prefix, string language, string sentence) =>
        LocationChooser.Sides(Recognizer.Recognize(GazetteerTestDocuments.FromCorpus(prefix, language, sentence)));

    [Fact]
    public void RussianBrokeredMapsToRussiaAndMinskGroupToOsce()
    {
        var sides = Sides("003", "en",
            "A Russian-brokered ceasefire was signed in May 1994 and peace talks, mediated by the OSCE Minsk Group (Russia, US, France) have been held ever since by Armenia and Azerbaijan.");
        Assert.Equal(["Russia", "OSCE", "United States", "France", "Armenia", "Azerbaijan"], sides);
    }

    [Fact]
    public void KarabakhArmeniansAreTheDeFactoState()
    {
        var actors = Recognizer.Recognize(GazetteerTestDocuments.FromCorpus("003", "en",
            "The conflict has its origins in the early 20th century, though the present conflict began in 1988, when the Karabakh Armenians demanded that Karabakh be transferred from Soviet Azerbaijan to Soviet Armenia."));
        var karabakhArmenians = Assert.Single(actors, a => a.Text == "Karabakh Armenians");
        Assert.Equal("Artsakh", karabakhArmenians.Actor);
        Assert.Contains(actors, a => a.Text == "Soviet" && a.Actor == "Soviet Union");
        Assert.Contains(actors, a => a.Text == "Azerbaijan" && a.Actor == "Azerbaijan");
    }

    [Fact]
    public void LatvianDemonymsInTheGenitivePlural()
    {
        var sides = Sides("001", "lv", "Taču azerbaidžāņu spēku mēģinājums jūnijā iekarot Šušas armēņu kvartālus neizdevās.");
        Assert.Contains("Azerbaijan", sides);
        Assert.Contains("Armenia", sides);
        Assert.Contains("Artsakh", sides); // kin side of the conflict file: Armenians of Karabakh
    }

    [Fact]
    public void LatvianSoldierOfTheRegionIsTheDeFactoStatesSide()
    {
        var actors = Recognizer.Recognize(GazetteerTestDocuments.FromCorpus("001", "lv",
            "Pirmais 2016. gada upuris bija Kalnu Karabahas karavīrs, kuru tika nošāvis pretinieku snaiperis frontes līnijas austrumu rajonā."));
        var soldier = Assert.Single(actors);
        Assert.Equal("Artsakh", soldier.Actor);
        Assert.Equal("Kalnu Karabahas karavīrs", soldier.Text);
    }

    [Fact]
    public void LithuanianDemonymWithoutDiacritics()
    {
        var sides = Sides("000", "lt",
            "Azerbaidzanieciai prarade Kalnu Karabacha ir tuos septynis regionus buvo isvaryti ir turejo begti i Azerbaidzana.");
        Assert.Equal(["Azerbaijan"], sides);
    }

    [Fact]
    public void LithuanianCapitalisedDemonymIsNoPlace()
    {
        var doc = GazetteerTestDocuments.FromCorpus("000", "lt", "Ten ir toliau didzioji dalis gyventoju buvo Armenai.");
        Assert.Contains("Armenia", LocationChooser.Sides(Recognizer.Recognize(doc)));
        Assert.Empty(new PlaceRecognizer().Recognize(doc)); // nor is "Ten" (there) the town Teni
    }

    [Fact]
    public void LatvianUnitedNationsBodyAndForces()
    {
        var actors = Recognizer.Recognize(GazetteerTestDocuments.FromCorpus("001", "lv",
            "Pēc incidenta 14. martā Apvienoto Nāciju Organizācijas Ģenerālā asambleja, pieņemot balsojumā ar 39 balsīm par un 7 pret rezolūciju 62/243, pieprasīja nekavējoties izvest visus armēņu spēkus no okupētajām Azerbaidžānas teritorijām"));
        Assert.Equal("United Nations", actors[0].Actor);
        Assert.Contains(actors, a => a.Actor == "Azerbaijan");
    }

    [Fact]
    public void ConflictForcesKeepTheirNameAsDetail()
    {
        var actors = Recognizer.Recognize(GazetteerTestDocuments.FromCorpus("001", "lv",
            "kuras laikā Azerbaidžānas bruņotie spēki ieņēma Kalnu Karabahu"));
        var forces = Assert.Single(actors);
        Assert.Equal("Azerbaijan", forces.Actor);
        Assert.Equal("Azerbaijani Armed Forces", forces.Detail);
    }
}
