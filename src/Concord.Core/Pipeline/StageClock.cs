using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Concord.Pipeline;

/// <summary>
/// Accumulates the time spent in each pipeline stage, as CPU time of the calling thread where the
/// platform gives it (Linux), else wall time. Throughput is judged per core, so CPU time is the
/// honest measure on a machine shared with other work; wall time is kept beside it. Each stage is
/// also charged with the bytes the calling thread allocated in it, since allocation drives the
/// garbage collections reported at the end, and with the time the JIT spent compiling methods on
/// the calling thread: the first documents pay for compiling the code every later one runs.
/// </summary>
public sealed class StageClock
{
    // A list of classes searched by name (a dozen stages at most), summed by loops: a dictionary
    // of tuples and Linq sums over it were framework generic code no precompiled image holds,
    // jitted in every timed run (notes/performance.md, session 9).
    private readonly List<StageTotal> totals = [];

    /// <summary>Stages in the order they were first timed, with their CPU and wall seconds and allocated bytes.</summary>
    public IEnumerable<(string Stage, double CpuSeconds, double WallSeconds, long AllocatedBytes)> Totals
    {
        get
        {
            foreach (var t in totals)
            {
                yield return (t.Stage, t.Cpu, t.Wall, t.Allocated);
            }
        }
    }

    /// <summary>Whether <see cref="Totals"/> are thread CPU time (else the CPU column repeats wall time).</summary>
    public static bool MeasuresCpu => ThreadCpu.Available;

    /// <summary>One line per stage and a total, for standard error.</summary>
    public IEnumerable<string> Report()
    {
        yield return $"{"stage",-10} {(MeasuresCpu ? "cpu s" : "wall s"),8} {"wall s",8} {"alloc MB",9} {"jit s",6} {"jitted",7}";
        var sum = new StageTotal("total");
        foreach (var t in totals)
        {
            yield return $"{t.Stage,-10} {t.Cpu,8:F2} {t.Wall,8:F2} {Megabytes(t.Allocated),9:F1} {t.Jit,6:F2} {t.Methods,7}";
            sum.Add(t.Cpu, t.Wall, t.Allocated, t.Jit, t.Methods);
        }

        yield return $"{sum.Stage,-10} {sum.Cpu,8:F2} {sum.Wall,8:F2} {Megabytes(sum.Allocated),9:F1} {sum.Jit,6:F2} {sum.Methods,7}";
        yield return $"(garbage collection paused the process {GC.GetTotalPauseDuration().TotalSeconds:F2} s in all: " +
            $"{GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2 collections)";
    }

    public T Time<T>(string stage, Func<T> work)
    {
        double cpu0 = ThreadCpu.Seconds();
        long wall0 = Stopwatch.GetTimestamp();
        long allocated0 = GC.GetAllocatedBytesForCurrentThread();
        var jit0 = System.Runtime.JitInfo.GetCompilationTime(currentThread: true);
        long methods0 = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true);
        try
        {
            return work();
        }
        finally
        {
            double wall = Stopwatch.GetElapsedTime(wall0).TotalSeconds;
            double cpu = ThreadCpu.Available ? ThreadCpu.Seconds() - cpu0 : wall;
            long allocated = GC.GetAllocatedBytesForCurrentThread() - allocated0;
            double jit = (System.Runtime.JitInfo.GetCompilationTime(currentThread: true) - jit0).TotalSeconds;
            long methods = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true) - methods0;
            TotalOf(stage).Add(cpu, wall, allocated, jit, methods);
        }
    }

    private StageTotal TotalOf(string stage)
    {
        foreach (var t in totals)
        {
            if (t.Stage == stage)
            {
                return t;
            }
        }

        var added = new StageTotal(stage);
        totals.Add(added);
        return added;
    }

    private static double Megabytes(long bytes) => bytes / (1024.0 * 1024.0);

    private sealed class StageTotal(string stage)
    {
        public string Stage { get; } = stage;

        public double Cpu { get; private set; }

        public double Wall { get; private set; }

        public long Allocated { get; private set; }

        public double Jit { get; private set; }

        public long Methods { get; private set; }

        public void Add(double cpu, double wall, long allocated, double jit, long methods)
        {
            Cpu += cpu;
            Wall += wall;
            Allocated += allocated;
            Jit += jit;
            Methods += methods;
        }
    }

    /// <summary>CPU time of the current thread from clock_gettime(CLOCK_THREAD_CPUTIME_ID).</summary>
    private static class ThreadCpu
    {
        private const int ClockThreadCpuTimeId = 3;

        public static readonly bool Available = OperatingSystem.IsLinux() && Probe();

        public static double Seconds() =>
            Available && clock_gettime(ClockThreadCpuTimeId, out var ts) == 0 ? ts.Seconds + (ts.Nanoseconds / 1e9) : 0;

        private static bool Probe()
        {
            try
            {
                return clock_gettime(ClockThreadCpuTimeId, out _) == 0;
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
                return false;
            }
        }

        [DllImport("libc", EntryPoint = "clock_gettime")]
        private static extern int clock_gettime(int clockId, out TimeSpec value);

        [StructLayout(LayoutKind.Sequential)]
        private struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }
    }
}
