using System.Reflection.PortableExecutable;
using System.Runtime.Loader;

namespace Concord.Cli;

/// <summary>
/// Registers the patterns compiled at build time (src/Concord.PrecompiledPatterns) when the build
/// shipped them beside concord as precompiled (ReadyToRun) code. The CLI does not reference that
/// assembly: as IL its generated methods would be jitted on every start, seconds of CPU more than
/// they save, so the IL is never registered. No file, IL only, or precompiled code switched off
/// (DOTNET_ReadyToRun=0, as scripts/check-precompiled.sh runs the plain-JIT regime): the run-time
/// regexes run as before, with the same matches (notes/performance.md, session 6).
/// </summary>
internal static class ShippedPatternTable
{
    private const string AssemblyFile = "Concord.PrecompiledPatterns.dll";
    private const string TableType = "Concord.PrecompiledPatterns.PrecompiledPatternTable";

    public static void RegisterIfPrecompiled()
    {
        if (PrecompiledCodeDisabled())
        {
            return;
        }

        var path = Path.Combine(AppContext.BaseDirectory, AssemblyFile);
        if (!File.Exists(path) || !IsReadyToRun(path))
        {
            return;
        }

        var assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(path);
        var register = assembly.GetType(TableType, throwOnError: true)!.GetMethod("Register")
            ?? throw new InvalidOperationException($"{AssemblyFile}: {TableType}.Register not found");
        register.Invoke(null, null);
    }

    /// <summary>The runtime told not to use precompiled code: the generated methods would be jitted.</summary>
    private static bool PrecompiledCodeDisabled() =>
        Environment.GetEnvironmentVariable("DOTNET_ReadyToRun") == "0"
        || Environment.GetEnvironmentVariable("COMPlus_ReadyToRun") == "0";

    /// <summary>A ReadyToRun image carries a managed native header (the precompiled code's directory); an IL-only assembly does not.</summary>
    private static bool IsReadyToRun(string path)
    {
        using var stream = File.OpenRead(path);
        using var image = new PEReader(stream);
        return image.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }
}
