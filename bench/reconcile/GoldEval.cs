using System.Text.Json;
using Concord.Reconciliation.Evaluation;
using Concord.Reconciliation.Events;
using Concord.Reconciliation.Input;

/// <summary>Clusters the gold mentions and scores the clusters against gold clusters.jsonl (for tuning).</summary>
internal static class GoldEval
{
    public static void Run(string shared, double threshold)
    {
        var docs = CorpusFolderReader.Read(Path.Combine(shared, "corpus", "karabakh"));
        var mentions = MentionFileReader.Read(Path.Combine(shared, "eval", "gold", "karabakh.jsonl"), docs);
        var events = mentions.Where(m => m.Kind == Concord.Model.MentionKind.Event).ToList();
        var clusters = new EventClusterer { Threshold = threshold }.Cluster(events);
        var predicted = clusters.Select(c => (IReadOnlyCollection<string>)c.Select(i => events[i].Id).ToList()).ToList();
        var gold = File.ReadLines(Path.Combine(shared, "eval", "gold", "clusters.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("members").EnumerateArray().Select(x => x.GetString()!).ToList())
            .Select(l => (IReadOnlyCollection<string>)l).ToList();
        var universe = new HashSet<string>(events.Select(e => e.Id));
        Console.WriteLine($"threshold {threshold}: {PairwiseScore.Compute(predicted, gold, universe)}; {clusters.Count} clusters from {events.Count} events");
        if (Environment.GetEnvironmentVariable("SHOW") == "1")
        {
            var goldOf = new Dictionary<string, int>();
            for (int g = 0; g < gold.Count; g++)
            {
                foreach (var id in gold[g])
                {
                    goldOf[id] = g;
                }
            }

            foreach (var c in predicted.Where(c => c.Count > 1))
            {
                Console.WriteLine(string.Join(" ", c.Select(id => id + (goldOf.TryGetValue(id, out int g) ? $"[c{g + 1:000}]" : "[-]"))));
            }
        }
    }
}
