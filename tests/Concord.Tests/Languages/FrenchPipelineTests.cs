namespace Concord.Tests.Languages;

/// <summary>The French Georgia 2008 sample through the whole pipeline: dates, types, places, actors, deaths and figures.</summary>
public class FrenchPipelineTests
{
    [Fact]
    public void ShellingOfTskhinvaliByGeorgianForces()
    {
        var e = GeorgiaSamples.EventIn("fr", "Le 7 août 2008, les forces géorgiennes ont bombardé Tskhinvali à l'artillerie.");
        Assert.Equal("2008-08-07", e.DateStart);
        Assert.Equal("Shelling/artillery/missile attack", e.SubEventType);
        Assert.Equal("Ts’khinvali", e.Location?.Name);
        Assert.Equal(["Georgia"], e.Actors);
    }

    [Fact]
    public void LeLendemainIsTheEighthAndTheEntryIsABattle()
    {
        var e = GeorgiaSamples.EventIn("fr", "Le lendemain, des troupes russes sont entrées en Ossétie du Sud par le tunnel de Roki.");
        Assert.Equal("2008-08-08", e.DateStart);
        Assert.Equal("Battles", e.EventType);
        Assert.Equal(["Russia"], e.Actors);
    }

    [Fact]
    public void AircraftBombingGoriIsAnAirStrikeKillingAtLeastFive()
    {
        var e = GeorgiaSamples.EventIn("fr", "Le 9 août, des avions russes ont bombardé la ville de Gori, tuant au moins cinq civils.");
        Assert.Equal("2008-08-09", e.DateStart);
        Assert.Equal("Air/drone strike", e.SubEventType);
        Assert.Equal("Gori", e.Location?.Name);
        Assert.Equal(["Russia"], e.Actors);
        Assert.Equal(5, e.Fatalities?.Low);
        Assert.Null(e.Fatalities?.High);
    }

    [Fact]
    public void CeasefireSigningAndRecognition()
    {
        var agreed = GeorgiaSamples.EventIn("fr", "Le 12 août, un cessez-le-feu en six points");
        Assert.Equal(("2008-08-12", "Agreement"), (agreed.DateStart, agreed.SubEventType));

        var signed = GeorgiaSamples.EventIn("fr", "La Géorgie a signé le plan le 15 août");
        Assert.Equal(("2008-08-15", "Agreement"), (signed.DateStart, signed.SubEventType));
        Assert.Contains("Georgia", signed.Actors);

        var recognised = GeorgiaSamples.EventIn("fr", "Le 26 août 2008, la Russie a reconnu l'indépendance de l'Abkhazie et de l'Ossétie du Sud.");
        Assert.Equal(("2008-08-26", "Declaration"), (recognised.DateStart, recognised.SubEventType));
        Assert.Equal(["Russia"], recognised.Actors);
    }

    [Fact]
    public void MonitoringMissionOnThe1erIsADeploymentInGeorgia()
    {
        var e = GeorgiaSamples.EventIn("fr", "Le 1er octobre 2008, une mission d'observation de l'Union européenne s'est déployée en Géorgie.");
        Assert.Equal("2008-10-01", e.DateStart);
        Assert.Equal("Change to group/activity", e.SubEventType);
        Assert.Equal("Georgia", e.Location?.Name);
        Assert.Contains("European Union", e.Actors);
    }

    [Fact]
    public void TollsAndSpaceGroupedDisplacementAreFigures()
    {
        var killed = GeorgiaSamples.FiguresIn("fr", "Selon les chiffres officiels, 170 militaires géorgiens et 228 civils ont été tués.");
        Assert.Equal([170.0, 228.0], killed.Where(f => f.Measure == "killed").Select(f => f.ValueLow!.Value).Order());

        var displaced = Assert.Single(GeorgiaSamples.FiguresIn("fr", "Environ 192 000 personnes ont été déplacées par les combats."));
        Assert.Equal("displaced", displaced.Measure);
        Assert.Equal(192_000, displaced.ValueLow);
    }
}
