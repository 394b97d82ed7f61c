namespace Concord.Gazetteer.Data;

/// <summary>
/// Finds Concord's data folder at run time: $CONCORD_DATA, then data/ beside the program (the CLI
/// copies it there), then the nearest data/ above the program or the working directory (tests
/// and `dotnet run` from a clone).
/// </summary>
public static class DataDirectory
{
    private const string Marker = "gazetteer";

    public static string Find()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("CONCORD_DATA");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(Path.Combine(fromEnvironment, Marker)))
        {
            return fromEnvironment;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data");
                if (Directory.Exists(Path.Combine(candidate, Marker)))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException(
            $"Concord data folder (with {Marker}/) not found beside or above {AppContext.BaseDirectory}; set CONCORD_DATA.");
    }
}
