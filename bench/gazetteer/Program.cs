using GazetteerBench;

// Usage: GazetteerBench bench [corpusDir] [seconds] | gold [goldPath] [corpusDir] [misses]
var shared = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../../shared"));
var mode = args.Length > 0 ? args[0] : "bench";
if (mode == "gold")
{
    GoldCoverage.Run(
        args.Length > 1 ? args[1] : Path.Combine(shared, "eval/gold/karabakh.jsonl"),
        args.Length > 2 ? args[2] : Path.Combine(shared, "corpus/karabakh"),
        args.Length > 3 ? int.Parse(args[3]) : 0);
}
else
{
    Throughput.Run(args.Length > 1 ? args[1] : Path.Combine(shared, "corpus/karabakh"), args.Length > 2 ? double.Parse(args[2]) : 3);
}
