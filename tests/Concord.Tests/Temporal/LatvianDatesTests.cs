using Concord.Model;

namespace Concord.Tests.Temporal;

/// <summary>Latvian dates from the Karabakh corpus (document 001).</summary>
public class LatvianDatesTests
{
    [Theory]
    [InlineData("Azerbaidžānas Kalnu Karabahas autonomā apgabala (KKAA) parlaments savā galvaspilsētā Stepanakertā 1988. gada 20. februārī nobalsoja par reģiona apvienošanu ar Armēniju.", "1988. gada 20. februārī", "1988-02-20", "1988-02-20", DatePrecision.Day)]
    [InlineData("1994. gada maijā tika parakstīts Krievijas organizēts bruņots pamiers", "1994. gada maijā", "1994-05", "1994-05", DatePrecision.Month)]
    [InlineData("1988. gadā Baku parādījās pirmie bēgļi no Armēnijas", "1988. gadā", "1988", "1988", DatePrecision.Year)]
    [InlineData("Pēc Sarkanās armijas uzbrukuma 1921. gadā izveidoja Padomju Azerbaidžānas Kalnu Karabahas autonomo apgabalu, kas no 1922. līdz 1936. gadam bija Aizkaukāza PFSR sastāvā.", "no 1922. līdz 1936. gadam", "1922", "1936", DatePrecision.Year)]
    [InlineData("Konflikts saasinājās līdz asiņainam karam 1990. gadu sākumā.", "1990. gadu sākumā", "1990", "1993", DatePrecision.Year)]
    [InlineData("1919. gada vasarā Azerbaidžāna sāka Kalnu Karabahas blokādi, kas izsauca badu.", "1919. gada vasarā", "1919-06", "1919-08", DatePrecision.Season)]
    [InlineData("1992. gada pavasarī armēņu spēki sagrāba teritoriju ārpus paša anklāva", "1992. gada pavasarī", "1992-03", "1992-05", DatePrecision.Season)]
    [InlineData("1992. gada februāra beigās notika pirmā veiksmīgā armēņu operācija.", "1992. gada februāra beigās", "1992-02", "1992-02", DatePrecision.Month)]
    [InlineData("No 2016. gada 1. līdz 5. aprīlim smagās cīņas Kalnu Karabahas frontē noveda pie 88 armēņu un 31 līdz 92 Azerbaidžānas karavīru nāves.", "No 2016. gada 1. līdz 5. aprīlim", "2016-04-01", "2016-04-05", DatePrecision.Day)]
    [InlineData("2020. gada 12.–16. jūlijā notika četru dienu kaujas pie Armēnijas un Azerbaidžānas robežas", "2020. gada 12.–16. jūlijā", "2020-07-12", "2020-07-16", DatePrecision.Day)]
    [InlineData("2016. gada janvārī un februārī cīņās pie Kalnu Karabahas robežas tika nogalināti četri armēņu un četri Azerbaidžānas karavīri.", "2016. gada janvārī un februārī", "2016-01", "2016-02", DatePrecision.Month)]
    public void ReadsInflectedDates(string sentence, string text, string start, string end, DatePrecision precision)
    {
        var t = TemporalTestKit.Tag(sentence, "lv").Only(text);
        Assert.Equal((start, end), t.Range());
        Assert.Equal(precision, t.Precision);
    }

    [Fact]
    public void TwoYearsJoinedByUnStayTwoDates()
    {
        var found = TemporalTestKit.Tag("2020. un 2023. gadā notika liela mēroga karadarbība", "lv");
        Assert.Equal("2020", found.Single(t => t.Text.StartsWith("2020")).Value);
        Assert.Equal("2023", found.Only("2023. gadā").Value);
    }

    [Fact]
    public void DayAndMonthTakeTheYearOfTheParagraph()
    {
        var found = TemporalTestKit.Tag(
            "2014. gadā uzliesmoja vairāki robežkonflikti, kuru dēļ krita 16 zaldāti abās pusēs līdz 20. jūnijam. Februāra vidū Azerbaidžānas snaiperis nogalināja armēņu ganu.", "lv");
        var june = found.Only("20. jūnijam");
        Assert.Equal("2014-06-20", june.Value);
        Assert.True(june.ResolvedFromContext);
        Assert.Equal("2014-02", found.Only("Februāra vidū").Value);
    }

