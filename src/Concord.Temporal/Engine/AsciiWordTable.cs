using System.Runtime.CompilerServices;

namespace Concord.Temporal.Engine;

/// <summary>
/// The ASCII words of a case-insensitive word → (trigger, prefix) map, in an open-addressing
/// table hashed and compared on ASCII-lower-cased characters: the tagger asks for the role of
/// every word of the text, and the framework's case-insensitive dictionary lookup (interface
/// calls into the comparer, a hash of the upper-cased span) was most of that.
/// For two ASCII strings, ordinal-ignore-case equality is equality of their ASCII lower-cased
/// forms; a word holding any other character is not answered here (<see cref="TryFind"/> says so).
/// </summary>
internal sealed class AsciiWordTable
{
    private readonly string?[] keys;
    private readonly byte[] roles;
    private readonly int mask;

    private const byte TriggerBit = 1, PrefixBit = 2;

    private AsciiWordTable(int capacity)
    {
        keys = new string?[capacity];
        roles = new byte[capacity];
        mask = capacity - 1;
    }

    /// <summary>
    /// The table of <paramref name="triggerByWord"/>' ASCII entries, or null when a non-ASCII word could
    /// equal an ASCII one ignoring case (a letter that upper-cases to ASCII, as 'ı' → 'I'): then
    /// only the full lookup is exact.
    /// </summary>
    /// <param name="triggerByWord">Each word (distinct ignoring case) → whether it is a trigger.</param>
    /// <param name="isPrefix">Whether a word is a prefix.</param>
    public static AsciiWordTable? Of(Dictionary<string, bool> triggerByWord, Func<string, bool> isPrefix)
    {
        // Plain lists and a dictionary the tagger already uses: no generic instantiation of its own to compile at run time.
        var asciiWords = new List<string>();
        var asciiRoles = new List<byte>();
        foreach (var (word, trigger) in triggerByWord)
        {
            bool isAscii = true;
            foreach (char c in word)
            {
                if (c >= 128)
                {
                    isAscii = false;
                    if (char.ToUpperInvariant(c) < 128 || char.ToLowerInvariant(c) < 128)
                    {
                        return null;
                    }
                }
            }

            if (isAscii)
            {
                asciiWords.Add(word.ToLowerInvariant());
                asciiRoles.Add((byte)((trigger ? TriggerBit : 0) | (isPrefix(word) ? PrefixBit : 0)));
            }
        }

        int capacity = 16;
        while (capacity < asciiWords.Count * 4)
        {
            capacity *= 2;
        }

        var table = new AsciiWordTable(capacity);
        for (int i = 0; i < asciiWords.Count; i++)
        {
            string word = asciiWords[i];
            int slot = Hash(word) & table.mask;
            while (table.keys[slot] is { } other)
            {
                if (other == word)
                {
                    throw new ArgumentException($"'{word}' twice: the words must be distinct ignoring case", nameof(triggerByWord));
                }

                slot = (slot + 1) & table.mask;
            }

            table.keys[slot] = word;
            table.roles[slot] = asciiRoles[i];
        }

        return table;
    }

    /// <summary>
    /// Whether <paramref name="word"/> is all ASCII, so the table answers for it; if so,
    /// <paramref name="found"/> tells whether it is one of the words, with its roles.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    public bool TryFind(ReadOnlySpan<char> word, out bool found, out bool trigger, out bool prefix)
    {
        found = trigger = prefix = false;
        int hash = 0;
        foreach (char c in word)
        {
            if (c >= 128)
            {
                return false;
            }

            hash = Mix(hash, Lower(c));
        }

        for (int slot = hash & mask; keys[slot] is { } key; slot = (slot + 1) & mask)
        {
            if (key.Length == word.Length && EqualsLower(key, word))
            {
                found = true;
                trigger = (roles[slot] & TriggerBit) != 0;
                prefix = (roles[slot] & PrefixBit) != 0;
                return true;
            }
        }

        return true;
    }

    private static bool EqualsLower(string lower, ReadOnlySpan<char> word)
    {
        for (int i = 0; i < word.Length; i++)
        {
            if (lower[i] != Lower(word[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int Hash(string lower)
    {
        int hash = 0;
        foreach (char c in lower)
        {
            hash = Mix(hash, c);
        }

        return hash;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Mix(int hash, char c) => (int)((uint)(hash * 31 + c) * 2654435769u >> 7);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char Lower(char c) => (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
}
