namespace Concord.Cli.Diagnostics;

/// <summary>
/// CPU seconds of the main thread spent before the first document, split at named marks (runtime
/// start and command set-up come before the first mark), and the CPU of every thread at the end:
/// together with the stage clock they account for a whole ingest process.
/// </summary>
public sealed class StartupClock
{
    private readonly List<(string Step, double Seconds)> steps = [("runtime and commands", ThreadTimes.CurrentThreadSeconds())];
    private double last;

    public StartupClock() => last = steps[0].Seconds;

    /// <summary>Charges the main thread's CPU since the previous mark to <paramref name="step"/>.</summary>
    public void Mark(string step)
    {
        var now = ThreadTimes.CurrentThreadSeconds();
        steps.Add((step, now - last));
        last = now;
    }

    public IEnumerable<string> Report()
    {
        yield return "start-up (main thread CPU s before the first document): " +
            string.Join(", ", steps.Select(s => $"{s.Step} {s.Seconds:F2}"));
        yield return "threads (CPU s): " +
            string.Join(", ", ThreadTimes.ByName().Where(t => t.Seconds >= 0.005).Select(t => $"{t.Name} {t.Seconds:F2}"));
        yield return $"jit (all threads): {System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:F2} s compiling " +
            $"{System.Runtime.JitInfo.GetCompiledMethodCount()} methods";
    }
}
