using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Concord.Cli.Commands;
using Concord.Cli.Composition;
using Concord.Model;
using Concord.Reading;
using Concord.Reconciliation;
using Concord.Reconciliation.Input;
using Concord.Store;
using Concord.Web;

// Loopback load benchmark for the web API: builds a store of ≥ 100,000 events by replicating the
// corpus's event mentions with shifted dates, starts the app on 127.0.0.1 (free port) and measures
// p50/p95/p99 latency of /api/events and a search. Bounded: a fixed request count per endpoint and
// a time cap; only 127.0.0.1 is ever contacted.
var args2 = args.ToDictionary(a => a.Split('=')[0].TrimStart('-'), a => a.Contains('=') ? a.Split('=', 2)[1] : "1");
var targetEvents = int.Parse(args2.GetValueOrDefault("events", "100000"), CultureInfo.InvariantCulture);
var requests = int.Parse(args2.GetValueOrDefault("requests", "2000"), CultureInfo.InvariantCulture);
var concurrency = int.Parse(args2.GetValueOrDefault("concurrency", "2"), CultureInfo.InvariantCulture);
var capSeconds = int.Parse(args2.GetValueOrDefault("seconds", "60"), CultureInfo.InvariantCulture);
var root = FindRoot();
var corpus = Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus", "karabakh"));
var gold = Path.GetFullPath(Path.Combine(root, "..", "shared", "eval", "gold", "karabakh.jsonl"));
var folder = Directory.CreateTempSubdirectory("concord-bench-web-");
try
{
    var dbPath = Path.Combine(folder.FullName, "bench.db");
    var sw = Stopwatch.StartNew();
    var events = BuildStore(dbPath, corpus, gold, targetEvents);
    Console.WriteLine($"store: {events:N0} event mentions in {sw.Elapsed.TotalSeconds:F1} s ({new FileInfo(dbPath).Length / 1e6:F0} MB)");

    using var store = ConcordStore.Open(dbPath);
    sw.Restart();
    await using var app = ConcordWebApp.Create(ServeCommand.Options(store, 0));
    var url = await app.StartAsync();
    Console.WriteLine($"app: {app.Events.Events.Count:N0} events loaded and search index built in {sw.Elapsed.TotalSeconds:F1} s; serving {url}; working set {Environment.WorkingSet / 1e6:F0} MB");
    if (!url.StartsWith("http://127.0.0.1:", StringComparison.Ordinal))
    {
        throw new InvalidOperationException("refusing to load anything but loopback: " + url);
    }

    using var http = new HttpClient { BaseAddress = new Uri(url) };
    var targets = new (string Name, string Path)[]
    {
        ("static asset (peer)", "app.css"),
        ("events, first page", "api/events?limit=100"),
        ("events, filtered", "api/events?from=2000&to=2010&type=Battles&limit=50"),
        ("events, deep page", "api/events?limit=100&offset=90000"),
        ("events, q=ceasefire", "api/events?q=ceasefire&limit=50"),
        ("search, Latvian", "api/search?q=" + Uri.EscapeDataString("ieņēma Šušu") + "&limit=20"),
        ("search, karabakh", "api/search?q=karabakh&limit=20"),
    };
    Console.WriteLine($"{requests} requests per endpoint, {concurrency} concurrent, cap {capSeconds} s each; cores {Environment.ProcessorCount}");
    Console.WriteLine("| endpoint | n | p50 ms | p95 ms | p99 ms | req/s | p50 / peer p50 |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
    double? peer = null;
    foreach (var (name, path) in targets)
    {
        await Measure(http, path, 50, concurrency, 10); // warm-up
        var (lat, elapsed) = await Measure(http, path, requests, concurrency, capSeconds);
        var p50 = Pct(lat, 0.50);
        peer ??= p50;
        Console.WriteLine($"| {name} `{path}` | {lat.Count} | {p50:F2} | {Pct(lat, 0.95):F2} | {Pct(lat, 0.99):F2} | {lat.Count / elapsed:F0} | {p50 / peer.Value:F1} |");
    }
}
finally
{
    folder.Delete(recursive: true);
}

static async Task<(List<double> Latencies, double Seconds)> Measure(HttpClient http, string path, int count, int concurrency, int capSeconds)
{
    var latencies = new List<double>(count);
    var issued = 0;
    var deadline = Stopwatch.StartNew();
    async Task Worker()
    {
        while (Interlocked.Increment(ref issued) <= count && deadline.Elapsed.TotalSeconds < capSeconds)
        {
            var t = Stopwatch.GetTimestamp();
            using var r = await http.GetAsync(path);
            await r.Content.ReadAsByteArrayAsync();
            var ms = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
            if (!r.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{path}: HTTP {(int)r.StatusCode}");
            }

            lock (latencies)
            {
                latencies.Add(ms);
            }
        }
    }

    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Worker()));
    return (latencies, deadline.Elapsed.TotalSeconds);
}

