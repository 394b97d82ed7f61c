using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Concord.Extraction.Lexicons;

/// <summary>
/// Lexicon patterns are built interpreted: compiling every pattern of every language up front
/// costs more start-up time than a short run saves. The ones asked for every clause or every
/// trigger are compiled here once they have been used often enough to earn it back. A compiled
/// regex matches exactly as the interpreted one.
/// </summary>
internal static class HotRegex
{
    /// <summary>Uses after which a pattern is compiled: compiling and jitting one costs about as much as a few hundred interpreted scans.</summary>
    private const int CompileAfter = 500;

    private static readonly ConditionalWeakTable<Regex, Use> Uses = [];

    public static Regex Hot(this Regex regex)
    {
        var use = Uses.GetValue(regex, static _ => new Use());
        if (use.Compiled is { } compiled)
        {
            return compiled;
        }

        if (++use.Count >= CompileAfter)
        {
            use.Compiled = (regex.Options & RegexOptions.Compiled) != 0
                ? regex
                : new Regex(regex.ToString(), regex.Options | RegexOptions.Compiled, regex.MatchTimeout);
        }

        return regex;
    }

    private sealed class Use
    {
        public int Count;

        public Regex? Compiled;
    }
}
