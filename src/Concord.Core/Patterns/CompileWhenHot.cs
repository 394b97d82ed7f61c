using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Concord.Patterns;

/// <summary>
/// A regex that runs interpreted until the cost spent running it reaches a budget, then compiled
/// (the way the JIT tiers methods). Compiling emits IL that the JIT then optimises in full, which
/// costs milliseconds per pattern and more for big ones; a pattern used a few times never earns
/// that back, one used on every sentence of a long run does. Both engines run the same pattern, so
/// they find the same matches. The unit of cost and the budget are the caller's: the extraction
/// lexicons count uses (<see cref="Engine"/>), the date rules charge the time their interpreted
/// calls took (<see cref="Charge"/>; notes/temporal.md, notes/extraction-speed.md).
/// </summary>
public sealed class CompileWhenHot
{
    /// <summary>A budget that is never reached: the pattern stays as it was built.</summary>
    public const long Never = long.MaxValue;

    /// <summary>Cost before compiling; 0 when the pattern is never compiled (then no cost is added).</summary>
    private readonly long budget;
    private Regex current;
    private long spent;

    /// <param name="regex">The pattern as built; if it is compiled already (or was generated at build time, <see cref="PrecompiledPatterns"/>) it stays as it is.</param>
    /// <param name="budget">Cost before compiling, in the caller's unit; <see cref="Never"/> (or less than 1) never compiles.</param>
    public CompileWhenHot(Regex regex, long budget)
    {
        current = regex;
        this.budget = IsCompiledRegex(regex) || budget is < 1 or Never || !CanCompile ? 0 : budget;
    }

    /// <summary>
    /// Whether compiling can pay at all: without dynamic code (Native AOT, or a runtime configured
    /// with IsDynamicCodeSupported=false) <see cref="RegexOptions.Compiled"/> is ignored and the
    /// pattern runs interpreted anyway, so counting its cost (the date rules time every call)
    /// would be spent for nothing. The same engine runs either way, so the matches are the same.
    /// </summary>
    public static bool CanCompile => RuntimeFeature.IsDynamicCodeCompiled;

    /// <summary>Whether the pattern has been compiled (or came compiled).</summary>
    public bool IsCompiled => IsCompiledRegex(current);

    /// <summary>Whether the pattern will stay as it is: it came compiled, or its budget is <see cref="Never"/>.</summary>
    public bool StaysAsBuilt => budget == 0;

    /// <summary>The engine as it is now, without adding a cost (for callers that <see cref="Charge"/> their own).</summary>
    public Regex Current => current;

    /// <summary>The engine for one use, counted as a cost of 1; compiles the pattern when this use reaches the budget.</summary>
    public Regex Engine
    {
        get
        {
            Charge(1);
            return current;
        }
    }

    /// <summary>Adds <paramref name="cost"/> spent on the interpreted pattern; compiles it once the total reaches the budget.</summary>
    public void Charge(long cost)
    {
        if (spent < budget && (spent += cost) >= budget)
        {
            // Concurrent callers may compile it twice; either result is the same pattern.
            current = new Regex(current.ToString(), current.Options | RegexOptions.Compiled, current.MatchTimeout);
        }
    }

    private static bool IsCompiledRegex(Regex regex) => (regex.Options & RegexOptions.Compiled) != 0 || PrecompiledPatterns.IsPrecompiled(regex);
}
