var mode = args.Length > 0 ? args[0] : "scale";
var shared = Environment.GetEnvironmentVariable("CONCORD_SHARED") ?? "/work/shared";
if (mode == "gold")
{
    foreach (var t in args.Skip(1).DefaultIfEmpty("0.7"))
    {
        GoldEval.Run(shared, double.Parse(t, System.Globalization.CultureInfo.InvariantCulture));
    }
}
else if (mode == "probe")
{
    Probe.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
}
else if (mode == "misses")
{
    GoldMisses.Run(shared);
}
else if (mode == "copies")
{
    CopyBench.Run(args.Length > 1 ? args.Skip(1).Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToArray() : [250, 500, 1000, 2000, 4000]);
}
else if (mode == "report")
{
    GoldReport.Run(shared);
}
else
{
    var sizes = args.Skip(1).Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty(0).ToArray();
    ScaleBench.Run(sizes[0] == 0 ? [125_000, 250_000, 500_000, 1_000_000] : sizes);
}
