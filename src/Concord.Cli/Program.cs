using System.CommandLine;
using System.Reflection;
using Concord.Cli;

// The language resources' patterns, compiled at build time: registered when the first rule is
// built (a command that builds none, like an export, never loads them).
#if CONCORD_PRECOMPILED_PATTERNS
Concord.Patterns.PrecompiledPatterns.RegisterOnFirstUse(Concord.PrecompiledPatterns.PrecompiledPatternTable.Register);
#else
Concord.Patterns.PrecompiledPatterns.RegisterOnFirstUse(ShippedPatternTable.RegisterIfPrecompiled);
#endif

// Commands are discovered: each is a class implementing ICliCommand in Commands/, so adding a
// command means adding a file. Only the command being run is built when its class name says which
// it is (IngestCommand builds "ingest"): building every command jitted all of them on each start.
var root = new RootCommand("Concord: turn documents about an armed conflict into a reconciled, source-cited event dataset.");
foreach (var command in CommandsFor(args))
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

static IEnumerable<Command> CommandsFor(string[] args)
{
    var types = Assembly.GetExecutingAssembly().GetTypes()
        .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(ICliCommand).IsAssignableFrom(t))
        .ToList();
    if (args.Length > 0)
    {
        var named = types.Where(t => string.Equals(t.Name, args[0] + "Command", StringComparison.OrdinalIgnoreCase)).ToList();
        if (named.Count == 1 && Build(named[0]) is { } only && only.Name == args[0])
        {
            return [only];
        }
    }

    // Help, a typo or a command whose class is named otherwise: every command, in name order.
    return types.Select(Build).OrderBy(c => c.Name, StringComparer.Ordinal);
}

static Command Build(Type type) => ((ICliCommand)Activator.CreateInstance(type)!).Build();
