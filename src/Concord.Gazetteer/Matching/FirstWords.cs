using System.Runtime.InteropServices;
using Concord.Gazetteer.Data;
using Concord.Gazetteer.Text;

namespace Concord.Gazetteer.Matching;

/// <summary>
/// The gazetteer's aliases by their first folded word, as written: the one table every
/// language's <see cref="NameIndex"/> probes. Each word keeps its aliases as a chain of
/// positions in the alias list, in list order, so the table costs one entry per distinct word.
/// </summary>
internal sealed class FirstWords
{
    private readonly Dictionary<string, int> firstByWord;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    // The next alias with the same first word, or -1.
    private readonly int[] next;

    // Runs over every alias while the process starts, before tiered compilation would optimise it.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public FirstWords(IReadOnlyList<NameAlias> aliases)
    {
        Aliases = aliases;
        next = new int[aliases.Count];
        firstByWord = new Dictionary<string, int>(aliases.Count, StringComparer.Ordinal);

        bySpan = firstByWord.GetAlternateLookup<ReadOnlySpan<char>>();

        // Backwards, each alias put in front of its word's chain: the chains come out in list order.
        // Only the first word is folded, into a buffer: the alias's FoldedWords wait until an index asks.
        Span<char> buffer = stackalloc char[128];
        for (var at = aliases.Count - 1; at >= 0; at--)
        {
            var text = aliases[at].Text;
            if (!NameTokenizer.FirstWord(text, out var range))
            {
                next[at] = -1;
                continue;
            }

            var word = NameFolder.TryFold(text.AsSpan(range), buffer, out var written)
                ? buffer[..written]
                : aliases[at].FoldedWords[0].AsSpan();
            ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(bySpan, word, out var known);
            next[at] = known ? first : -1;
            first = at;
        }
    }

    public IReadOnlyList<NameAlias> Aliases { get; }

    /// <summary>The first alias whose first word is <paramref name="word"/>, with the table's own string of it.</summary>
    public bool TryFirst(ReadOnlySpan<char> word, out int first, out string spelled)
    {
        if (bySpan.TryGetValue(word, out var key, out first))
        {
            spelled = key;
            return true;
        }

        spelled = "";
        return false;
    }

    /// <summary>The first words by a key of theirs (each key with the words that have it, in no particular order).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public Dictionary<string, string[]> ByKey(Func<string, string> key)
    {
        var byKey = new Dictionary<string, string[]>(firstByWord.Count, StringComparer.Ordinal);
        foreach (var word in firstByWord.Keys)
        {
            ref var words = ref CollectionsMarshal.GetValueRefOrAddDefault(byKey, key(word), out var known);
            words = known ? [.. words!, word] : [word];
        }

        return byKey;
    }

    /// <summary>The next alias with the same first word as alias <paramref name="at"/>, or -1.</summary>
    public int Next(int at) => next[at];
}
