using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Concord.Patterns;

namespace Concord.Extraction.Lexicons;

/// <summary>
/// The engine behind a lexicon pattern asked for every clause or every trigger. Most clauses
/// hold none of the words such a pattern needs ("as a result of", "killed"), so before the regex
/// runs, the text is searched for the literals of which every match holds one
/// (<see cref="RequiredLiterals"/>, one vectorised multi-string search): without one, the regex
/// cannot match and does not run. The regex alone still decides every match.
/// Lexicon patterns are built interpreted: compiling every pattern of every language up front
/// costs more start-up time than a short run saves. A pattern is compiled here once it has run
/// often enough to earn it back. A compiled regex matches exactly as the interpreted one.
/// </summary>
internal static class HotRegex
{
    /// <summary>
    /// The gated engine of each regex asked for, by reference. Read without a lock on every clause
    /// (a ConditionalWeakTable look-up went through a runtime call for its weak handle each time);
    /// written copy-on-write under <see cref="Adding"/>, once per lexicon pattern per process. The
    /// lexicons keep their regexes for the whole run, so holding them strongly keeps nothing longer.
    /// </summary>
    private static volatile Dictionary<Regex, GatedRegex> entries = new(ReferenceEqualityComparer.Instance);

    private static readonly Lock Adding = new();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    public static GatedRegex Hot(this Regex regex) => entries.TryGetValue(regex, out var gated) ? gated : Add(regex);

    private static GatedRegex Add(Regex regex)
    {
        lock (Adding)
        {
            if (entries.TryGetValue(regex, out var gated))
            {
                return gated;
            }

            gated = new GatedRegex(regex);
            entries = new Dictionary<Regex, GatedRegex>(entries, ReferenceEqualityComparer.Instance) { [regex] = gated };
            return gated;
        }
    }
}

/// <summary>A lexicon regex behind its literal gate, compiled once it has run often (see <see cref="HotRegex"/>).</summary>
internal sealed class GatedRegex
{
    /// <summary>
    /// Runs after which a pattern is compiled. Behind the literal gate a pattern runs only where it
    /// may match, and compiling plus jitting one costs a few ms: on the 20 MB bench, compiling
    /// after 200–500 runs was slower than compiling after 2000 or never (notes/extraction-speed.md,
    /// session 4), so only patterns that run very often in a long run are compiled.
    /// </summary>
    public const int CompileAfter = 5000;

    private static readonly Regex Never = new("(?!)", RegexOptions.CultureInvariant);

    /// <summary>Marks a pattern whose literals could not be read.</summary>
    private static readonly SearchValues<string> Always = SearchValues.Create(["\0"], StringComparison.Ordinal);

    /// <summary>An empty collection, counted once so that sharing it between threads is safe.</summary>
    private static readonly MatchCollection NoMatches = EmptyMatches();

    private readonly CompileWhenHot tier;

    /// <summary>The literals every match holds one of, read on first use; <see cref="Always"/>: the pattern could not be read, it always runs.</summary>
    private SearchValues<string>? literals;

    public GatedRegex(Regex regex)
    {
        Source = regex;
        // A pattern generated at build time runs compiled from the start: the lexicons build their
        // regexes through LexiconRegex, which hands over the generated one when the table holds it.
        tier = new CompileWhenHot(regex, CompileAfter);
    }

    /// <summary>The regex as the lexicon built it (the generated one when precompiled, see <see cref="LexiconRegex"/>).</summary>
    public Regex Source { get; }

    /// <summary>Whether the pattern can match inside <paramref name="text"/>: it holds one of the required literals.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    public bool MayMatch(ReadOnlySpan<char> text)
    {
        var gate = literals ??= RequiredLiterals.Of(Source) is { } required ? SearchValues.Create([.. required], StringComparison.Ordinal) : Always;
        return ReferenceEquals(gate, Always) || text.IndexOfAny(gate) >= 0;
    }

    public bool IsMatch(string text) => MayMatch(text) && Engine.IsMatch(text);

    public bool IsMatch(ReadOnlySpan<char> text) => MayMatch(text) && Engine.IsMatch(text);

    /// <summary>Whether the pattern matches from <paramref name="startat"/> on (the match lies in that part, so only it is searched for the literals).</summary>
    public bool IsMatch(string text, int startat) => MayMatch(text.AsSpan(startat)) && Engine.IsMatch(text, startat);

    /// <summary>Whether the pattern matches <paramref name="text"/> from <paramref name="startat"/> on, as <see cref="IsMatch(string, int)"/> on the same characters.</summary>
    public bool IsMatch(ReadOnlySpan<char> text, int startat) => MayMatch(text[startat..]) && Engine.IsMatch(text, startat);

    public Match Match(string text) => MayMatch(text) ? Engine.Match(text) : System.Text.RegularExpressions.Match.Empty;

    /// <summary>The first match from <paramref name="startat"/> on (it lies in that part, so only it is searched for the literals).</summary>
    public Match Match(string text, int startat) =>
        MayMatch(text.AsSpan(startat)) ? Engine.Match(text, startat) : System.Text.RegularExpressions.Match.Empty;

    public Match Match(string text, int beginning, int length) =>
        MayMatch(text.AsSpan(beginning, length)) ? Engine.Match(text, beginning, length) : System.Text.RegularExpressions.Match.Empty;

    public MatchCollection Matches(string text) => MayMatch(text) ? Engine.Matches(text) : NoMatches;

    public Regex.ValueMatchEnumerator EnumerateMatches(ReadOnlySpan<char> text) =>
        MayMatch(text) ? Engine.EnumerateMatches(text) : Never.EnumerateMatches(ReadOnlySpan<char>.Empty);

    /// <summary>The engine for this run, without the gate (for callers that filtered already); compiles the pattern once it has run often enough.</summary>
    public Regex Engine => tier.Engine;

    private static MatchCollection EmptyMatches()
    {
        var none = Never.Matches(string.Empty);
        _ = none.Count;
        return none;
    }
}
