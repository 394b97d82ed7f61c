using Concord.Gazetteer;
using Concord.Model;

namespace Concord.Tests.Gazetteer;

public class LocationChooserTests
{
    private static readonly PlaceRecognizer Recognizer = new();

    [Fact]
    public void SettlementWinsOverRegionAndCountry()
    {
        var doc = GazetteerTestDocuments.FromCorpus("001", "lv",
            "Azerbaidžānas Kalnu Karabahas autonomā apgabala (KKAA) parlaments savā galvaspilsētā Stepanakertā 1988. gada 20. februārī nobalsoja par reģiona apvienošanu ar Armēniju");
        var location = LocationChooser.Choose(Recognizer.Recognize(doc));
        Assert.Equal("Stepanakert", location!.Name);
        Assert.Equal(PlacePrecision.Settlement, location.Precision);
    }

    [Fact]
    public void CountryOnlyClauseFallsBackToTheDocumentsRegion()
    {
        var text = TestPaths.CorpusText("002");
        var places = Recognizer.Recognize(GazetteerTestDocuments.Of("en", text));
        var fallback = LocationChooser.DocumentDefault(places);
        Assert.Equal("Nagorno-Karabakh", fallback!.Name);

        const string clause = "Armenian separatist forces said that they had been forced to agree to Azerbaijan’s terms";
        var at = text.IndexOf(clause, StringComparison.Ordinal);
        Assert.True(at >= 0);
        var span = new TextSpan(at, at + clause.Length);
        Assert.Equal("Azerbaijan", LocationChooser.Choose(places, span)!.Name);
        Assert.Equal("Nagorno-Karabakh", LocationChooser.Choose(places, span, fallback)!.Name);
    }

    [Fact]
    public void BelligerentsComeFromTheActiveConflictFile()
    {
        var places = Recognizer.Recognize(GazetteerTestDocuments.Of("en", TestPaths.CorpusText("002")));
        Assert.Equal(["Armenia", "Azerbaijan", "Artsakh"], ConflictContext.Belligerents(places));
        var elsewhere = Recognizer.Recognize(GazetteerTestDocuments.Of("en", "Shelling hit Kharkiv and Kramatorsk in eastern Ukraine."));
        Assert.Empty(ConflictContext.Belligerents(elsewhere));
    }

    [Fact]
    public void SidesAreDistinctInOrderOfMention()
    {
        var actors = new ActorRecognizer().Recognize(GazetteerTestDocuments.FromCorpus("003", "en",
            "On 5 October 2016, Armenian artillery shelled Azerbaijani positions on the line of contact with one Azerbaijani soldier being killed.[111]"));
        Assert.Equal(["Armenia", "Artsakh", "Azerbaijan"], LocationChooser.Sides(actors));
    }

    [Fact]
    public void EventSidesAreCompletedWithTheBelligerentsOnlyWhenFewerThanTwoAreNamed()
    {
        var places = Recognizer.Recognize(GazetteerTestDocuments.Of("en", TestPaths.CorpusText("002")));
        var belligerents = ConflictContext.Belligerents(places);
        var brokered = new ActorRecognizer().Recognize(GazetteerTestDocuments.FromCorpus("003", "en",
            "A Russian-brokered ceasefire was signed in May 1994, leading to diplomatic mediation.[63]"));
        Assert.Equal(["Russia", "Armenia", "Azerbaijan", "Artsakh"], ConflictContext.CompleteSides(LocationChooser.Sides(brokered), belligerents));
        Assert.Equal(["Armenia", "Azerbaijan"], ConflictContext.CompleteSides(["Armenia", "Azerbaijan"], belligerents));
    }

    [Fact]
    public void OneNationalityIsOnePartyEvenWithAKinSide()
    {
        var places = Recognizer.Recognize(GazetteerTestDocuments.Of("en", TestPaths.CorpusText("002")));
        var belligerents = ConflictContext.Belligerents(places);
        var actors = new ActorRecognizer().Recognize(GazetteerTestDocuments.FromCorpus("004", "en",
            "the massacre and displacement of Shusha's Armenian population"));
        Assert.Equal(["Armenia", "Artsakh"], LocationChooser.Sides(actors));
        Assert.Equal(["Armenia", "Artsakh", "Azerbaijan"], ConflictContext.CompleteSides(actors, belligerents));

        var two = new ActorRecognizer().Recognize(GazetteerTestDocuments.FromCorpus("003", "en",
            "On 24 February 2017, Azerbaijani forces shelled the Armenian positions near the village of Talish with artillery.[116]"));
        Assert.Equal(LocationChooser.Sides(two), ConflictContext.CompleteSides(two, belligerents)); // two parties named: nothing added
    }
}
