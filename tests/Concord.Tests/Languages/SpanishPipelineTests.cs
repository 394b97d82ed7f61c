namespace Concord.Tests.Languages;

/// <summary>The Spanish Georgia 2008 sample through the whole pipeline: dates, types, places, actors, deaths and figures.</summary>
public class SpanishPipelineTests
{
    [Fact]
    public void ShellingOfTskhinvaliByGeorgianForces()
    {
        var e = GeorgiaSamples.EventIn("es", "El 7 de agosto de 2008, las fuerzas georgianas bombardearon Tsjinvali con artillería.");
        Assert.Equal("2008-08-07", e.DateStart);
        Assert.Equal("Shelling/artillery/missile attack", e.SubEventType);
        Assert.Equal("Ts’khinvali", e.Location?.Name);
        Assert.Equal(["Georgia"], e.Actors);
    }

    [Fact]
    public void AlDiaSiguienteIsTheEighthAndTheEntryIsABattle()
    {
        var e = GeorgiaSamples.EventIn("es", "Al día siguiente, tropas rusas entraron en Osetia del Sur por el túnel de Roki.");
        Assert.Equal("2008-08-08", e.DateStart);
        Assert.Equal("Battles", e.EventType);
        Assert.Equal(["Russia"], e.Actors);
    }

    [Fact]
    public void AircraftBombingGoriIsAnAirStrikeKillingAtLeastFive()
    {
        var e = GeorgiaSamples.EventIn("es", "El 9 de agosto, aviones rusos bombardearon la ciudad de Gori, donde murieron al menos cinco civiles.");
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
        var agreed = GeorgiaSamples.EventIn("es", "El 12 de agosto se acordó un alto el fuego de seis puntos");
        Assert.Equal(("2008-08-12", "Agreement"), (agreed.DateStart, agreed.SubEventType));

        var signed = GeorgiaSamples.EventIn("es", "Georgia firmó el plan el 15 de agosto");
        Assert.Equal(("2008-08-15", "Agreement"), (signed.DateStart, signed.SubEventType));
        Assert.Contains("Georgia", signed.Actors);

        var recognised = GeorgiaSamples.EventIn("es", "El 26 de agosto de 2008, Rusia reconoció la independencia de Abjasia y Osetia del Sur.");
        Assert.Equal(("2008-08-26", "Declaration"), (recognised.DateStart, recognised.SubEventType));
        Assert.Equal(["Russia"], recognised.Actors);
    }

    [Fact]
    public void MonitoringMissionIsADeploymentInGeorgia()
    {
        var e = GeorgiaSamples.EventIn("es", "El 1 de octubre de 2008, una misión de observación de la Unión Europea se desplegó en Georgia.");
        Assert.Equal("2008-10-01", e.DateStart);
        Assert.Equal("Change to group/activity", e.SubEventType);
        Assert.Equal("Georgia", e.Location?.Name);
        Assert.Contains("European Union", e.Actors);
    }

    [Fact]
    public void TollsAndDotGroupedDisplacementAreFigures()
    {
        var killed = GeorgiaSamples.FiguresIn("es", "Según las cifras oficiales, murieron 170 militares georgianos y 228 civiles.");
        Assert.Equal([170.0, 228.0], killed.Where(f => f.Measure == "killed").Select(f => f.ValueLow!.Value).Order());

        var displaced = Assert.Single(GeorgiaSamples.FiguresIn("es", "Unas 192.000 personas fueron desplazadas por los combates."));
        Assert.Equal("displaced", displaced.Measure);
        Assert.Equal(192_000, displaced.ValueLow);
    }
}
