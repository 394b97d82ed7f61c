namespace Concord.Tests.Languages;

/// <summary>The German Georgia 2008 sample through the whole pipeline: dates, types, places, actors, deaths and figures.</summary>
public class GermanPipelineTests
{
    [Fact]
    public void ShellingOfTskhinvaliByGeorgianTroops()
    {
        var e = GeorgiaSamples.EventIn("de", "Am 7. August 2008 begannen georgische Truppen mit dem Beschuss von Zchinwali.");
        Assert.Equal("2008-08-07", e.DateStart);
        Assert.Equal("Explosions/Remote violence", e.EventType);
        Assert.Equal("Shelling/artillery/missile attack", e.SubEventType);
        Assert.Equal(["Georgia"], e.Actors);
    }

    [Fact]
    public void TheNextDayIsTheEighthAndTheInvasionIsABattle()
    {
        var e = GeorgiaSamples.EventIn("de", "Am nächsten Tag marschierten russische Truppen durch den Roki-Tunnel in Südossetien ein.");
        Assert.Equal("2008-08-08", e.DateStart);
        Assert.Equal("Battles", e.EventType);
        Assert.Equal(["Russia"], e.Actors);
    }

    [Fact]
    public void BombingOfGoriKillsAtLeastFiveCivilians()
    {
        var e = GeorgiaSamples.EventIn("de", "Am 9. August bombardierten russische Flugzeuge die Stadt Gori, dabei wurden mindestens fünf Zivilisten getötet.");
        Assert.Equal("2008-08-09", e.DateStart);
        Assert.Equal("Explosions/Remote violence", e.EventType);
        Assert.Equal("Air/drone strike", e.SubEventType);
        Assert.Equal("Gori", e.Location?.Name);
        Assert.Equal(["Russia"], e.Actors);
        Assert.Equal(5, e.Fatalities?.Low);
        Assert.Null(e.Fatalities?.High);
    }

    [Fact]
    public void CeasefireSigningAndRecognition()
    {
        var agreed = GeorgiaSamples.EventIn("de", "Am 12. August wurde ein Waffenstillstand vereinbart");
        Assert.Equal(("2008-08-12", "Agreement"), (agreed.DateStart, agreed.SubEventType));

        var signed = GeorgiaSamples.Analysis("de").Mentions
            .Where(m => m.Kind == Concord.Model.MentionKind.Event && m.Quote.Contains("unterzeichnete", StringComparison.Ordinal)).ToList();
        Assert.Contains(signed, m => m.DateStart == "2008-08-15" && m.SubEventType == "Agreement" && m.Actors.Contains("Georgia"));

        var recognised = GeorgiaSamples.EventIn("de", "Am 26. August 2008 erkannte Russland die Unabhängigkeit Abchasiens und Südossetiens an.");
        Assert.Equal(("2008-08-26", "Declaration"), (recognised.DateStart, recognised.SubEventType));
        Assert.Equal(["Russia"], recognised.Actors);
    }

    [Fact]
    public void MonitoringMissionIsADeploymentInGeorgia()
    {
        var e = GeorgiaSamples.EventIn("de", "Am 1. Oktober 2008 nahm eine unbewaffnete Beobachtermission der Europäischen Union in Georgien ihre Arbeit auf.");
        Assert.Equal("2008-10-01", e.DateStart);
        Assert.Equal("Change to group/activity", e.SubEventType);
        Assert.Equal("Georgia", e.Location?.Name);
        Assert.Contains("European Union", e.Actors);
    }

    [Fact]
    public void TollsAndDisplacementAreFigures()
    {
        var killed = GeorgiaSamples.FiguresIn("de", "Nach offiziellen Angaben wurden 170 georgische Soldaten und 228 Zivilisten getötet.");
        Assert.Equal([170.0, 228.0], killed.Where(f => f.Measure == "killed").Select(f => f.ValueLow!.Value).Order());

        var displaced = Assert.Single(GeorgiaSamples.FiguresIn("de", "Etwa 192.000 Menschen wurden durch die Kämpfe vertrieben."));
        Assert.Equal("displaced", displaced.Measure);
        Assert.Equal(192_000, displaced.ValueLow);
    }
}
