using System.Collections.Concurrent;

namespace Concord.Temporal.Engine;

/// <summary>
/// <see cref="Lexicon{T}.Fold"/> of the non-ASCII words the lexicons are asked about ("septembrī",
/// "rugsėjo"), kept per word: folding lower-cases, decomposes and rebuilds the word (five
/// allocations and an ICU call), and the same few month and unit forms are asked about at every
/// date of a Latvian or Lithuanian text. Keyed on the word alone (a vocabulary, not the text), and
/// bounded: past <see cref="Capacity"/> distinct words the rest are folded at every asking, as before.
/// </summary>
public static class FoldedWords
{
    private const int Capacity = 4096;

    private static readonly ConcurrentDictionary<string, string> Folded = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> BySpan =
        Folded.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words kept so far, counted here (ConcurrentDictionary.Count takes every lock of the map).</summary>
    private static int count;

    public static string Of(ReadOnlySpan<char> word)
    {
        if (BySpan.TryGetValue(word, out var folded))
        {
            return folded;
        }

        var text = word.ToString();
        folded = Lexicon<int>.Fold(text);
        if (Volatile.Read(ref count) < Capacity && Folded.TryAdd(text, folded))
        {
            Interlocked.Increment(ref count);
        }

        return folded;
    }
}
