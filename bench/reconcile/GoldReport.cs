using Concord.Reconciliation;
using Concord.Reconciliation.Disputes;
using Concord.Reconciliation.Input;

/// <summary>Runs the whole stage on the gold mentions and prints copies, repeats and disputes.</summary>
internal static class GoldReport
{
    public static void Run(string shared)
    {
        var docs = CorpusFolderReader.Read(Path.Combine(shared, "corpus", "karabakh"));
        var mentions = MentionFileReader.Read(Path.Combine(shared, "eval", "gold", "karabakh.jsonl"), docs);
        var r = new Reconciler().Run(docs.Values.ToList(), mentions);
        foreach (var c in r.Copies.Copies)
        {
            Console.WriteLine($"copy {c.Copy} <- {c.Source}: {c.ShareOfCopyInSource:P0} of copy in source, {c.ShareOfSourceInCopy:P0} of source in copy, {c.SharedPassages} shared passages, direction known {c.DirectionKnown}");
        }

        Console.WriteLine($"repeated passages: {string.Join(", ", r.Copies.Repeats.GroupBy(x => x.Doc).Select(g => g.Key + "×" + g.Count()))}");
        Console.WriteLine($"mentions flagged repeat: {string.Join(", ", r.Mentions.Where(m => m.RepeatOf is not null).Select(m => m.Id + "->" + m.RepeatOf))}");
        Console.WriteLine($"events {r.Events.Count}, multi-source {r.Events.Count(e => e.SourceCount >= 3)} in ≥3 docs; figures {r.Figures.Count}; disputes {r.Disputes.Count}");
        foreach (var e in r.Events.Where(e => e.SourceCount >= 3))
        {
            Console.WriteLine($"  {e.Id} {e.Label} docs={e.SourceCount} indep={e.IndependentSources} deaths={e.Deaths} competing={string.Join(",", e.CompetingDates.Select(c => c.Date.ToString()))} [{string.Join(" ", e.Mentions.Select(m => m.Id))}]");
        }

        foreach (var d in r.Disputes.Take(int.Parse(Environment.GetEnvironmentVariable("TOP") ?? "40", System.Globalization.CultureInfo.InvariantCulture)))
        {
            Console.WriteLine($"  {d.Id} {d.Materiality:0.000} {d.Attribute} {d.SubjectLabel}: {DisputeFinder.Describe(d)} :: {string.Join(" / ", d.Sides.Select(s => string.Join(" ", s.Statements.Select(q => q.MentionId))))}");
        }

        var gold = File.ReadLines(Path.Combine(shared, "eval", "gold", "disputes.jsonl"))
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement)
            .Select(o => (Id: o.GetProperty("dispute").GetString()!, Sides: o.GetProperty("sides").EnumerateArray().Select(s => s.GetProperty("members").EnumerateArray().Select(x => x.GetString()!).ToHashSet()).ToList()))
            .ToList();
        int found = 0;
        foreach (var g in gold)
        {
            // Found when some predicted dispute puts members of two different gold sides on two different sides.
            bool hit = r.Disputes.Any(d => g.Sides.Count(gs => d.Sides.Any(ps => ps.Statements.Any(q => gs.Contains(q.MentionId)))) >= 2
                && d.Sides.Count(ps => g.Sides.Any(gs => ps.Statements.Any(q => gs.Contains(q.MentionId)))) >= 2);
            found += hit ? 1 : 0;
            Console.WriteLine($"gold {g.Id}: {(hit ? "found" : "missed")}");
        }

        Console.WriteLine($"gold disputes found: {found}/{gold.Count}");
    }
}
