using System.Text.RegularExpressions;
using Concord.Patterns;

namespace Concord.Tests.Text;

public sealed class CompileWhenHotTests
{
    private const string ClauseBreak = @";|, bet |, tacu | — ";

    [Fact]
    public void CompilesOnTheUseThatReachesTheThresholdAndMatchesTheSame()
    {
        var text = TestPaths.CorpusText("001");
        var tier = new CompileWhenHot(new Regex(ClauseBreak), budget: 3);

        var interpreted = tier.Engine.Matches(text).Select(m => (m.Index, m.Length)).ToList();
        _ = tier.Engine;
        Assert.False(tier.IsCompiled);
        var compiled = tier.Engine.Matches(text).Select(m => (m.Index, m.Length)).ToList();

        Assert.True(tier.IsCompiled);
        Assert.NotEmpty(interpreted);
        Assert.Equal(interpreted, compiled);
    }

    [Fact]
    public void NeverCompilesWhenToldNotTo()
    {
        var tier = new CompileWhenHot(new Regex(ClauseBreak), CompileWhenHot.Never);
        for (int i = 0; i < 10_000; i++)
        {
            _ = tier.Engine;
        }

        Assert.False(tier.IsCompiled);
    }

    [Fact]
    public void AnAlreadyCompiledPatternIsKept()
    {
        var regex = new Regex(ClauseBreak, RegexOptions.Compiled);
        var tier = new CompileWhenHot(regex, budget: 1);

        Assert.Same(regex, tier.Engine);
        Assert.Same(regex, tier.Engine);
    }
}
