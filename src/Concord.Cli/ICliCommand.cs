using System.CommandLine;

namespace Concord.Cli;

/// <summary>A top-level `concord` command. Implementations are discovered by reflection.</summary>
public interface ICliCommand
{
    Command Build();
}

public static class ExitCodes
{
    public const int Ok = 0;
    public const int SomeInputsFailed = 1;
    public const int BadUsage = 2;
}

/// <summary>An expected failure with a one-line message for the user (never a stack trace).</summary>
public sealed class CliException(string message, int exitCode = ExitCodes.BadUsage) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
