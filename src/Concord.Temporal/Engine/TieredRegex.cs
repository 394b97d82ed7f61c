using System.Diagnostics;
using System.Text.RegularExpressions;
using Concord.Patterns;
using System.Runtime.CompilerServices;

namespace Concord.Temporal.Engine;

/// <summary>
/// A date rule's pattern: interpreted until the time spent interpreting it reaches what compiling
/// it would cost, then compiled (ski rental: never more than twice the cheaper choice). Compiling a
/// rule (<see cref="RegexOptions.Compiled"/>; the shared <see cref="CompileWhenHot"/>, charged in
/// Stopwatch ticks) emits IL that the JIT then optimises in full, which a
/// run over a few documents never earns back; a rule whose calls are cheap (a short joiner, a
/// pattern that fails at its first character) may never earn it back, one whose calls backtrack
/// through many forms earns it back soon. A count of calls cannot tell these apart: the same
/// count was late for the costly rules of a long run and early for the cheap ones of a short
/// one (notes/temporal.md, rounds 7 and session 5). Both engines run the same pattern, so they
/// find the same matches.
/// </summary>
public sealed class TieredRegex
{
    /// <summary>
    /// Estimated cost of compiling, per pattern character (IL emission and the JIT grow with the
    /// pattern): ≈ 25 ms for the 400–700 character date forms (notes/temporal.md, round 7).
    /// </summary>
    private const double CompileMicrosecondsPerPatternChar = 40;

    /// <summary>
    /// Longer patterns stay interpreted: their compiled method is so large that the JIT does not
    /// optimise it, and it ran no faster than the interpreter (the number patterns, the date ranges).
    /// </summary>
    private const int MaxCompiledLength = 2000;

    /// <summary>The most one interpreted call is charged (20 µs; the costliest forms take a few µs).</summary>
    private static readonly long MaxChargeTicks = Stopwatch.Frequency / 50_000;

    private readonly string pattern;
    private readonly Regex interpreted;
    private readonly CompileWhenHot tier;

    /// <summary>The pattern generated at build time (<see cref="PrecompiledPatterns"/>), if any: every call runs it, uncharged.</summary>
    private readonly Regex? precompiled;

    public TieredRegex(string pattern, RegexOptions options)
    {
        this.pattern = pattern;
        precompiled = PrecompiledPatterns.Find(pattern, options);
        interpreted = precompiled ?? new Regex(pattern, options & ~RegexOptions.Compiled);
        bool staysInterpreted = precompiled is not null || (options & RegexOptions.Compiled) == 0 || pattern.Length > MaxCompiledLength;
        tier = new CompileWhenHot(interpreted, staysInterpreted
            ? CompileWhenHot.Never
            : (long)(pattern.Length * CompileMicrosecondsPerPatternChar * Stopwatch.Frequency / 1_000_000));
    }

    /// <summary>Whether the pattern is never compiled (too long, or not asked to be): every call is interpreted.</summary>
    public bool StaysInterpreted => precompiled is null && tier.StaysAsBuilt;

    /// <summary>Whether the pattern has been compiled yet (or was at build time).</summary>
    public bool IsCompiled => precompiled is not null || tier.IsCompiled;

    /// <summary>Whether the pattern was compiled at build time (<see cref="PrecompiledPatterns"/>).</summary>
    public bool IsPrecompiled => precompiled is not null;

    /// <summary>The options the pattern runs with (<see cref="RegexOptions.Compiled"/> aside): with its text, what identifies it.</summary>
    public RegexOptions Options => interpreted.Options & ~RegexOptions.Compiled;

    /// <summary>Where the pattern matches from <paramref name="at"/> on, without building a Match.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    public (int Index, int Length)? Span(string text, int at)
    {
        if (Compiled() is { } engine)
        {
            return First(engine.EnumerateMatches(text, at));
        }

        long start = StartTiming();
        var found = First(interpreted.EnumerateMatches(text, at));
        Charge(start);
        return found;
    }

    /// <summary>Where the pattern matches in <paramref name="input"/> (offsets into it), without building a Match.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    public (int Index, int Length)? Span(ReadOnlySpan<char> input)
    {
        if (Compiled() is { } engine)
        {
            return First(engine.EnumerateMatches(input));
        }

        long start = StartTiming();
        var found = First(interpreted.EnumerateMatches(input));
        Charge(start);
        return found;
    }

    public Match Match(string text, int at)
    {
        if (Compiled() is { } engine)
        {
            return engine.Match(text, at);
        }

        long start = StartTiming();
        var m = interpreted.Match(text, at);
        Charge(start);
        return m;
    }

    public Match Match(string text, int at, int length)
    {
        if (Compiled() is { } engine)
        {
            return engine.Match(text, at, length);
        }

        long start = StartTiming();
        var m = interpreted.Match(text, at, length);
        Charge(start);
        return m;
    }

    public bool IsMatch(string text, int at)
    {
        if (Compiled() is { } engine)
        {
            return engine.IsMatch(text, at);
        }

        long start = StartTiming();
        bool found = interpreted.IsMatch(text, at);
        Charge(start);
        return found;
    }

    public string[] GroupNames => interpreted.GetGroupNames();

    /// <summary>The pattern's group numbers, ascending (the compiled engine numbers groups the same).</summary>
    public int[] GroupNumbers => interpreted.GetGroupNumbers();

    /// <summary>The number of the group named <paramref name="name"/>, -1 if none (the compiled engine numbers groups the same).</summary>
    public int GroupNumberFromName(string name) => interpreted.GroupNumberFromName(name);

    public override string ToString() => pattern;

    private static (int Index, int Length)? First(Regex.ValueMatchEnumerator matches)
    {
        foreach (var vm in matches)
        {
            return (vm.Index, vm.Length);
        }

        return null;
    }

    /// <summary>The compiled engine once the pattern has been compiled, else null (the call runs interpreted and is charged).</summary>
    private Regex? Compiled() => precompiled ?? (tier.Current is var engine && ReferenceEquals(engine, interpreted) ? null : engine);

    /// <summary>The time now, or 0 when the pattern stays interpreted (nothing to decide).</summary>
    private long StartTiming() => StaysInterpreted ? 0 : Stopwatch.GetTimestamp();

    /// <summary>Charges an interpreted call's time to the pattern, which compiles once the total reaches the compile cost.</summary>
    private void Charge(long start)
    {
        if (start != 0)
        {
            // A call is charged at most MaxChargeTicks: on a busy machine a call the thread was
            // preempted in reads milliseconds of wall time, which would compile every pattern early.
            tier.Charge(Math.Min(Stopwatch.GetTimestamp() - start, MaxChargeTicks));
        }
    }
}
