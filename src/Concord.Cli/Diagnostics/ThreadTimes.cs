namespace Concord.Cli.Diagnostics;

/// <summary>
/// CPU time of this process's threads, read from /proc (Linux; empty elsewhere). The bench's
/// "rest" (process CPU outside the timed stages) is spread over the runtime's own threads (the
/// tiered-compilation worker re-jitting hot methods, background GC) and the main thread's start-up,
/// so <c>ingest --timings</c> names each part instead of leaving one unexplained number.
/// </summary>
public static class ThreadTimes
{
    /// <summary>CPU seconds of the calling thread (0 where /proc is missing).</summary>
    public static double CurrentThreadSeconds() => ReadSchedSeconds("/proc/thread-self/schedstat");

    /// <summary>Live threads of this process by name, with their CPU seconds, busiest first.</summary>
    public static IReadOnlyList<(string Name, double Seconds)> ByName()
    {
        var byName = new Dictionary<string, double>(StringComparer.Ordinal);
        if (!Directory.Exists("/proc/self/task"))
        {
            return [];
        }

        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            try
            {
                var name = File.ReadAllText(Path.Combine(task, "comm")).Trim();
                var seconds = ReadSchedSeconds(Path.Combine(task, "schedstat"));
                byName[name] = byName.GetValueOrDefault(name) + seconds;
            }
            catch (IOException)
            {
                // The thread ended between listing and reading: its time is gone with it.
            }
        }

        var list = byName.Select(kv => (kv.Key, kv.Value)).ToList();
        list.Sort((a, b) => b.Value.CompareTo(a.Value));
        return list;
    }

    /// <summary>The first field of schedstat is the thread's time on a CPU in nanoseconds.</summary>
    private static double ReadSchedSeconds(string path)
    {
        try
        {
            var text = File.ReadAllText(path);
            var end = text.IndexOf(' ');
            return long.TryParse(end < 0 ? text : text[..end], out var ns) ? ns / 1e9 : 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
