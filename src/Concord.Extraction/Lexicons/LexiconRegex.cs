using System.Text.RegularExpressions;
using Concord.Patterns;

namespace Concord.Extraction.Lexicons;

/// <summary>
/// Builds a lexicon's pattern: the regex generated at build time when the table holds it
/// (<see cref="PrecompiledPatterns"/>), else the run-time regex. Looking the pattern up before a
/// run-time regex is built means a precompiled pattern is never parsed at start-up (the lexicons
/// of every registered language are built on first use, ~200 patterns). Without the table (a test,
/// a build without it) every pattern is built at run time; either engine finds the same matches.
/// </summary>
internal static class LexiconRegex
{
    public static Regex Build(string pattern, RegexOptions options) =>
        PrecompiledPatterns.Find(pattern, options) ?? new Regex(pattern, options);
}
