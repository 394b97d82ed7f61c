using Concord.Segmenting;

namespace Concord.Tests.Text;

/// <summary>
/// Citation or prose, on real corpus lines: each cue (DOI, page number, citation word, quoted
/// title, bare domain) is recognised, and prose that merely contains the cue characters is not.
/// </summary>
public sealed class CitationLikenessTests
{
    private static readonly CitationLikeness Citations = new([new EnSegmentationRules(), new LvSegmentationRules(), new LtSegmentationRules()]);

    [Theory]
    // 003: a reference flattened into one line, with a DOI.
    [InlineData("\"Armenia-Azerbaijan arms race undercuts peace prospects\". Emerald Expert Briefings. Oxford Analytica. August 11, 2017. doi:10.1108/OXAN-DB223736.")]
    // 001: a page reference.
    [InlineData("De Waal. Black Garden, p. 286.")]
    // 001: the Latvian "retrieved" word.
    [InlineData("Skatīts: 2018-03-16")]
    // 000: a source given as a bare domain.
    [InlineData("nara.lt")]
    // 003: a numbered reference opening with its quoted title.
    [InlineData("4. \"Armenia-Azerbaijan arms race undercuts peace prospects\". Emerald Expert Briefings.")]
    public void Citations_are_recognised(string line) => Assert.True(Citations.IsCitation(line));

    [Theory]
    // 003: prose with digits, a dot after a "p" and a slash, none of them a citation cue in place.
    [InlineData("A ceasefire signed in 1994 provided for two decades of relative stability, before the situation deteriorated in the mid-2010s.")]
    [InlineData("The clashes flared up. Then they stopped.")]
    [InlineData("In 2020/2021 the front moved.")]
    // A dotted name with a space is not a bare domain.
    [InlineData("nara.lt says so")]
    public void Prose_is_not_a_citation(string line) => Assert.False(Citations.IsCitation(line));

    [Fact]
    public void A_paragraph_without_cues_tells_its_sentences_to_skip_those_scans()
    {
        // 003: prose, then a quoted-title reference: the paragraph has neither a citation word nor a generic cue.
        const string paragraph = "A ceasefire signed in 1994 provided for two decades of relative stability, before the situation deteriorated in the mid-2010s. "
            + "\"Armenia-Azerbaijan arms race undercuts peace prospects\". Emerald Expert Briefings.";
        Assert.False(Citations.IsCitation(paragraph, CitationCues.Unknown, out var cues));
        Assert.Equal(new CitationCues(MayHaveMarker: false, MayHaveGenericCue: false), cues);

        // Its quoted-title sentence is still found with the scans skipped, its prose sentence still is not.
        int split = paragraph.IndexOf('"', StringComparison.Ordinal);
        Assert.True(Citations.IsCitation(paragraph.AsSpan(split), cues, out _));
        Assert.False(Citations.IsCitation(paragraph.AsSpan(0, split), cues, out _));
    }

    [Fact]
    public void A_paragraph_with_a_generic_cue_keeps_that_scan_for_its_sentences()
    {
        // 001: a page reference after prose; "p." is a generic cue, no citation word.
        const string paragraph = "The war ended in 1994 with a ceasefire. De Waal. Black Garden, p. 286.";
        Assert.True(Citations.IsCitation(paragraph, CitationCues.Unknown, out var cues));
        Assert.Equal(new CitationCues(MayHaveMarker: false, MayHaveGenericCue: true), cues);
        Assert.True(Citations.IsCitation("De Waal. Black Garden, p. 286.", cues, out _));
    }
}
