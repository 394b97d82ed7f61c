using System.Diagnostics;
using Concord.Reconciliation.Events;
using Concord.Reconciliation.Figures;

internal static class Probe
{
    public static void Run(int n)
    {
        var (_, mentions) = ScaleBench.Generate(n, 42);
        var sw = Stopwatch.StartNew();
        var ev = new EventClusterer().Cluster(mentions);
        Console.WriteLine($"events cluster {sw.Elapsed.TotalSeconds:0.00}s");
        sw.Restart();
        var fi = new FigureClusterer().Cluster(mentions);
        Console.WriteLine($"figures cluster {sw.Elapsed.TotalSeconds:0.00}s {ev.Count} {fi.Count}");
    }
}
