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

    [Fact]
    public void Finds_each_group_as_contains_does_on_every_corpus_line()
    {
        // Citation words in group 1, the generic citation cues in group 2, "ISBN" in both.
        var markers = Rules.SelectMany(r => r.CitationMarkers).Distinct(StringComparer.Ordinal).ToArray();
        string[] generic = ["ISBN", "ISSN", "doi:", "www.", "p.", "//", "№", "Archived"];
        var anchored = new AnchoredStrings([.. markers.Select(m => (m, 1u)), .. generic.Select(g => (g, 2u))]);
        int both = 0;
        foreach (var file in Directory.GetFiles(TestPaths.KarabakhCorpus, "*.txt"))
        {
            foreach (var line in File.ReadLines(file))
            {
                uint expected = (markers.Any(m => line.Contains(m, StringComparison.Ordinal)) ? 1u : 0)
                    | (generic.Any(g => line.Contains(g, StringComparison.Ordinal)) ? 2u : 0);
                Assert.True(expected == anchored.Find(line, wanted: 3, stopOn: 0), line);
                Assert.True((expected & 2) == anchored.Find(line, wanted: 2, stopOn: 0), line);
                Assert.Equal(expected != 0, anchored.ContainsAny(line));
                both += expected == 3 ? 1 : 0;
            }
        }

        Assert.True(both > 10, $"only {both} lines with both groups");
    }

    [Fact]
    public void Finds_a_string_at_every_offset_of_texts_of_every_length()
    {
        // The scan reads sixteen positions at a time and the rest one by one: a string must be found
        // across every block boundary and in the last positions, and a near miss never.
        string[] values = ["Skatīts:", "lpp.", "№", "(PDF)", "Проверено"];
        var anchored = new AnchoredStrings(values);
        foreach (var value in values)
        {
            for (int length = value.Length; length <= 40; length++)
            {
                for (int at = 0; at + value.Length <= length; at++)
                {
                    var text = new string('x', at) + value + new string('y', length - at - value.Length);
                    Assert.True(anchored.ContainsAny(text), text);
                    var cut = new string('x', at) + value[..^1] + new string('y', length - at - value.Length + 1);
                    Assert.Equal(values.Any(v => cut.Contains(v, StringComparison.Ordinal)), anchored.ContainsAny(cut));
                }
            }
        }
    }
}
