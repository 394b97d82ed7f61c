using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Concord.Patterns;

/// <summary>
/// Patterns compiled at build time by the Regex source generator, looked up by pattern text and
/// options. The language resources build their patterns at run time (lexicons joined into
/// alternations), so they cannot be written as [GeneratedRegex] by hand: a build step lists every
/// pattern the registered languages build and generates one regex per pattern
/// (tools/Concord.PatternCatalog, src/Concord.PrecompiledPatterns). Without a JIT (Native AOT) a
/// pattern built at run time can only be interpreted; a generated one runs as compiled code in
/// both regimes, with no IL to emit or jit. A pattern not in the table (a data file changed
/// without a rebuild, a test's own pattern, no table registered) is built as before. The same
/// pattern with the same options finds the same matches in every engine.
/// </summary>
public static class PrecompiledPatterns
{
    private static readonly Lock Gate = new();
    private static volatile Action? pending;
    private static RegisteredTable table = RegisteredTable.Empty;

    /// <summary>How many patterns the registered table holds.</summary>
    public static int Count
    {
        get
        {
            RegisterPending();
            return table.Count;
        }
    }

    /// <summary>Registers the generated regexes (each a factory returning its one cached instance); replaces any earlier table.</summary>
    public static void Register(IEnumerable<KeyValuePair<(string Pattern, RegexOptions Options), Func<Regex>>> patterns)
    {
        var byPattern = patterns.ToFrozenDictionary();
        Register((pattern, options) => byPattern.TryGetValue((pattern, options), out var factory) ? factory() : null, byPattern.Count);
    }

    /// <summary>
    /// Registers the generated regexes as a lookup from (pattern, options without
    /// <see cref="RegexOptions.Compiled"/>) to the one cached instance, or null, holding
    /// <paramref name="count"/> patterns; replaces any earlier table. The build generates the lookup
    /// as a switch on the pattern text, so registering it builds nothing: no dictionary over every
    /// pattern (hashing ~135,000 characters of pattern text at each start), no delegate per pattern.
    /// </summary>
    public static void Register(Func<string, RegexOptions, Regex?> lookup, int count)
    {
        lock (Gate)
        {
            pending = null;
            table = new RegisteredTable(lookup, count);
        }
    }

    /// <summary>
    /// Runs <paramref name="register"/> (which calls <see cref="Register"/>) when a pattern is first
    /// looked up, not now. Building the table (loading the generated assembly, hashing every
    /// pattern, jitting the dictionary's code) cost a process about 0.02 s of CPU; a command that
    /// builds no rule (an export, a listing) never looks a pattern up and now never pays it.
    /// </summary>
    public static void RegisterOnFirstUse(Action register) => pending = register;

    private static void RegisterPending()
    {
        if (pending is null)
        {
            return;
        }

        lock (Gate)
        {
            var register = pending;
            pending = null;
            register?.Invoke();
        }
    }

    /// <summary>
    /// The generated regex for <paramref name="pattern"/> with <paramref name="options"/>
    /// (<see cref="RegexOptions.Compiled"/> is ignored: a generated regex is compiled already), or null.
    /// </summary>
    public static Regex? Find(string pattern, RegexOptions options)
    {
        RegisterPending();
        var registered = table;
        return registered.Count != 0 ? registered.Lookup(pattern, options & ~RegexOptions.Compiled) : null;
    }

    /// <summary>The generated regex with the same pattern and options as <paramref name="regex"/>, or null.</summary>
    public static Regex? Find(Regex regex) =>
        regex.MatchTimeout == Regex.InfiniteMatchTimeout ? Find(regex.ToString(), regex.Options) : null;

    /// <summary>
    /// Whether <paramref name="regex"/> was generated at build time: the Regex source generator
    /// emits a subclass of <see cref="Regex"/> for each pattern, while a pattern built at run time
    /// is a <see cref="Regex"/> itself. Derived from the type, so no record of handed-out regexes
    /// (and no lock) is needed.
    /// </summary>
    public static bool IsPrecompiled(Regex regex) => regex.GetType() != typeof(Regex);

    private sealed record RegisteredTable(Func<string, RegexOptions, Regex?> Lookup, int Count)
    {
        public static readonly RegisteredTable Empty = new((_, _) => null, 0);
    }
}
