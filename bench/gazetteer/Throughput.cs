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
        var sw = Stopwatch.StartNew();
        var data = GazetteerData.Load(DataDirectory.Find());
        var loadMs = sw.Elapsed.TotalMilliseconds;
        sw.Restart();
        foreach (var language in new[] { "en", "lv", "lt" })
        {
            NameIndex.For(language, IndexKind.Places);
            NameIndex.For(language, IndexKind.Actors);
        }

        var indexMs = sw.Elapsed.TotalMilliseconds;
        var after = GC.GetTotalMemory(true);
        Console.WriteLine($"aliases: {data.Aliases.Count:N0}, conflicts: {data.Conflicts.Count}");
        Console.WriteLine($"load data: {loadMs:0} ms; build indexes (en, lv, lt × places, actors): {indexMs:0} ms; total {loadMs + indexMs:0} ms");
        Console.WriteLine($"managed heap after load: {(after - before) / 1048576.0:0.0} MB (incl. default data); working set {Environment.WorkingSet / 1048576.0:0} MB");

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
        Console.WriteLine($"places+actors: {recognizerRate:0.00} MB/s per core");
        Console.WriteLine($"peer (tokenize + fold only): {peerRate:0.00} MB/s per core; ratio recognisers/peer = {recognizerRate / peerRate:0.00}");
    }

    private static double Measure(double seconds, long bytes, Action pass)
    {
        pass();
        var passes = 0;
        var sw = Stopwatch.StartNew();
        while (sw.Elapsed.TotalSeconds < seconds)
        {
            pass();
            passes++;
        }

        return passes * bytes / 1048576.0 / sw.Elapsed.TotalSeconds;
    }
}
