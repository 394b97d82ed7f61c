namespace Concord.Web.Events;

/// <summary>
/// Which documents contain a quote (both as <see cref="TextKey"/>s). Statements repeated across
/// many events share quotes, so each distinct quote is looked up once.
/// </summary>
public sealed class QuoteHolders(IReadOnlyDictionary<string, string> textKeys)
{
    private readonly Dictionary<string, HashSet<string>> cache = new(StringComparer.Ordinal);

    public bool Holds(string doc, string quoteKey)
    {
        if (!cache.TryGetValue(quoteKey, out var holders))
        {
            holders = textKeys.Where(t => t.Value.Contains(quoteKey, StringComparison.Ordinal)).Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
            cache[quoteKey] = holders;
        }

        return holders.Contains(doc);
    }
}
