using Spectre.Console;

namespace Concord.Cli;

/// <summary>Human-facing output goes to standard error so standard output stays pipeable.</summary>
public static class Terminal
{
    public static IAnsiConsole Err { get; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Console.Error),
        Ansi = Console.IsErrorRedirected ? AnsiSupport.No : AnsiSupport.Detect,
        ColorSystem = Console.IsErrorRedirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
    });

    public static bool Interactive => !Console.IsErrorRedirected;

    public static void Error(string message) => Console.Error.WriteLine($"concord: {message}");
}
