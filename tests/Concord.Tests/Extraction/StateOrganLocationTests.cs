using Concord.Gazetteer.Languages;
using Concord.Model;

namespace Concord.Tests.Extraction;

/// <summary>
/// A state organ named without its country ("the Senate", "Congress") in a section whose heading
/// names one country: the act is that country's, and happens there (the gold locates such acts
/// in that state: 003b-e021..e023).
/// </summary>
public sealed class StateOrganLocationTests
{
    [Theory]
    [InlineData("003")]
    [InlineData("004")]
    public void ASenateVoteUnderAUnitedStatesHeadingIsInTheUnitedStates(string prefix)
    {
        var events = CorpusAnalysis.MentionsIn(prefix, "It was effectively amended by the Senate in 2001 and waived by President George W. Bush starting from 2002.", MentionKind.Event);
        Assert.Contains(events, e => e.SubEventType == "Vote or resolution");
        Assert.All(events, e => Assert.Equal("United States", e.Location?.Name));
        Assert.All(events, e => Assert.Equal("United States", e.Actors[0]));

        var congress = CorpusAnalysis.MentionsIn(prefix, "Congress's pro-Armenian position was expressed in passing the Section 907 of the Freedom Support Act in 1992", MentionKind.Event);
        Assert.Equal("United States", Assert.Single(congress).Location?.Name);
    }

    [Fact]
    public void StateOrgansAreGenericNounsOfEachLanguage()
    {
        Assert.True(GazetteerLanguages.For("en").NamesStateOrgan("it was effectively amended by the senate in 2001"));
        Assert.False(GazetteerLanguages.For("en").NamesStateOrgan("the us provides military aid to both countries."));
        Assert.True(GazetteerLanguages.For("lv").NamesStateOrgan("azerbaidzanas parlaments atcela kalnu karabahas autonomiju"));
        Assert.True(GazetteerLanguages.For("lt").NamesStateOrgan("armenijos parlamentas nusprende"));
    }
}
