namespace Concord.Patterns;

/// <summary>
/// Results of reading a pattern's text (what the first token of a match can be, and the like)
/// computed at build time beside the precompiled patterns (tools/Concord.PatternCatalog), looked
/// up by the kind of analysis and the pattern text. The analysis gives the same result on every
/// start, so the build runs it once per pattern. A table is used only when it was written by the
/// same analysis code as the one running (<paramref name="fingerprint"/>, compared by the caller's
/// own): a stale or foreign table is ignored and the analysis runs as before, with the same results.
/// </summary>
public static class PrecompiledAnalyses
{
    private static readonly Dictionary<string, (string Fingerprint, Func<string, string?> Lookup)> Tables = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    /// <summary>Registers the results of one kind of analysis, written by the code whose fingerprint is given; replaces any earlier table of that kind.</summary>
    public static void Register(string kind, string fingerprint, Func<string, string?> lookup)
    {
        lock (Gate)
        {
            Tables[kind] = (fingerprint, lookup);
        }
    }

    /// <summary>Removes the table of one kind (tests).</summary>
    public static void Unregister(string kind)
    {
        lock (Gate)
        {
            Tables.Remove(kind);
        }
    }

    /// <summary>Whether a table of this kind is registered (whatever its fingerprint).</summary>
    public static bool Has(string kind)
    {
        lock (Gate)
        {
            return Tables.ContainsKey(kind);
        }
    }

    /// <summary>
    /// The stored result for <paramref name="pattern"/>, or null when no table of this kind is
    /// registered, its fingerprint is not <paramref name="fingerprint"/>, or it does not hold the pattern.
    /// </summary>
    public static string? Find(string kind, Func<string> fingerprint, string pattern)
    {
        (string Fingerprint, Func<string, string?> Lookup) table;
        lock (Gate)
        {
            if (!Tables.TryGetValue(kind, out table))
            {
                return null;
            }
        }

        return table.Fingerprint == fingerprint() ? table.Lookup(pattern) : null;
    }
}
