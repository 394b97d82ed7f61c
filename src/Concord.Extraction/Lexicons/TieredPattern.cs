using System.Text.RegularExpressions;

namespace Concord.Extraction.Lexicons;

/// <summary>
/// A trigger or measure pattern that runs interpreted until it has been used often enough to pay
/// for compiling it. Compiling emits IL at construction and the JIT then optimises each pattern's
/// scan in full on first use (several ms for a long trigger alternation): with the literal
/// prefilter most rules run on few clauses, so compiling every rule of every language up front
/// cost more than their interpreted runs do. Both engines run the same pattern, so they find the
/// same matches.
/// </summary>
internal sealed class TieredPattern
{
    /// <summary>Uses before the pattern is compiled: about what compiling and jitting it costs in interpreted runs on a clause.</summary>
    private const int PromoteAfter = 200;

    private readonly string pattern;
    private readonly RegexOptions options;
    private Regex current;
    private int uses;

    public TieredPattern(string pattern, RegexOptions options)
    {
        this.pattern = pattern;
        this.options = options & ~RegexOptions.Compiled;
        current = new Regex(pattern, this.options);
    }

    /// <summary>The engine for this use; compiles the pattern once it has been used often enough.</summary>
    public Regex Engine
    {
        get
        {
            if (uses < PromoteAfter && ++uses == PromoteAfter)
            {
                // Concurrent callers may compile it twice; either result is the same pattern.
                current = new Regex(pattern, options | RegexOptions.Compiled);
            }

            return current;
        }
    }
}
