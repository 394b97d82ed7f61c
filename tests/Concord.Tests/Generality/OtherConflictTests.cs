using Concord.Model;
using Concord.Tests.Languages;

namespace Concord.Tests.Generality;

/// <summary>
/// Concord on a war it has no conflict file for: our own short texts on the August 2008 war in
/// Georgia (samples/georgia-2008, en/lv/lt). Places must come from GeoNames and CLDR, and nothing
/// from the Karabakh file (its places, sides or groups) may leak into them.
/// </summary>
public class OtherConflictTests
{
    private static readonly string[] KarabakhSides = ["Armenia", "Azerbaijan", "Artsakh"];

    [Theory]
    [InlineData("en")]
    [InlineData("lv")]
    [InlineData("lt")]
    public void NoSideOfAnotherConflictIsAddedToItsEvents(string language)
    {
        var events = GeorgiaSamples.Analysis(language).Mentions.Where(m => m.Kind == MentionKind.Event).ToList();
        Assert.True(events.Count >= 3, $"{language}: only {events.Count} events");
        Assert.All(events, e => Assert.Empty(e.Actors.Intersect(KarabakhSides)));
        Assert.All(events, e => Assert.StartsWith("2008-", e.DateStart));
    }

    [Fact]
    public void EnglishGoriIsTheGeorgianTownNotGorisWithoutItsEnding()
    {
        var strike = GeorgiaSamples.EventIn("en", "On 9 August Russian bombers hit the town of Gori, killing at least five civilians.");
        Assert.Equal("2008-08-09", strike.DateStart);
        Assert.Equal("Gori", strike.Location?.Name);
        Assert.InRange(strike.Location!.Latitude!.Value, 41.9, 42.1);
        Assert.Equal(["Russia"], strike.Actors);
        Assert.Equal(5, strike.Fatalities?.Low); // "killing at least five": an open high
        Assert.Null(strike.Fatalities!.High);
    }

    [Fact]
    public void GenericPeacekeepersAreNotTheKarabakhFilesRussianPeacekeepers()
    {
        var events = GeorgiaSamples.EventsIn("en", "In early August, Georgian villages near Tskhinvali came under fire from South Ossetian militia positions");
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.DoesNotContain("Russia", e.Actors));
        Assert.All(events, e => Assert.DoesNotContain("Russian peacekeepers", e.ActorsDetail));
        Assert.All(events, e => Assert.InRange(e.Location!.Latitude!.Value, 42.1, 42.3)); // Tskhinvali, from GeoNames
    }

    [Fact]
    public void LatvianCommonNounAtTheStartOfASentenceIsNotAForeignTown()
    {
        // "Pamiera līgumu" (the ceasefire agreement): cut to "Pamier-" it would be the French town Pamiers.
        var places = GeorgiaSamples.Analysis("lv").Recognitions.Places;
        Assert.DoesNotContain(places, p => p.CanonicalName == "Pamiers");
        Assert.Contains(places, p => p.CanonicalName == "Gori" && p.Text == "Gori");
    }

    [Fact]
    public void LithuanianStrikeWithoutDiacriticsKeepsItsDeaths()
    {
        var strike = GeorgiaSamples.EventIn("lt", "Rugpjucio 9 d. Rusijos lektuvai bombardavo Gori, zuvo mazdaug penki civiliai.");
        Assert.Equal("2008-08-09", strike.DateStart);
        Assert.Equal("Gori", strike.Location?.Name);
        Assert.Equal(5, strike.Fatalities?.Low);
    }
}