    [Fact]
    public void TheNextDayFollowsTheLastFullDate()
    {
        var found = TemporalTestKit.Tag(
            "2017. gada 24. februārī Azerbaidžānas spēki apšaudīja armēņu pozīcijas pie Tališas ciema ar artilēriju. Nākamajā dienā izcēlās liela kauja ar Azerbaidžānas spēkiem", "lv");
        Assert.Equal("2017-02-25", found.Only("Nākamajā dienā").Value);
    }

    [Fact]
    public void CenturiesInRomanAndArabicNumerals()
    {
        var found = TemporalTestKit.Tag("Taču XIX gadsimta vidū armēņi sāka atgriezties dzimtajās vietās. Kopš Karabahas hanistes laikiem 18. gadsimta otrajā pusē Karabahas teritorijā apmetās ievērojams skaits tjurku.", "lv");
        Assert.Equal(("1840", "1860"), found.Only("XIX gadsimta vidū").Range());
        Assert.Equal("17", found.Only("18. gadsimta").Value);
    }

    [Fact]
    public void TwoDecadesIsADuration() =>
        Assert.Equal("P20Y", TemporalTestKit.Tag("1994. gadā parakstītais uguns pārtraukums deva divus gadu desmitus ļoti relatīvas stabilitātes", "lv").Only("divus gadu desmitus").Value);

    [Fact]
    public void WinterToldAfterJulyIsTheNextYearsWinter()
    {
        // The narrative has reached 23 July 1993; the winter that follows is 1993/94, which the
        // guidelines number 1994 (Y-01..Y-02), and the spring after it is 1994's too.
        var found = TemporalTestKit.Tag(
            "1993. gadā NVS armija neplānoti atstāja savu dislokāciju Gendžē. Tā, 23. jūlijā krita Agdama — agrāk ap 50 000 cilvēku apdzīvotais rajona centrs tika sagrauts un daļēji nodedzināts (saglabājot tikai mošeju), un pašlaik tajā mīt mazāk kā 400 cilvēku. Ziemā karadarbība norisinājās ar mainīgām sekmēm, bet pavasarī armēņi atkal veiksmīgi uzbruka un iekaroja dažus ciemus, lai gan bija cerējuši daudz vairāk.", "lv");
        Assert.Equal("1993-07-23", found.Only("23. jūlijā").Value);
        Assert.Equal(("1994-01", "1994-02"), found.Only("Ziemā").Range());
        Assert.Equal(("1994-03", "1994-05"), found.Only("pavasarī").Range());

        // A winter told after January stays in its own year.
        var january = TemporalTestKit.Tag("1990. gada janvārī sākās kaujas. Ziemā karadarbība norisinājās ar mainīgām sekmēm.", "lv");
        Assert.Equal(("1990-01", "1990-02"), january.Only("Ziemā").Range());
    }

    [Fact]
    public void SeasonsWithoutAYearTakeTheYearOfTheParagraph()
    {
        var found = TemporalTestKit.Tag(
            "1988. gada jūlijā Kalnu Karabahas apgabala padome pieņēma lēmumu izstāties no Azerbaidžānas sastāva. Gan Baku, gan Maskava viņiem atteica. Rudenī savstarpēji grautiņi un bēgļi bija kļuvuši par normu visā Armēnijas un Azerbaidžānas teritorijā.", "lv");
        var autumn = found.Only("Rudenī");
        Assert.Equal(("1988-09", "1988-11"), autumn.Range());
        Assert.Equal(DatePrecision.Season, autumn.Precision);
        Assert.True(autumn.ResolvedFromContext);

        var byAutumn = TemporalTestKit.Tag(
            "1993. gadā NVS armija neplānoti atstāja savu dislokāciju Gendžē. Heidars Alijevs, kurš tobrīd vadīja Nahčivanas autonomiju, pierunāja darboties kopīgi ar politiskām cīņas metodēm, un ar rudeni Alijevs kļuva par prezidentu, bet Huseinovs par premjerministru.", "lv");
        Assert.Equal(("1993-09", "1993-11"), byAutumn.Only("rudeni").Range());
    }

    [Fact]
    public void SeasonNounsThatDateNothingAreNotDates()
    {
        // The genitive qualifies a noun ("summer pastures"); the locative alone is the time.
        var found = TemporalTestKit.Tag(
            "1988. gadā bruņoti armēņi drošības dēļ liedza lopkopjiem — azerbaidžāņiem dzīt lopus uz vasaras ganībām kalnos tuvu armēņu ciemiem.", "lv");
        Assert.DoesNotContain(found, t => t.Text.Contains("vasaras", StringComparison.OrdinalIgnoreCase));
    }
}
