using Concord.Model;
using Concord.Segmenting;

namespace Concord.Tests.Text;

/// <summary>Sentence ends on real corpus sentences: citation markers, abbreviations, ordinals, initials.</summary>
public sealed class SentenceSplitterTests
{
    private static List<string> Split(string text, ISegmentationRules? rules) =>
        SentenceSplitter.Split(text, new TextSpan(0, text.Length), rules).Select(s => s.Slice(text)).ToList();

    [Fact]
    public void Citation_markers_stay_with_the_sentence_they_follow()
    {
        // 003: quote, dot, citation marker, then the next sentence.
        const string text = "As of 2017, public opinion on both sides has been noted as \"increasingly entrenched, bellicose and uncompromising\".[52] In this context, mutual concessions that could pave the way to conflict resolution were not being considered.";
        var sentences = Split(text, new EnSegmentationRules());
        Assert.Equal(2, sentences.Count);
        Assert.EndsWith("uncompromising\".[52]", sentences[0]);
        Assert.StartsWith("In this context", sentences[1]);
    }

    [Fact]
    public void Citation_markers_inside_a_sentence_do_not_split_it()
    {
        const string text = "The Nagorno-Karabakh conflict[lower-alpha 6] is an ethnic[44][45] and territorial[40] conflict between Armenia and Azerbaijan. A ceasefire signed in 1994 provided for two decades of relative stability.";
        var sentences = Split(text, new EnSegmentationRules());
        Assert.Equal(2, sentences.Count);
        Assert.StartsWith("The Nagorno-Karabakh conflict[lower-alpha 6]", sentences[0]);
    }

    [Fact]
    public void Latvian_ordinal_dates_are_one_sentence()
    {
        // 001
        const string text = "Konflikta eskalācija notika 2016. gada aprīlī un 2018. gadā. 2020. un 2023. gadā notika liela mēroga karadarbība, kuras laikā Azerbaidžānas bruņotie spēki ieņēma Kalnu Karabahu. 2023. gada 20. septembrī pēc aptuveni diennakti ilgām kaujām Azerbaidžānas armija sakāva Kalnu Karabahas karaspēku.";
        var sentences = Split(text, new LvSegmentationRules());
        Assert.Equal(
            [
                "Konflikta eskalācija notika 2016. gada aprīlī un 2018. gadā.",
                "2020. un 2023. gadā notika liela mēroga karadarbība, kuras laikā Azerbaidžānas bruņotie spēki ieņēma Kalnu Karabahu.",
                "2023. gada 20. septembrī pēc aptuveni diennakti ilgām kaujām Azerbaidžānas armija sakāva Kalnu Karabahas karaspēku.",
            ],
            sentences);
    }

    [Fact]
    public void A_latvian_sentence_ending_in_a_number_before_a_year_still_splits()
    {
        // 001
        const string text = "Citā ziņojumā mirušo azerbaidžāņu skaits bija 20. 2013. gada laikā sadursmēs tika nogalināti 12 Azerbaidžānas un 7 armēņu karavīri.";
        var sentences = Split(text, new LvSegmentationRules());
        Assert.Equal("Citā ziņojumā mirušo azerbaidžāņu skaits bija 20.", sentences[0]);
        Assert.Equal(2, sentences.Count);
    }

    [Fact]
    public void Latvian_century_ranges_and_initials_do_not_split()
    {
        // 001
        const string text = "6. gadsimta vidū tā nokļuva arābu kontrolē, 9.—16. gadsimtā bija armēņu Hačenas kņazistes sastāvdaļa. M. Gorbačova atklātības politika Armēnijā noveda pie atklātām prasībām pēc Kalnu Karabahas atdošanas.";
        var sentences = Split(text, new LvSegmentationRules());
        Assert.Equal(2, sentences.Count);
        Assert.StartsWith("M. Gorbačova", sentences[1]);
    }

    [Fact]
    public void Lithuanian_year_and_day_abbreviations_do_not_split()
    {
        // 000 (typed without diacritics) and its standard spelling.
        const string text = "1988–1994 m. tarp Armenijos ir Azerbaidzano vyko karas i kuri veliau isitrauke Rusija. 2020 m. lapkričio 9 d. pasirašyta taikos sutartis.";
        var sentences = Split(text, new LtSegmentationRules());
        Assert.Equal(2, sentences.Count);
        Assert.Equal("2020 m. lapkričio 9 d. pasirašyta taikos sutartis.", sentences[1]);
    }

    [Fact]
    public void Lithuanian_multiword_abbreviation_does_not_end_a_sentence()
    {
        const string text = "Konfliktas vyko dviejose valstybėse, t. y. Armėnijoje ir Azerbaidžane. Vėliau jis atsinaujino.";
        var sentences = Split(text, new LtSegmentationRules());
        Assert.Equal(2, sentences.Count);
    }

    [Fact]
    public void English_titles_and_abbreviations_before_capitals_do_not_split()
    {
        const string text = "Joseph Dunford met Gen. Zakir Hasanov in the U.S. Capitol on 16 February 2017. The meeting was brief.";
        var sentences = Split(text, new EnSegmentationRules());
        Assert.Equal(2, sentences.Count);
        Assert.Equal("The meeting was brief.", sentences[1]);
    }

    [Fact]
    public void Initials_in_a_citation_do_not_split()
    {
        // 003 citation 45
        const string text = "Yamskov, A. N. (October 1991). \"Ethnic Conflict in the Transcausasus: The Case of Nagorno-Karabakh\".";
        var sentences = Split(text, new EnSegmentationRules());
        Assert.Equal("Yamskov, A. N. (October 1991).", sentences[0]);
    }

    [Fact]
    public void Question_and_quote_endings_split()
    {
        // 002
        const string text = "However, can it be beneficial to establish security in Azerbaijan’s breakaway region of Nagorno-Karabakh? What’s happening between Armenia and Azerbaijan over Nagorno-Karabakh?";
        var sentences = Split(text, new EnSegmentationRules());
        Assert.Equal(2, sentences.Count);
    }

    [Fact]
    public void A_list_number_does_not_make_a_sentence()
    {
        // 003 citation 8
        const string text = "8. \"Armenia, Azerbaijan, Russia sign deal to end Nagorno-Karabakh war\". www.aljazeera.com. Retrieved 2020-11-10.";
        var sentences = Split(text, new EnSegmentationRules());
        Assert.Equal("8. \"Armenia, Azerbaijan, Russia sign deal to end Nagorno-Karabakh war\". www.aljazeera.com.", sentences[0]);
    }

    [Fact]
    public void German_day_ordinals_before_capitalised_months_do_not_split()
    {
        const string text = "Die Kämpfe begannen am 27. September 2020 entlang der Kontaktlinie. Am 10. November 2020 endeten sie mit einem Waffenstillstand.";
        var sentences = Split(text, new DeSegmentationRules());
        Assert.Equal(2, sentences.Count);
        Assert.Equal("Am 10. November 2020 endeten sie mit einem Waffenstillstand.", sentences[1]);
    }
}
