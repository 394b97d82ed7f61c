using Concord.Model;

namespace Concord.Tests.Extraction;

/// <summary>
/// A sentence with a death verb and no date or specific trigger of its own makes no event; its toll
/// goes to the violent event the sentence before told (the planner stops such sentences early only
/// when no toll could go back: no such event, no number or no death cue).
/// </summary>
public sealed class DeathsToldAfterTheEventTests
{
    [Fact]
    public void EnglishTollInTheNextSentenceGoesToTheEventBefore()
    {
        var downing = Assert.Single(CorpusAnalysis.MentionsIn("003", "On November 12, 2014, the Azerbaijani armed forces shot down a Nagorno-Karabakh Defense Army Mil Mi-24 helicopter over Karabakh's Agdam district.", MentionKind.Event));
        Assert.NotNull(downing.Fatalities);
        Assert.Equal(3, downing.Fatalities.Low);
        Assert.Contains(downing.Explanation, x => x.Role == "fatalities" && x.Text == "killed");

        Assert.Empty(CorpusAnalysis.MentionsIn("003", "Three servicemen were killed in the incident.", MentionKind.Event));
    }

    [Fact]
    public void LatvianTollInTheNextSentenceGoesToTheEventBefore()
    {
        var downing = Assert.Single(CorpusAnalysis.MentionsIn("001", "2014. gada 12. novembrī Azerbaidžānas bruņotie spēki Agdamas rajonā notrieca Kalnu Karabahas aizsardzības armijas Mil Mi-24 triecienhelikopteru.", MentionKind.Event));
        Assert.NotNull(downing.Fatalities);
        Assert.Equal(3, downing.Fatalities.Low);

        Assert.Empty(CorpusAnalysis.MentionsIn("001", "Tika nogalināti trīs karavīri.", MentionKind.Event));
    }
}
