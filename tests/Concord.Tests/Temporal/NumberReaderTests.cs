using Concord.Model;
using Concord.Temporal;

namespace Concord.Tests.Temporal;

/// <summary>Numbers from the Karabakh corpus in en, lv and lt.</summary>
public class NumberReaderTests
{
    private static IReadOnlyList<NumberExpression> Read(string text, string language)
    {
        var source = new SourceDocument("quote.txt", "quote.txt", "txt", text, "", text.Length);
        var span = new TextSpan(0, text.Length);
        var doc = new AnalyzedDocument(source, language, [new Paragraph(span, language, 1)], [], [new Sentence(0, span, language, SectionKind.Body, null)]);
        return new NumberReader().Read(doc);
    }

    [Theory]
    [InlineData("28,000–38,000 killed (1988–1994)[36]", "en", 28000, 38000.0, NumberQualifier.Exact, "casualties")]
    [InlineData("7,045–7,016 killed (2020)[39]", "en", 7016, 7045.0, NumberQualifier.Exact, "casualties")]
    [InlineData("541–547+ killed (2010–2019)[38]", "en", 541, null, NumberQualifier.AtLeast, "casualties")]
    [InlineData("At least 49 Armenian soldiers and 50 Azeri military personnel were killed.", "en", 49, null, NumberQualifier.AtLeast, "soldiers")]
    [InlineData("Approximately 2,000 Russian soldiers were deployed as peacekeeping forces along the Lachin corridor", "en", 2000, 2000.0, NumberQualifier.About, "soldiers")]
    [InlineData("Six Armenian civilians were killed", "en", 6, 6.0, NumberQualifier.Exact, "civilians")]
    [InlineData("Vairāk kā 11 tūkstošu armēņu ģimeņu, baidoties no musulmaņu naida, aizbēga uz Krievijas iekšējiem rajoniem.", "lv", 11000, null, NumberQualifier.MoreThan, "families")]
    [InlineData("karadarbībā dzīvību zaudēja aptuveni 6500 cilvēku.", "lv", 6500, 6500.0, NumberQualifier.About, "people")]
    [InlineData("Kalnu Karabachas ir dar septyni regionai atiteko Armenijos itakai.", "lt", 7, 7.0, NumberQualifier.Exact, "regions")]
    public void ReadsValueBoundsAndWhatIsCounted(string sentence, string language, double low, double? high, NumberQualifier qualifier, string counted)
    {
        var n = Read(sentence, language).First(x => x.Low == low);
        Assert.Equal(high, n.High);
        Assert.Equal(qualifier, n.Qualifier);
        Assert.Equal(counted, n.Counted);
    }

    [Fact]
    public void TwoDecadesAreTwentyYears()
    {
        var n = Read("1994. gadā parakstītais uguns pārtraukums deva divus gadu desmitus ļoti relatīvas stabilitātes", "lv").Single();
        Assert.Equal(20, n.Low);
        Assert.Equal("years", n.Unit);
    }

    [Fact]
    public void DatesCitationsAndIdentifiersAreNotCounts()
    {
        var found = Read("Strength 2018: 65,000 (active servicemen)[25] after Resolution 62/243 of 2008 and the Mi-24 loss.", "en");
        Assert.Equal([65000.0], found.Select(n => n.Low).ToArray());
        Assert.Equal("soldiers", found[0].Counted);
    }

    [Fact]
    public void PercentAndBillions()
    {
        var found = Read("BP received a total of $19bn in dividends and currently control approximately 9% of the territory", "en");
        Assert.Contains(found, n => n.Low == 19e9 && n.Unit == "USD");
        Assert.Contains(found, n => n.Low == 9 && n.Unit == "%" && n.Qualifier == NumberQualifier.About);
    }
    /// <summary>
    /// Digits with group separators and decimals are read in place, not parsed: the value must be
    /// what parsing the separator-free string gives (the same double, to the last bit).
    /// </summary>
    [Theory]
    [InlineData("In FY 2018, Armenia received $4.2 million in U.S. security assistance.", "en", "4.2")]
    [InlineData("Some 28,000 people fled.", "en", "28000")]
    [InlineData("The share rose to 0.3 of the total, then 12.75.", "en", "0.3")]
    [InlineData("The share rose to 0.3 of the total, then 12.75.", "en", "12.75")]
    [InlineData("The area is 4,400.123456789 square kilometres.", "en", "4400.123456789")]
    [InlineData("karadarbībā dzīvību zaudēja aptuveni 6 500 cilvēku.", "lv", "6500")]
    [InlineData("Iedzīvotāju skaits bija 1,15 miljoni.", "lv", "1.15")]
    public void DigitsWithSeparatorsAreWhatParsingGives(string sentence, string language, string parsed)
    {
        double expected = double.Parse(parsed, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(Read(sentence, language), n => BitConverter.DoubleToInt64Bits(n.Low) == BitConverter.DoubleToInt64Bits(expected)
            || BitConverter.DoubleToInt64Bits(n.Low) == BitConverter.DoubleToInt64Bits(expected * 1e6));
    }
}
