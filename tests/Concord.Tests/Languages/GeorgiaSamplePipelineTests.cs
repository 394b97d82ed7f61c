namespace Concord.Tests.Languages;

/// <summary>
/// The German, Russian, French and Spanish Georgia 2008 samples through the whole pipeline: the same
/// facts told in four languages must come out as the same dates, types, places, actors, deaths
/// and figures. Each row quotes the sample's own sentence.
/// </summary>
public class GeorgiaSamplePipelineTests
{
    [Theory]
    [InlineData("de", "Am 7. August 2008 begannen georgische Truppen mit dem Beschuss von Zchinwali.", null)]
    [InlineData("ru", "7 августа 2008 года грузинские войска начали обстрел Цхинвали.", "Ts’khinvali")]
    [InlineData("fr", "Le 7 août 2008, les forces géorgiennes ont bombardé Tskhinvali à l'artillerie.", "Ts’khinvali")]
    [InlineData("es", "El 7 de agosto de 2008, las fuerzas georgianas bombardearon Tsjinvali con artillería.", "Ts’khinvali")]
    public void ShellingOfTskhinvaliByGeorgianForces(string language, string sentence, string? place)
    {
        var e = GeorgiaSamples.EventIn(language, sentence);
        Assert.Equal("2008-08-07", e.DateStart);
        Assert.Equal("Explosions/Remote violence", e.EventType);
        Assert.Equal("Shelling/artillery/missile attack", e.SubEventType);
        Assert.Equal(["Georgia"], e.Actors);
        if (place is not null)
        {
            Assert.Equal(place, e.Location?.Name);
            Assert.InRange(e.Location!.Latitude!.Value, 42.1, 42.3); // from GeoNames (Cyrillic key, exonym)
        }
    }

    [Theory]
    [InlineData("de", "Am nächsten Tag marschierten russische Truppen durch den Roki-Tunnel in Südossetien ein.")]
    [InlineData("ru", "На следующий день российские войска вошли в Южную Осетию через Рокский тоннель.")]
    [InlineData("fr", "Le lendemain, des troupes russes sont entrées en Ossétie du Sud par le tunnel de Roki.")]
    [InlineData("es", "Al día siguiente, tropas rusas entraron en Osetia del Sur por el túnel de Roki.")]
    public void TheNextDayIsTheEighthAndTheEntryIsABattle(string language, string sentence)
    {
        var e = GeorgiaSamples.EventIn(language, sentence);
        Assert.Equal("2008-08-08", e.DateStart);
        Assert.Equal("Battles", e.EventType);
        Assert.Equal(["Russia"], e.Actors);
    }

    [Theory]
    [InlineData("de", "Am 9. August bombardierten russische Flugzeuge die Stadt Gori, dabei wurden mindestens fünf Zivilisten getötet.")]
    [InlineData("ru", "9 августа российская авиация бомбила город Гори, погибли не менее пяти мирных жителей.")]
    [InlineData("fr", "Le 9 août, des avions russes ont bombardé la ville de Gori, tuant au moins cinq civils.")]
    [InlineData("es", "El 9 de agosto, aviones rusos bombardearon la ciudad de Gori, donde murieron al menos cinco civiles.")]
    public void AircraftBombingGoriIsAnAirStrikeKillingAtLeastFive(string language, string sentence)
    {
        var e = GeorgiaSamples.EventIn(language, sentence);
        Assert.Equal("2008-08-09", e.DateStart);
        Assert.Equal("Air/drone strike", e.SubEventType);
        Assert.Equal("Gori", e.Location?.Name);
        Assert.Equal(["Russia"], e.Actors);
        Assert.Equal(5, e.Fatalities?.Low);
        Assert.Null(e.Fatalities?.High);
    }

