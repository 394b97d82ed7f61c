namespace Concord.Tests.Cli;

/// <summary>`--lang` on the recogniser listings: a code without rules is refused, naming those that have them.</summary>
public class LanguageOptionTests
{
    [Theory]
    [InlineData("dates")]
    [InlineData("numbers")]
    public void UnknownLanguageIsRefusedWithTheKnownOnes(string command)
    {
        var r = CliRunner.Run(TestPaths.RepoRoot, command, Path.Combine("samples", "en-karabakh-overview.txt"), "--lang", "xx");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--lang 'xx'", r.Stderr);
        Assert.Contains("en", r.Stderr);
        Assert.Contains("lv", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr); // no stack trace
        Assert.Equal("", r.Stdout);
    }

    [Fact]
    public void GermanDatesAreReadWhenTheLanguageIsGiven()
    {
        var r = CliRunner.Run(TestPaths.RepoRoot, "dates", Path.Combine("samples", "georgia-2008", "de-augustkrieg.txt"),
            "--lang", "DE", "--format", "jsonl");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("\"value\":\"2008-08-07\"", r.Stdout);
        Assert.Contains("\"rule\":\"de-", r.Stdout);
    }
}
