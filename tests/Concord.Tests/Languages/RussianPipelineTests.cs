namespace Concord.Tests.Languages;

/// <summary>The Russian Georgia 2008 sample through the whole pipeline: dates, types, places, actors, deaths and figures.</summary>
public class RussianPipelineTests
{
    [Fact]
    public void ShellingOfTskhinvaliByGeorgianTroops()
    {
        var e = GeorgiaSamples.EventIn("ru", "7 августа 2008 года грузинские войска начали обстрел Цхинвали.");
        Assert.Equal("2008-08-07", e.DateStart);
        Assert.Equal("Shelling/artillery/missile attack", e.SubEventType);
        Assert.Equal(["Georgia"], e.Actors);
        Assert.InRange(e.Location!.Latitude!.Value, 42.1, 42.3); // Tskhinvali, from GeoNames through the Cyrillic key
    }

    [Fact]
    public void TheNextDayIsTheEighthAndTheInvasionIsABattle()
    {
        var e = GeorgiaSamples.EventIn("ru", "На следующий день российские войска вошли в Южную Осетию через Рокский тоннель.");
        Assert.Equal("2008-08-08", e.DateStart);
        Assert.Equal("Battles", e.EventType);
        Assert.Equal(["Russia"], e.Actors);
    }

    [Fact]
    public void BombingOfGoriKillsAtLeastFiveCivilians()
    {
        var e = GeorgiaSamples.EventIn("ru", "9 августа российская авиация бомбила город Гори, погибли не менее пяти мирных жителей.");
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
        var agreed = GeorgiaSamples.EventIn("ru", "12 августа было согласовано перемирие при посредничестве президента Франции Николя Саркози.");
        Assert.Equal(("2008-08-12", "Agreement"), (agreed.DateStart, agreed.SubEventType));

        var signed = GeorgiaSamples.Analysis("ru").Mentions
            .Where(m => m.Kind == Concord.Model.MentionKind.Event && m.Quote.Contains("подписала", StringComparison.Ordinal)).ToList();
        Assert.Contains(signed, m => m.DateStart == "2008-08-15" && m.SubEventType == "Agreement" && m.Actors.Contains("Georgia"));

        var recognised = GeorgiaSamples.EventIn("ru", "26 августа 2008 года Россия признала независимость Абхазии и Южной Осетии.");
        Assert.Equal(("2008-08-26", "Declaration"), (recognised.DateStart, recognised.SubEventType));
        Assert.Equal(["Russia"], recognised.Actors);
    }

    [Fact]
    public void MonitoringMissionIsADeploymentInGeorgia()
    {
        var e = GeorgiaSamples.EventIn("ru", "1 октября 2008 года в Грузии начала работу невооружённая миссия наблюдателей Европейского союза.");
        Assert.Equal("2008-10-01", e.DateStart);
        Assert.Equal("Change to group/activity", e.SubEventType);
        Assert.Equal("Georgia", e.Location?.Name);
        Assert.Contains("European Union", e.Actors);
    }

    [Fact]
    public void TollsAndDisplacementAreFigures()
    {
        var killed = GeorgiaSamples.FiguresIn("ru", "По официальным данным, погибли 170 грузинских военнослужащих и 228 мирных жителей.");
        Assert.Equal([170.0, 228.0], killed.Where(f => f.Measure == "killed").Select(f => f.ValueLow!.Value).Order());

        var displaced = Assert.Single(GeorgiaSamples.FiguresIn("ru", "Около 192 000 человек были вынуждены покинуть свои дома."));
        Assert.Equal("displaced", displaced.Measure);
        Assert.Equal(192_000, displaced.ValueLow);
    }
}
