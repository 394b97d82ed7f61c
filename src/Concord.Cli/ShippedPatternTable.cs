using System.Buffers.Binary;
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

    /// <summary>
    /// A ReadyToRun image carries a managed native header (the precompiled code's directory) in its
    /// CLI header; an IL-only assembly does not. Read from the PE headers by hand (a few hundred
    /// bytes, as the PE/COFF specification lays them out): System.Reflection.Metadata's PEReader
    /// cost ~3 ms of type loading and JIT per process for this one field. A file that is not a
    /// well-formed PE image is not ReadyToRun (its patterns are not registered).
    /// </summary>
    private static bool IsReadyToRun(string path)
    {
        const int CliHeaderDirectory = 14;
        const int ManagedNativeHeaderInCliHeader = 64;
        using var file = File.OpenHandle(path);
        Span<byte> headers = stackalloc byte[4096];
        headers = headers[..RandomAccess.Read(file, headers, 0)];
        if (headers.Length < 0x40 || headers[0] != 'M' || headers[1] != 'Z')
        {
            return false;
        }

        int pe = BinaryPrimitives.ReadInt32LittleEndian(headers[0x3C..]);
        if (pe < 0 || pe > headers.Length - 24 || BinaryPrimitives.ReadUInt32LittleEndian(headers[pe..]) != 0x00004550)
        {
            return false;
        }

        int sections = BinaryPrimitives.ReadUInt16LittleEndian(headers[(pe + 6)..]);
        int optionalSize = BinaryPrimitives.ReadUInt16LittleEndian(headers[(pe + 20)..]);
        int optional = pe + 24;
        if (optional + optionalSize + (sections * 40) > headers.Length || optionalSize < 2)
        {
            return false;
        }

        var (directoryCount, directories) = BinaryPrimitives.ReadUInt16LittleEndian(headers[optional..]) switch
        {
            0x10b => (optional + 92, optional + 96),
            0x20b => (optional + 108, optional + 112),
            _ => (-1, -1),
        };
        if (directoryCount < 0 || directories + ((CliHeaderDirectory + 1) * 8) > optional + optionalSize
            || BinaryPrimitives.ReadUInt32LittleEndian(headers[directoryCount..]) <= CliHeaderDirectory)
        {
            return false;
        }

        uint cliHeader = BinaryPrimitives.ReadUInt32LittleEndian(headers[(directories + (CliHeaderDirectory * 8))..]);
        long offset = FileOffsetOf(cliHeader, headers.Slice(optional + optionalSize, sections * 40));
        Span<byte> nativeHeader = stackalloc byte[8];
        return offset >= 0
            && RandomAccess.Read(file, nativeHeader, offset + ManagedNativeHeaderInCliHeader) == nativeHeader.Length
            && BinaryPrimitives.ReadUInt32LittleEndian(nativeHeader[4..]) > 0;
    }

    /// <summary>Where in the file the section table puts <paramref name="rva"/>, or -1.</summary>
    private static long FileOffsetOf(uint rva, ReadOnlySpan<byte> sectionTable)
    {
        for (int at = 0; at + 40 <= sectionTable.Length; at += 40)
        {
            uint virtualAddress = BinaryPrimitives.ReadUInt32LittleEndian(sectionTable[(at + 12)..]);
            uint rawSize = BinaryPrimitives.ReadUInt32LittleEndian(sectionTable[(at + 16)..]);
            uint rawPointer = BinaryPrimitives.ReadUInt32LittleEndian(sectionTable[(at + 20)..]);
            if (rva >= virtualAddress && rva - virtualAddress < rawSize)
            {
                return rawPointer + (long)(rva - virtualAddress);
            }
        }

        return -1;
    }
}
