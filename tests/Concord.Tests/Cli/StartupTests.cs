using System.Globalization;
using System.Text.RegularExpressions;

namespace Concord.Tests.Cli;

/// <summary>
/// Start-up builds only the command being run; help and mistakes still see every command. And
/// `ingest --timings` accounts for the process outside the stages (start-up, runtime threads).
/// </summary>
public sealed class StartupTests
{
    [Fact]
    public void Root_help_still_lists_every_command()
    {
        using var dir = new TempDir();
        var r = CliRunner.Run(dir.Path, "--help");
        Assert.Equal(0, r.ExitCode);
        foreach (var name in new[] { "dates", "demo", "disputes", "docs", "events", "export", "ingest", "mentions", "numbers", "serve", "sources", "timeline" })
        {
            Assert.Matches(new Regex(@"^\s+" + name + @"\b", RegexOptions.Multiline), r.Stdout);
        }
    }

    [Fact]
    public void A_misspelt_command_is_refused_as_before()
    {
        using var dir = new TempDir();
        var r = CliRunner.Run(dir.Path, "ingset", "a.txt");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("Try 'concord --help'.", r.Stderr);
    }

    [Fact]
    public void A_subcommand_of_the_command_run_still_parses()
    {
        using var dir = new TempDir();
        CliRunner.Run(dir.Path, "ingest", TestPaths.CorpusFile("002"), "--db", "s.db");
        var r = CliRunner.Run(dir.Path, "export", "mentions", "--db", "s.db", "--out", "m.jsonl");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("\"doc\"", File.ReadLines(dir.File("m.jsonl")).First());
    }

    [Fact]
    public void Ingest_timings_name_the_start_up_and_the_threads()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var dir = new TempDir();
        var r = CliRunner.Run(dir.Path, "ingest", TestPaths.CorpusFile("002"), "--db", "s.db", "--timings");
        Assert.Equal(0, r.ExitCode);
        var startup = Regex.Match(r.Stderr, @"^start-up \(main thread CPU s before the first document\): runtime and commands (\d+\.\d\d), store open (\d+\.\d\d), composition (\d+\.\d\d)$", RegexOptions.Multiline);
        Assert.True(startup.Success, r.Stderr);
        var threads = Regex.Match(r.Stderr, @"^threads \(CPU s\): \S+ (\d+\.\d\d)", RegexOptions.Multiline);
        Assert.True(threads.Success, r.Stderr);

        // The busiest thread is the main one, which did at least the start-up before any document.
        var before = Enumerable.Range(1, 3).Sum(i => double.Parse(startup.Groups[i].Value, CultureInfo.InvariantCulture));
        Assert.True(double.Parse(threads.Groups[1].Value, CultureInfo.InvariantCulture) >= before - 0.02, r.Stderr);
    }
}