    [Theory]
    [InlineData("de", "Am 12. August wurde ein Waffenstillstand vereinbart", "Georgien unterzeichnete", "Am 26. August 2008 erkannte Russland die Unabhängigkeit Abchasiens und Südossetiens an.")]
    [InlineData("ru", "12 августа было согласовано перемирие", "Грузия подписала план 15 августа", "26 августа 2008 года Россия признала независимость Абхазии и Южной Осетии.")]
    [InlineData("fr", "Le 12 août, un cessez-le-feu en six points", "La Géorgie a signé le plan le 15 août", "Le 26 août 2008, la Russie a reconnu l'indépendance de l'Abkhazie et de l'Ossétie du Sud.")]
    [InlineData("es", "El 12 de agosto se acordó un alto el fuego de seis puntos", "Georgia firmó el plan el 15 de agosto", "El 26 de agosto de 2008, Rusia reconoció la independencia de Abjasia y Osetia del Sur.")]
    public void CeasefireSigningAndRecognition(string language, string agreement, string signing, string recognition)
    {
        var agreed = GeorgiaSamples.EventIn(language, agreement);
        Assert.Equal(("2008-08-12", "Agreement"), (agreed.DateStart, agreed.SubEventType));

        Assert.Contains(GeorgiaSamples.EventsIn(language, signing),
            m => m.DateStart == "2008-08-15" && m.SubEventType == "Agreement" && m.Actors.Contains("Georgia"));

        var recognised = GeorgiaSamples.EventIn(language, recognition);
        Assert.Equal(("2008-08-26", "Declaration"), (recognised.DateStart, recognised.SubEventType));
        Assert.Equal(["Russia"], recognised.Actors);
    }

    [Theory]
    [InlineData("de", "Am 1. Oktober 2008 nahm eine unbewaffnete Beobachtermission der Europäischen Union in Georgien ihre Arbeit auf.")]
    [InlineData("ru", "1 октября 2008 года в Грузии начала работу невооружённая миссия наблюдателей Европейского союза.")]
    [InlineData("fr", "Le 1er octobre 2008, une mission d'observation de l'Union européenne s'est déployée en Géorgie.")]
    [InlineData("es", "El 1 de octubre de 2008, una misión de observación de la Unión Europea se desplegó en Georgia.")]
    public void MonitoringMissionIsADeploymentInGeorgia(string language, string sentence)
    {
        var e = GeorgiaSamples.EventIn(language, sentence);
        Assert.Equal("2008-10-01", e.DateStart);
        Assert.Equal("Change to group/activity", e.SubEventType);
        Assert.Equal("Georgia", e.Location?.Name);
        Assert.Contains("European Union", e.Actors);
    }

    [Theory]
    [InlineData("de", "Nach offiziellen Angaben wurden 170 georgische Soldaten und 228 Zivilisten getötet.", "Etwa 192.000 Menschen wurden durch die Kämpfe vertrieben.")]
    [InlineData("ru", "По официальным данным, погибли 170 грузинских военнослужащих и 228 мирных жителей.", "Около 192 000 человек были вынуждены покинуть свои дома.")]
    [InlineData("fr", "Selon les chiffres officiels, 170 militaires géorgiens et 228 civils ont été tués.", "Environ 192 000 personnes ont été déplacées par les combats.")]
    [InlineData("es", "Según las cifras oficiales, murieron 170 militares georgianos y 228 civiles.", "Unas 192.000 personas fueron desplazadas por los combates.")]
    public void TollsAndDisplacementAreFigures(string language, string toll, string displacement)
    {
        var killed = GeorgiaSamples.FiguresIn(language, toll);
        Assert.Equal([170.0, 228.0], killed.Where(f => f.Measure == "killed").Select(f => f.ValueLow!.Value).Order());

        var displaced = Assert.Single(GeorgiaSamples.FiguresIn(language, displacement));
        Assert.Equal("displaced", displaced.Measure);
        Assert.Equal(192_000, displaced.ValueLow);
    }

    [Theory]
    [InlineData("en", "About 192,000 people were displaced by the fighting, and some 20,000 ethnic Georgians could not return to South Ossetia.")]
    [InlineData("de", "Etwa 192.000 Menschen wurden durch die Kämpfe vertrieben.")]
    [InlineData("fr", "Environ 192 000 personnes ont été déplacées par les combats.")]
    [InlineData("es", "Unas 192.000 personas fueron desplazadas por los combates.")]
    public void FightingToldOnlyAsTheCauseOfDisplacementIsNoNewBattle(string language, string sentence)
    {
        Assert.Empty(GeorgiaSamples.EventsIn(language, sentence));
        Assert.Contains(GeorgiaSamples.FiguresIn(language, sentence), f => f.Measure == "displaced" && f.ValueLow == 192_000);
    }
}
