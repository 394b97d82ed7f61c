using System.Diagnostics;
using System.Globalization;
using Concord.Model;
using Concord.Reconciliation;
using Concord.Reconciliation.Copies;
using Concord.Reconciliation.Input;

/// <summary>
/// Reconciles synthetic mentions at growing sizes and prints wall and CPU time, memory and CPU time / (n log n)
/// relative to the smallest size (flat or falling means no worse than n log n).
/// </summary>
internal static class ScaleBench
{
    private static readonly string[] Types = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Strategic developments", "Protests"];
    private static readonly string[] SubTypes = ["Armed clash", "Shelling/artillery/missile attack", "Attack", "Agreement", "Peaceful protest"];

    public static void Run(int[] sizes)
    {
        Console.WriteLine($"{Environment.ProcessorCount} cores; .NET {Environment.Version}; server GC {System.Runtime.GCSettings.IsServerGC}");
        Console.WriteLine("mentions   events  figures  disputes  wall_s   cpu_s  mentions/cpu_s  peak_MB  alloc_MB  cpu/(n·log2 n) vs first");
        double? firstRatio = null;

        // Warm-up: JIT and tiered compilation happen here, not in the first measured size.
        var (wd, wm) = Generate(20_000, seed: 7);
        new Reconciler().Reconcile(wd, new CopyAnalysis([], [], new Dictionary<string, string>()), wm);
        foreach (int n in sizes)
        {
            var (docs, mentions) = Generate(n, seed: 42);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            long alloc0 = GC.GetTotalAllocatedBytes(true);
            var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            var copies = new CopyAnalysis([], [], new Dictionary<string, string>());
            var result = new Reconciler().Reconcile(docs, copies, mentions);
            sw.Stop();
            double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
            long alloc = GC.GetTotalAllocatedBytes(true) - alloc0;
            double ratio = cpu / (n * Math.Log2(n));
            firstRatio ??= ratio;
            using var proc = Process.GetCurrentProcess();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{n,8} {result.Events.Count,8} {result.Figures.Count,8} {result.Disputes.Count,9} {sw.Elapsed.TotalSeconds,7:0.00} {cpu,7:0.00} {n / cpu,15:0} {proc.PeakWorkingSet64 / 1048576.0,8:0} {alloc / 1048576.0,9:0} {ratio / firstRatio.Value,10:0.00}"));
        }
    }

    /// <summary>
    /// n mentions telling n/5 occurrences over 30 years, five statements each from different
    /// documents, at day (70%), month (20%) or year (10%) precision, one in ten a day off (a
    /// disagreement); one mention in ten is a figure.
    /// </summary>
    public static (List<ReconDocument> Docs, List<Mention> Mentions) Generate(int n, int seed)
    {
        var rnd = new Random(seed);
        int docCount = Math.Max(10, n / 100);
        var docs = Enumerable.Range(0, docCount).Select(i => new ReconDocument($"doc{i:000000}", "en", "")).ToList();
        var mentions = new List<Mention>(n);
        int first = new DateOnly(1990, 1, 1).DayNumber;
        int occurrence = 0;
        while (mentions.Count < n)
        {
            occurrence++;
            int day = first + rnd.Next(365 * 30);
            int t = rnd.Next(Types.Length);
            var actors = new[] { $"State{rnd.Next(40)}", $"State{rnd.Next(40)}" }.Distinct().ToArray();
            string place = $"Place{rnd.Next(2000)}";
            int deaths = rnd.Next(0, 50);
            bool figure = rnd.Next(10) == 0;
            for (int k = 0; k < 5 && mentions.Count < n; k++)
            {
                string doc = docs[rnd.Next(docCount)].Name;
                var d = DateOnly.FromDayNumber(day + (rnd.Next(10) == 0 ? 1 : 0));
                int p = rnd.Next(10);
                string date = p < 7 ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : p < 9 ? d.ToString("yyyy-MM", CultureInfo.InvariantCulture) : d.Year.ToString(CultureInfo.InvariantCulture);
                var span = new TextSpan(k * 100, (k * 100) + 50);
                mentions.Add(figure
                    ? new Mention
                    {
                        Id = $"f{occurrence}-{k}", Doc = doc, Kind = MentionKind.Figure, Span = span, Quote = "", Language = "en",
                        Measure = "killed", Group = $"{actors[0]} soldiers", ValueLow = deaths * 10 + rnd.Next(3), ValueHigh = null,
                        PeriodStart = d.Year.ToString(CultureInfo.InvariantCulture), PeriodEnd = d.Year.ToString(CultureInfo.InvariantCulture),
                    }
                    : new Mention
                    {
                        Id = $"e{occurrence}-{k}", Doc = doc, Kind = MentionKind.Event, Span = span, Quote = "", Language = "en",
                        EventType = Types[t], SubEventType = SubTypes[t], DateStart = date, DateEnd = date,
                        Location = new Location(place, null, null), Actors = actors,
                        Fatalities = deaths == 0 ? null : new Fatalities(deaths + rnd.Next(2), null),
                    });
            }
        }

        return (docs, mentions);
    }
}
