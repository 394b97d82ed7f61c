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
}
