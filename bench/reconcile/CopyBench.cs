using System.Diagnostics;
using System.Globalization;
using System.Text;
using Concord.Reconciliation.Copies;
using Concord.Reconciliation.Input;

/// <summary>
/// Repeat and copy detection on synthetic documents: MB per CPU second at growing sizes, and the
/// peer in the same run: exact all-pairs paragraph comparison (what LSH avoids) on the same input.
/// </summary>
internal static class CopyBench
{
    public static void Run(int[] docCounts)
    {
        Console.WriteLine("docs     MB  copies_found  repeats_found  cpu_s  MB/cpu_s  all_pairs_cpu_s  speedup_vs_all_pairs");
        DuplicateDetectorRun(Generate(50, 1)); // warm-up
        foreach (int n in docCounts)
        {
            var docs = Generate(n, 11);
            double mb = docs.Sum(d => d.Text.Length * 2L) / 1048576.0;
            var (analysis, cpu) = DuplicateDetectorRun(docs);
            double peer = n <= 1000 ? AllPairs(docs) : double.NaN;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{n,5} {mb,6:0.0} {analysis.Copies.Count,13} {analysis.Repeats.Count,14} {cpu,6:0.00} {mb / cpu,9:0.0} {peer,16:0.00} {peer / cpu,21:0.0}"));
        }
    }

    private static (CopyAnalysis, double) DuplicateDetectorRun(List<ReconDocument> docs)
    {
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var a = new DuplicateDetector().Analyze(docs);
        return (a, (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds);
    }

    /// <summary>The quadratic baseline: exact Jaccard of every pair of paragraphs.</summary>
    private static double AllPairs(List<ReconDocument> docs)
    {
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var sets = docs.SelectMany(d => Passage.Split(d.Text).Select(p => new HashSet<ulong>(Shingles.ShingleHashes(Shingles.WordHashes(d.Text, p.Words))))).ToList();
        int similar = 0;
        for (int i = 0; i < sets.Count; i++)
        {
            for (int j = i + 1; j < sets.Count; j++)
            {
                int inter = sets[i].Count(sets[j].Contains);
                if (inter * 2 >= sets[i].Count + sets[j].Count - inter)
                {
                    similar++;
                }
            }
        }

        GC.KeepAlive(similar);
        return (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
    }

    /// <summary>Documents of 10 paragraphs of random words; every fifth copies half of an earlier one; every tenth pastes a paragraph twice.</summary>
    public static List<ReconDocument> Generate(int n, int seed)
    {
        var rnd = new Random(seed);
        var vocabulary = Enumerable.Range(0, 20000).Select(i => "w" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var docs = new List<ReconDocument>(n);
        var paragraphs = new List<string[]>(n);
        for (int d = 0; d < n; d++)
        {
            var ps = new string[10];
            for (int p = 0; p < ps.Length; p++)
            {
                var sb = new StringBuilder();
                int words = rnd.Next(60, 120);
                for (int w = 0; w < words; w++)
                {
                    // Skewed word frequencies, as in text.
                    sb.Append(vocabulary[(int)(vocabulary.Length * Math.Pow(rnd.NextDouble(), 3))]).Append(w % 12 == 11 ? ". " : " ");
                }

                ps[p] = sb.ToString().Trim();
            }

            if (d > 0 && d % 5 == 0)
            {
                var source = paragraphs[rnd.Next(d)];
                for (int p = 0; p < 5; p++)
                {
                    ps[p * 2] = source[p * 2];
                }
            }

            if (d % 10 == 3)
            {
                ps[9] = ps[1];
            }

            paragraphs.Add(ps);
            docs.Add(new ReconDocument($"doc{d:000000}", "en", string.Join("\n\n", ps)));
        }

        return docs;
    }
}
