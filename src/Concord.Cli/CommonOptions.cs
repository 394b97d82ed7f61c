using System.CommandLine;
using Concord.Cli.Output;

namespace Concord.Cli;

/// <summary>Options every command shares, created fresh per command (an option belongs to one parent).</summary>
public static class CommonOptions
{
    public static Option<string> Db() => new("--db")
    {
        Description = "SQLite store file",
        DefaultValueFactory = _ => "concord.db",
    };

    public static Option<string?> Out() => new("--out", "-o")
    {
        Description = "Write to this file instead of standard output",
    };

    public static Option<OutputFormat> Format(OutputFormat defaultFormat = OutputFormat.Table) => new("--format", "-f")
    {
        Description = "Output format",
        DefaultValueFactory = _ => defaultFormat,
    };
}
