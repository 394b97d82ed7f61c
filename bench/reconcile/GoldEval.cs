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

/// <summary>Gold pairs the clustering missed, with their pair score (for tuning).</summary>
internal static class GoldMisses
{
    public static void Run(string shared)
    {
        var docs = CorpusFolderReader.Read(Path.Combine(shared, "corpus", "karabakh"));
        var mentions = MentionFileReader.Read(Path.Combine(shared, "eval", "gold", "karabakh.jsonl"), docs).Where(m => m.Kind == Concord.Model.MentionKind.Event).ToList();
        var clusters = new EventClusterer().Cluster(mentions);
        var clusterOf = new Dictionary<string, int>();
        for (int c = 0; c < clusters.Count; c++)
        {
            foreach (var i in clusters[c])
            {
                clusterOf[mentions[i].Id] = c;
            }
        }

        var byId = mentions.ToDictionary(m => m.Id);
        var sim = new EventSimilarity();
        EventFeatures F(string id) => new(0, byId[id], DateInterval.Parse(byId[id].DateStart, byId[id].DateEnd)!.Value, byId[id].Actors.Select(a => a.GetHashCode()).Distinct().Order().ToArray());
        foreach (var line in File.ReadLines(Path.Combine(shared, "eval", "gold", "clusters.jsonl")))
        {
            var o = JsonDocument.Parse(line).RootElement;
            var ids = o.GetProperty("members").EnumerateArray().Select(x => x.GetString()!).ToList();
            for (int i = 0; i < ids.Count; i++)
            {
                for (int j = i + 1; j < ids.Count; j++)
                {
                    if (clusterOf[ids[i]] != clusterOf[ids[j]] && DateInterval.Parse(byId[ids[i]].DateStart, byId[ids[i]].DateEnd) is not null && DateInterval.Parse(byId[ids[j]].DateStart, byId[ids[j]].DateEnd) is not null)
                    {
                        var a = byId[ids[i]];
                        var b = byId[ids[j]];
                        Console.WriteLine($"{o.GetProperty("cluster").GetString()} {a.Id}/{b.Id} score {sim.Score(F(a.Id), F(b.Id)):0.00} date {a.DateStart}..{a.DateEnd}|{b.DateStart}..{b.DateEnd} type {a.SubEventType}|{b.SubEventType} place {a.Location?.Name}|{b.Location?.Name} actors {string.Join("+", a.Actors)}|{string.Join("+", b.Actors)}");
                    }
                }
            }
        }
    }
}
