using System.CommandLine;
using System.Reflection;
using Concord.Cli;

// Commands are discovered: each is a class implementing ICliCommand in Commands/, so adding a
// command means adding a file.
var root = new RootCommand("Concord: turn documents about an armed conflict into a reconciled, source-cited event dataset.");
foreach (var command in Assembly.GetExecutingAssembly().GetTypes()
             .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(ICliCommand).IsAssignableFrom(t))
             .Select(t => ((ICliCommand)Activator.CreateInstance(t)!).Build())
             .OrderBy(c => c.Name, StringComparer.Ordinal))
{
    root.Subcommands.Add(command);
}

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"concord: {error.Message}");
    }

    Console.Error.WriteLine("Try 'concord --help'.");
    return ExitCodes.BadUsage;
}

try
{
    return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (CliException ex)
{
    Console.Error.WriteLine($"concord: {ex.Message}");
    return ex.ExitCode;
}
