using Concord.Segmenting;

namespace Concord.Tests.Text;

/// <summary>
/// AnchoredStrings must say exactly what string.Contains over each string says: checked on every
/// line of the Karabakh corpus against every language's citation markers.
/// </summary>
public sealed class AnchoredStringsTests
{
    private static readonly ISegmentationRules[] Rules =
        [new EnSegmentationRules(), new LvSegmentationRules(), new LtSegmentationRules(), new RuSegmentationRules(), new DeSegmentationRules()];

    [Fact]
    public void Agrees_with_contains_on_every_corpus_line()
    {
        var markers = Rules.SelectMany(r => r.CitationMarkers).Distinct(StringComparer.Ordinal).ToArray();
        var anchored = new AnchoredStrings(markers);
        int found = 0;
        foreach (var file in Directory.GetFiles(TestPaths.KarabakhCorpus, "*.txt"))
        {
            foreach (var line in File.ReadLines(file))
            {
                bool expected = markers.Any(m => line.Contains(m, StringComparison.Ordinal));
                Assert.True(expected == anchored.ContainsAny(line), line);
                found += expected ? 1 : 0;
            }
        }

        // The corpus has reference lists ("Retrieved", "Skatīts:"), so both answers are exercised.
        Assert.True(found > 20, $"only {found} lines with a marker");
    }

    [Fact]
    public void Finds_a_string_at_the_very_start_and_end_of_the_text()
    {
        var anchored = new AnchoredStrings(["Skatīts:", "Retrieved", "pp."]);
        Assert.True(anchored.ContainsAny("Skatīts: 2018-03-16"));
        Assert.True(anchored.ContainsAny("Black Garden, pp."));
        Assert.False(anchored.ContainsAny("Skatīts 2018-03-16, Retrieve"));
    }

    [Fact]
    public void Anchor_letters_in_other_words_are_no_match_and_a_one_letter_string_is()
    {
        // "A" anchors "Archived" and "Arhivēts"; "Armenia", "Artsakh" and a cut "Archive" start with it.
        Assert.False(new AnchoredStrings(["Archived", "Arhivēts"]).ContainsAny("Armenia and Artsakh, Archive"));
        Assert.True(new AnchoredStrings(["Archived", "Arhivēts"]).ContainsAny("Armenia. Arhivēts no oriģināla"));
        Assert.True(new AnchoredStrings(["Archived", "A"]).ContainsAny("in Armenia"));
    }
}
