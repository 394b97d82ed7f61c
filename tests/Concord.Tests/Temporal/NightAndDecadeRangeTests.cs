namespace Concord.Tests.Temporal;

/// <summary>
/// A night after a told day spans both days; a day-grain relative counts from the last day told,
/// not from a year named in passing; a Latvian range may open with a part of a decade.
/// </summary>
public class NightAndDecadeRangeTests
{
    [Fact]
    public void TheFollowingNightAfterADayToldSpansThatDayAndTheNext()
    {
        // Doc 003: the paragraph names "since 1994" between the day and the night.
        var found = TemporalTestKit.Tag(
            "On 2 August 2014, Azerbaijani authorities announced that eight of their soldiers had been killed in three days of clashes with NKO forces, the biggest single death toll for the country's military since the 1994 ceasefire. Five more Azerbaijani troops were killed the following night, bringing the death toll from the August clashes to at least 15.", "en");
        var night = found.Only("the following night");
        Assert.Equal(("2014-08-02", "2014-08-03"), night.Range());
        Assert.Equal("2014-08-03TNI", night.Value);
    }

    [Fact]
    public void LatvianNextNightSpansTwoDaysButTheNextDayIsOne()
    {
        var night = TemporalTestKit.Tag(
            "2014. gada 2. augustā Azerbaidžānas varas iestādes pavēstīja, ka astoņi no viņu karavīriem krituši trīs dienu sadursmēs ar KKA spēkiem. Nākamajā naktī tika nogalināti vēl pieci azerbaidžāņu karotāji.", "lv");
        Assert.Equal(("2014-08-02", "2014-08-03"), night.Only("Nākamajā naktī").Range());
        var day = TemporalTestKit.Tag(
            "2017. gada 24. februārī Azerbaidžānas spēki apšaudīja armēņu pozīcijas pie Tališas ciema ar artilēriju. Nākamajā dienā izcēlās liela kauja ar Azerbaidžānas spēkiem", "lv");
        Assert.Equal(("2017-02-25", "2017-02-25"), day.Only("Nākamajā dienā").Range());
    }

    [Fact]
    public void ALatvianRangeOpeningWithTheLateDecadeStartsInTheDecadeNotIn1980()
    {
        var t = TemporalTestKit.Tag(
            "Kalnu Karabahas karš, kas pazīstams arī kā Arcahas atbrīvošanās karš Armēnijā un Kalnu Karabahā, bija bruņots konflikts, kas notika no 1980. gadu beigām līdz 1994. gada maijam Kalnu Karabahas anklāvā Azerbaidžānas dienvidrietumu daļā", "lv")
            .Only("no 1980. gadu beigām līdz 1994. gada maijam");
        Assert.Equal(("1987", "1994-05"), t.Range());
        var year = TemporalTestKit.Tag("1980. gada beigās notika vēlēšanas.", "lv").Only("1980. gada beigās");
        Assert.StartsWith("1980", year.Range().Item1);
    }
}
