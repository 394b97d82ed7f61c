using System.Text.RegularExpressions;
using Concord.Patterns;

namespace Concord.Temporal.Engine;

/// <summary>
/// A date rule's pattern: interpreted until it has been called often enough to pay for compiling
/// it, then compiled (<see cref="CompileWhenHot"/>). Compiling a rule (<see cref="RegexOptions.Compiled"/>)
/// emits IL that the JIT then optimises in full: ≈ 1 s per language for the big date patterns,
/// which a run over a few documents never earns back, while the interpreter costs ≈ 0.3 µs more
/// per call. Both engines run the same pattern, so they find the same matches. Measured on the
/// 20 MB pipeline corpus (notes/temporal.md, round 4).
/// </summary>
public sealed class TieredRegex
{
    /// <summary>
    /// Calls per pattern character before compiling: a long pattern costs more to compile. 30 keeps
    /// the English bench's second pass as fast as always-compiled rules; 60–150 make one pass over
    /// the 20 MB pipeline corpus ≈ 0.3 s cheaper but the bench ≈ 15% slower (notes/temporal.md, round 4).
    /// </summary>
    private const int CallsPerPatternChar = 30;

    /// <summary>
    /// Longer patterns stay interpreted: their compiled method is so large that the JIT does not
    /// optimise it, and it ran slower than the interpreter (the number patterns, the date ranges).
    /// </summary>
    private const int MaxCompiledLength = 2000;

    private readonly string pattern;
    private readonly Regex interpreted;
    private readonly CompileWhenHot tier;

    public TieredRegex(string pattern, RegexOptions options)
    {
        this.pattern = pattern;
        interpreted = new Regex(pattern, options & ~RegexOptions.Compiled);
        StaysInterpreted = (options & RegexOptions.Compiled) == 0 || pattern.Length > MaxCompiledLength;
        tier = new CompileWhenHot(interpreted, StaysInterpreted ? int.MaxValue : pattern.Length * CallsPerPatternChar);
    }

    /// <summary>Whether the pattern is never compiled (too long, or not asked to be): every call is interpreted.</summary>
    public bool StaysInterpreted { get; }

    /// <summary>Whether the pattern has been compiled yet.</summary>
    public bool IsCompiled => tier.IsCompiled;

    /// <summary>The engine to use for this call; compiles the pattern once it has been called often enough.</summary>
    private Regex Engine => tier.Engine;

    /// <summary>Where the pattern matches from <paramref name="at"/> on, without building a Match.</summary>
    public (int Index, int Length)? Span(string text, int at)
    {
        foreach (var vm in Engine.EnumerateMatches(text, at))
        {
            return (vm.Index, vm.Length);
        }

        return null;
    }

    /// <summary>Where the pattern matches in <paramref name="input"/> (offsets into it), without building a Match.</summary>
    public (int Index, int Length)? Span(ReadOnlySpan<char> input)
    {
        foreach (var vm in Engine.EnumerateMatches(input))
        {
            return (vm.Index, vm.Length);
        }

        return null;
    }

    public Match Match(string text, int at) => Engine.Match(text, at);

    public Match Match(string text, int at, int length) => Engine.Match(text, at, length);

    public bool IsMatch(string text, int at) => Engine.IsMatch(text, at);

    public string[] GroupNames => interpreted.GetGroupNames();

    public override string ToString() => pattern;
}
