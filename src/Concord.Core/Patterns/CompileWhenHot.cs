using System.Text.RegularExpressions;

namespace Concord.Patterns;

/// <summary>
/// A regex that runs interpreted until it has been used a given number of times, then compiled
/// (the way the JIT tiers methods). Compiling emits IL that the JIT then optimises in full, which
/// costs milliseconds per pattern and more for big ones; a pattern used a few times never earns
/// that back, one used on every sentence of a long run does. Both engines run the same pattern, so
/// they find the same matches. The threshold is the caller's: the date rules and the extraction
/// lexicons measured different ones (notes/temporal.md, notes/extraction-speed.md).
/// </summary>
public sealed class CompileWhenHot
{
    /// <summary>Uses before compiling; 0 when the pattern is never compiled (then no use is counted).</summary>
    private readonly int compileAfter;
    private Regex current;
    private int uses;

    /// <param name="regex">The pattern as built; if it is compiled already it stays as it is.</param>
    /// <param name="compileAfter">Uses before compiling; <see cref="int.MaxValue"/> (or less than 1) never compiles.</param>
    public CompileWhenHot(Regex regex, int compileAfter)
    {
        current = regex;
        this.compileAfter = IsCompiledRegex(regex) || compileAfter is < 1 or int.MaxValue ? 0 : compileAfter;
    }

    /// <summary>Whether the pattern has been compiled (or came compiled).</summary>
    public bool IsCompiled => IsCompiledRegex(current);

    /// <summary>The engine for this use; compiles the pattern when this use reaches the threshold.</summary>
    public Regex Engine
    {
        get
        {
            if (uses < compileAfter && ++uses == compileAfter)
            {
                // Concurrent callers may compile it twice; either result is the same pattern.
                current = new Regex(current.ToString(), current.Options | RegexOptions.Compiled, current.MatchTimeout);
            }

            return current;
        }
    }

    private static bool IsCompiledRegex(Regex regex) => (regex.Options & RegexOptions.Compiled) != 0;
}
