using Concord.Model;

namespace Concord.Tests.Extraction;

/// <summary>Events of a conflict involve its principal sides unless the text names two of them.</summary>
public sealed class EventSidesTests
{
    [Fact]
    public void An_event_naming_no_side_gets_the_conflicts_principal_sides()
    {
        var e = Assert.Single(CorpusAnalysis.MentionsIn("000", "Nuo 1994 iki 2020 vyko nepastovios atakos", MentionKind.Event));

        Assert.Contains("Armenia", e.Actors);
        Assert.Contains("Azerbaijan", e.Actors);
        Assert.Contains(e.Explanation, x => x.Rule == "actor.conflict-side");
    }

    [Fact]
    public void An_event_naming_both_sides_keeps_exactly_what_it_names()
    {
        var e = CorpusAnalysis.MentionsIn("000", "1988–1994 m. tarp Armenijos ir Azerbaidzano vyko karas i kuri veliau isitrauke Rusija.", MentionKind.Event).First();

        Assert.Equal(["Armenia", "Azerbaijan", "Russia"], e.Actors.Order().ToArray());
        Assert.DoesNotContain(e.Explanation, x => x.Rule == "actor.conflict-side");
    }
}
