using System.Diagnostics;
using Concord.Gazetteer;
using Concord.Gazetteer.Data;
using Concord.Gazetteer.Matching;
using Concord.Gazetteer.Text;
using Concord.Model;

namespace GazetteerBench;

/// <summary>
/// Load time and memory of the gazetteer, recognition throughput (MB/s, one core) over the corpus,
/// and the same text through the tokenizer alone as the peer run.
/// </summary>
public static class Throughput
{
    public static void Run(string corpusDir, double seconds)
    {
        var before = GC.GetTotalMemory(true);
        var cpu0 = CpuMs();
        var sw = Stopwatch.StartNew();
        var data = GazetteerData.Default;
        var loadMs = sw.Elapsed.TotalMilliseconds;
        var loadCpu = CpuMs() - cpu0;
        sw.Restart();
        foreach (var language in new[] { "en", "lv", "lt" })
        {
            NameIndex.For(language, IndexKind.Places);
            NameIndex.For(language, IndexKind.Actors);
        }

        var indexMs = sw.Elapsed.TotalMilliseconds;
        var indexCpu = CpuMs() - cpu0 - loadCpu;
        var after = GC.GetTotalMemory(true);
        Console.WriteLine($"aliases: {data.Aliases.Count:N0}, conflicts: {data.Conflicts.Count}");
        Console.WriteLine($"load data: {loadMs:0} ms wall / {loadCpu:0} ms CPU; build indexes (en, lv, lt × places, actors): {indexMs:0} ms wall / {indexCpu:0} ms CPU");
        Console.WriteLine($"load + one language's indexes (what a run on one document pays): ~{loadMs + indexMs / 3:0} ms wall");
        Console.WriteLine($"machine load average: {File.ReadAllText("/proc/loadavg").Split(' ')[0]} on {Environment.ProcessorCount} cores");
        Console.WriteLine($"managed heap after load: {(after - before) / 1048576.0:0.0} MB ; working set {Environment.WorkingSet / 1048576.0:0} MB");

        var docs = Directory.GetFiles(corpusDir, "*.txt").Order().Select(CorpusDocuments.Load).ToList();
        var bytes = docs.Sum(d => (long)System.Text.Encoding.UTF8.GetByteCount(d.Text));
        var places = new PlaceRecognizer();
        var actors = new ActorRecognizer();

        var recognizerRate = Measure(seconds, bytes, () =>
        {
            foreach (var d in docs)
            {
                // A fresh record each pass, so the per-document place cache does not hide the work.
                var copy = d with { };
                places.Recognize(copy);
                actors.Recognize(copy);
            }
        });
        var peerRate = Measure(seconds, bytes, () =>
        {
            foreach (var d in docs)
            {
                NameTokenizer.Tokenize(d.Text);
            }
        });
        Console.WriteLine($"corpus: {docs.Count} docs, {bytes / 1024.0:0} KB");
        Console.WriteLine($"places+actors: {recognizerRate:0.00} MB/s per core (CPU time)");
        Console.WriteLine($"peer (tokenize + fold only): {peerRate:0.00} MB/s per core; ratio recognisers/peer = {recognizerRate / peerRate:0.00}");
    }

    /// <summary>MB/s over CPU time of this thread's process (the machine is shared; wall time would count others' work).</summary>
    private static double Measure(double seconds, long bytes, Action pass)
    {
        pass();
        var passes = 0;
        var sw = Stopwatch.StartNew();
        var cpu0 = CpuMs();
        while (sw.Elapsed.TotalSeconds < seconds)
        {
            pass();
            passes++;
        }

        var cpuSeconds = (CpuMs() - cpu0) / 1000.0;
        Console.WriteLine($"  {passes} passes, {sw.Elapsed.TotalSeconds:0.0} s wall, {cpuSeconds:0.0} s CPU ({passes * bytes / 1048576.0 / sw.Elapsed.TotalSeconds:0.00} MB/s wall)");
        return passes * bytes / 1048576.0 / cpuSeconds;
    }

    private static double CpuMs() => Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
}
