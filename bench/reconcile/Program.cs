var mode = args.Length > 0 ? args[0] : "scale";
var shared = Environment.GetEnvironmentVariable("CONCORD_SHARED") ?? "/work/shared";
if (mode == "gold")
{
    foreach (var t in args.Skip(1).DefaultIfEmpty("0.7"))
    {
        GoldEval.Run(shared, double.Parse(t, System.Globalization.CultureInfo.InvariantCulture));
    }
}
else if (mode == "report")
{
    GoldReport.Run(shared);
}
