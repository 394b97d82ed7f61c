using Concord.Gazetteer;
using Concord.Gazetteer.Languages;
using Concord.Model;

namespace Concord.Tests.Gazetteer;

/// <summary>Where an event happened, from the places of its clause (LocationChooser.ChooseForEvent).</summary>
public class EventLocationTests
{
    private static readonly PlaceRecognizer Recognizer = new();

    private static PlaceMatch? Choose(string prefix, string language, string sentence, string trigger, bool stateAct = false)
    {
        var doc = GazetteerTestDocuments.FromCorpus(prefix, language, sentence);
        int at = sentence.IndexOf(trigger, StringComparison.Ordinal);
        Assert.True(at >= 0);
        return LocationChooser.ChooseForEvent(sentence, language, Recognizer.Recognize(doc), new TextSpan(at, at + trigger.Length), stateAct);
    }

    [Fact]
    public void LatvianLocativeBeatsACapitalNamedAsAModifier()
    {
        var place = Choose("001", "lv", "Baku piepilsētā Sumgaitā notika labi organizēts armēņu grautiņš it kā par atbildi uz Armēnijas rīcību.", "grautiņš");
        Assert.Equal("Sumgait", place!.CanonicalName);
    }

    [Fact]
    public void EnglishPlaceAfterInBeatsAMoreSpecificOneNamedOtherwise()
    {
        var place = Choose("004", "en", "The alternative Vardenis–Martakert route has been closed by Azerbaijan since it took control of the Dadivank-Sotk section (in Kalbajar) during the Second Nagorno-Karabakh War (2020).", "took control");
        Assert.Equal("Kalbajar", place!.CanonicalName);
    }

    [Fact]
    public void TownsListedAsExamplesOutrankTheAreaAroundTheList()
    {
        const string sentence = "Civilian areas, including major cities, were hit, particularly Stepanakert, Martuni, Martakert, Shushi in the Republic of Artsakh and Ganja, Barda and Tartar in Azerbaijan, with many buildings and homes destroyed.";
        Assert.Equal("Stepanakert", Choose("004", "en", sentence, "were hit")!.CanonicalName);
    }

    [Fact]
    public void ListsAfterAnIntroducerAreEnumeratedInEachLanguage()
    {
        const string en = "Civilian areas, including major cities, were hit, particularly Stepanakert, Martuni, Martakert, Shushi in the Republic of Artsakh";
        var rules = GazetteerLanguages.For("en");
        Assert.True(rules.IsEnumerated(en, Span(en, "Martakert")));
        Assert.False(rules.IsEnumerated(en, Span(en, "Republic of Artsakh")));

        const string lv = "Lai gan smagākie notikumi risinājās ārpus Kalnu Karabahas (īpaši Baku un Nahičevānā), tomēr arī Kalnu Karabahā";
        Assert.Contains(lv, TestPaths.CorpusText("001"));
        Assert.True(GazetteerLanguages.For("lv").IsEnumerated(lv, Span(lv, "Nahičevānā")));
        Assert.False(GazetteerLanguages.For("lv").IsEnumerated(lv, Span(lv, "Kalnu Karabahā")));
    }

    private static TextSpan Span(string text, string name)
    {
        int at = text.IndexOf(name, StringComparison.Ordinal);
        Assert.True(at >= 0);
        return new TextSpan(at, at + name.Length);
    }

    [Fact]
    public void APlaceInParenthesesIsAnAside()
    {
        var place = Choose("001", "lv", "Lai gan smagākie notikumi risinājās ārpus Kalnu Karabahas (īpaši Baku un Nahičevānā), tomēr arī Kalnu Karabahā bija simtiem nodedzinātu māju un simtiem nogalināto no abām pusēm.", "nodedzinātu");
        Assert.Equal("Nagorno-Karabakh", place!.CanonicalName);
    }

    [Fact]
    public void ACapitalThatDecidesIsNotTheLocation()
    {
        Assert.Null(Choose("001", "lv", "1989. gada janvārī Maskava lēma ieviest KKAA tiešo pārvaldi no Maskavas, nozīmējot īpašu pārvaldes komiteju.", "lēma", stateAct: true));
    }

    [Fact]
    public void AStateDeclaringIsTheLocationOfItsOwnAct()
    {
        const string sentence = "As Azerbaijan declared its independence from the Soviet Union and removed the powers held by the enclave's government, the Armenian majority voted to secede from Azerbaijan.";
        Assert.Equal("Azerbaijan", Choose("003", "en", sentence, "declared", stateAct: true)!.CanonicalName);
        Assert.Null(Choose("003", "en", sentence, "declared", stateAct: false));
    }

    [Fact]
    public void AStateIsTheSubjectThroughAPossessiveAndOneWordButNotThroughMore()
    {
        // "'s Parliament" (two words) between the name and "declared" leaves it the subject; the
        // five words before "established" do not, so that act gets no location from the country.
        const string sentence = "Azerbaijan's Parliament declared a martial law and established curfews in several cities and regions following the clashes.";
        Assert.Equal("Azerbaijan", Choose("003", "en", sentence, "declared", stateAct: true)!.CanonicalName);
        Assert.Null(Choose("003", "en", sentence, "established", stateAct: true));
    }

    [Fact]
    public void WhatAnActWasDoneToIsItsLocation()
    {
        var place = Choose("004", "en", "On 12 December 2022, citizens of Azerbaijan claiming to be \"eco-activists\" launched a blockade of the Lachin corridor (precisely the Shusha–Dashalty intersection, patrolled by Russian peacekeepers), the only road connecting Artsakh to the outside world and to Armenia.", "blockade");
        Assert.Equal("Lachin corridor", place!.CanonicalName);
    }

    [Fact]
    public void PlaceAnaphorsPerLanguage()
    {
        Assert.Equal(PlacePrecision.Settlement, GazetteerLanguages.For("lv").PlaceAnaphor("— pilseta tika ievests padomju karaspeks"));
        Assert.Null(GazetteerLanguages.For("lv").PlaceAnaphor("1992. gada janvari azerbaidzani ienema divus armenu ciemus"));
        Assert.Equal(PlacePrecision.Unknown, GazetteerLanguages.For("en").PlaceAnaphor("the next day a large firefight broke out with azerbajiani forces approaching armenian lines in the same area"));
        Assert.Null(GazetteerLanguages.For("en").PlaceAnaphor("large-scale clashes erupted between azerbaijani and armenian troops"));
    }
}