static double Pct(List<double> values, double p)
{
    var sorted = values.Order().ToList();
    return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}

// Replicates the corpus's event mentions (from the pipeline; from the gold annotations while
// extraction finds too few) with dates shifted by whole weeks until the store holds the target.
static int BuildStore(string dbPath, string corpus, string gold, int target)
{
    var reader = new DocumentReader();
    var pipeline = PipelineFactory.CreateDefault();
    var analyses = Directory.GetFiles(corpus, "*.txt").Order(StringComparer.Ordinal)
        .Select(f => pipeline.Analyze(reader.Read(f).Document!)).ToList();
    var seeds = analyses.SelectMany(a => a.Mentions).Where(m => m.Kind == MentionKind.Event && m.DateStart is not null).ToList();
    if (seeds.Count < 50)
    {
        Console.WriteLine($"seed: the pipeline found {seeds.Count} dated events; using the gold annotations' event mentions as seeds");
        seeds = File.ReadLines(gold).Select(l => JsonNode.Parse(l)!.AsObject()).Where(o => (string?)o["kind"] == "event" && o["date_start"] is not null)
            .Select(o => new Mention
            {
                Id = (string)o["id"]!,
                Doc = (string)o["doc"]!,
                Kind = MentionKind.Event,
                Span = new TextSpan(0, 0),
                Quote = (string)o["quote"]!,
                Language = "und",
                EventType = (string?)o["event_type"],
                SubEventType = (string?)o["sub_event_type"],
                DateStart = (string?)o["date_start"],
                DateEnd = (string?)o["date_end"],
                Location = o["location"] is null ? null : new Location((string)o["location"]!, null, null),
                Actors = (o["actors"] as JsonArray ?? []).Select(a => (string)a!).ToList(),
                Fatalities = o["fatalities"] is JsonObject f ? new Fatalities((int)f["low"]!, (int?)f["high"]) : null,
            }).ToList();
    }

    // Reconciliation merges mentions of one occurrence into one event: each copy yields as many
    // events as the seeds reconcile to, and a copy's own place name keeps copies apart.
    var documents = analyses.Select(a => new ReconDocument(a.Document.Source.Name, a.Document.Language, a.Document.Source.Text)).ToList();
    var perCopy = new Reconciler().Run(documents, seeds.Select(m => Replica(m, 0)).ToList()).Events.Count;
    var copies = (int)Math.Ceiling(target * 1.05 / perCopy);
    Console.WriteLine($"seed: {seeds.Count} event mentions reconcile to {perCopy} events; {copies} copies");
    using var store = ConcordStore.Open(dbPath);
    var total = 0;
    foreach (var a in analyses)
    {
        var own = seeds.Where(m => m.Doc == a.Document.Source.Name).ToList();
        var replicated = new List<Mention>(own.Count * copies);
        for (var k = 0; k < copies; k++)
        {
            foreach (var m in own)
            {
                replicated.Add(Replica(m, k));
            }
        }

        store.Save(a with { Mentions = replicated });
        total += replicated.Count;
    }

    return total;
}

// Copy k: dates shifted by k weeks, the place named as copy k's own and without coordinates
// (reconciliation joins points within 25 km), so copies never merge with each other.
static Mention Replica(Mention m, int k)
{
    PartialDate.TryFirstDay(m.DateStart, out var first);
    var day = first.AddDays(7 * k).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    return m with
    {
        Id = $"{m.Id}-r{k}",
        DateStart = day,
        DateEnd = day,
        Location = new Location($"{m.Location?.Name ?? "somewhere"} #{k}", null, null),
    };
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Concord.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Concord.sln not found");
}
