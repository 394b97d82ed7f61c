using Concord.Gazetteer.Data;
using Concord.Gazetteer.Languages;
using Concord.Gazetteer.Text;
using System.Runtime.CompilerServices;

namespace Concord.Gazetteer.Matching;

/// <summary>
/// The gazetteer's aliases by their first folded word, as written: the one table every
/// language's <see cref="NameIndex"/> probes. Each word keeps its aliases as a chain of
/// positions in the alias list, in list order. The words are kept back to back in one character
/// array and found through an open-addressing table of plain values: no string or other object per
/// word, so building it allocates a few arrays and leaves the garbage collector nothing to trace.
/// </summary>
internal sealed class FirstWords
{
    private char[] chars;
    private int used;

    // Open addressing; an entry with Length 0 is free (first words are never empty).
    private readonly Entry[] entries;
    private readonly int mask;

    // The next alias with the same first word, or -1 (may be longer than the list).
    private readonly int[] next;

    // The rows' part of the Russian keyed exceptions when it came with the rows' table (the pack),
    // and the number of rows' aliases (entries whose chain starts at or after it are the others').
    private readonly KeyedPart? rowsKeyed;
    private readonly int rowsAliases;

    /// <summary>
    /// The table of every alias. For the gazetteer's list the GeoNames rows' part comes prebuilt when
    /// the rows were read from their binary form (<see cref="CityRows.TakeFirstWords"/>), else it is
    /// built here; the other aliases, which follow the rows in list order, are then appended to the
    /// ends of their words' chains.
    /// </summary>
    public FirstWords(IReadOnlyList<NameAlias> aliases)
    {
        Aliases = aliases;
        if (aliases is AliasList list)
        {
            var part = list.Cities.TakeFirstWords() ?? Build(list.Cities);
            if ((part.Occupied + list.Others.Count) * 4 <= part.Entries.Length * 3)
            {
                (chars, used, entries) = (part.Chars, part.Used, part.Entries);
                (rowsKeyed, rowsAliases) = (part.RussianKeys, list.Cities.AliasCount);
                mask = entries.Length - 1;
                next = part.Next;
                if (next.Length < aliases.Count)
                {
                    Array.Resize(ref next, aliases.Count);
                }

                AppendOthers(list);
                return;
            }
        }

        next = new int[aliases.Count];
        entries = new Entry[Capacity(aliases.Count)];
        mask = entries.Length - 1;
        chars = new char[aliases.Count * 8];
        AddBackwards(aliases.Count, at => aliases is AliasList compact ? compact.Text(at) : aliases[at].Text, at => aliases[at]);
    }

    private FirstWords(CityRows cities)
    {
        Aliases = [];
        next = new int[cities.AliasCount + 16_384]; // room for the other aliases' chains
        // Room for the other aliases (a few thousand) at the same load as the whole list's table.
        entries = new Entry[Capacity(cities.AliasCount + 8192)];
        mask = entries.Length - 1;
        chars = new char[cities.AliasCount * 8];
        AddBackwards(cities.AliasCount, cities.Text, cities.Alias);
    }

    private delegate ReadOnlySpan<char> TextOf(int alias);

    /// <summary>The GeoNames rows' part of the table, as <see cref="FirstWords(IReadOnlyList{NameAlias})"/> builds it and the binary form keeps it.</summary>
    public static Part Build(CityRows cities) => new FirstWords(cities).ToPart();

    /// <summary>
    /// The rows' part with its Russian keyed exceptions (<see cref="KeyedExceptions"/> of the rows'
    /// first words under <paramref name="russian"/>'s keys), as the binary form keeps it.
    /// </summary>
    public static Part BuildWithKeys(CityRows cities, IKeyedStemming russian)
    {
        var part = Build(cities);
        var byKey = new Dictionary<string, int[]>(StringComparer.Ordinal);
        AddKeyed(byKey, part.Entries, part.Chars, russian, 0);
        return part with { RussianKeys = KeyedPart.From(byKey) };
    }

    private static int Capacity(int aliases) => Math.Max(16, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(aliases * 3 / 2)));

    private Part ToPart()
    {
        var occupied = 0;
        foreach (var e in entries)
        {
            occupied += e.Length == 0 ? 0 : 1;
        }

        return new Part(entries, chars, used, next, occupied);
    }

    // Runs over every alias while the process starts (when the rows' binary form is missing).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private void AddBackwards(int count, TextOf textOf, Func<int, NameAlias> aliasAt)
    {
        // Backwards, each alias put in front of its word's chain: the chains come out in list order.
        // Only the first word is folded, into a buffer: the alias's FoldedWords wait until an index asks.
        // The GeoNames aliases' texts are read in place (AliasList): no alias is made for this.
        Span<char> buffer = stackalloc char[128];
        for (var at = count - 1; at >= 0; at--)
        {
            var text = textOf(at);
            if (!NameTokenizer.FirstWord(text, out var range))
            {
                next[at] = -1;
                continue;
            }

            var word = NameFolder.TryFold(text[range], buffer, out var written)
                ? buffer[..written]
                : aliasAt(at).FoldedWords[0].AsSpan();
            var hash = WordForms.Hash(word);
            ref var entry = ref Find(word, hash);
            if (entry.Length == 0)
            {
                entry = new Entry(hash, Append(word), word.Length, -1);
            }

            next[at] = entry.First;
            entry.First = at;
        }
    }

    /// <summary>The aliases after the rows', in list order, each put at the end of its word's chain.</summary>
    private void AppendOthers(AliasList list)
    {
        Span<char> buffer = stackalloc char[128];
        for (var at = list.Cities.AliasCount; at < list.Count; at++)
        {
            next[at] = -1;
            var alias = list.Others[at - list.Cities.AliasCount];
            var text = alias.Text.AsSpan();
            if (!NameTokenizer.FirstWord(text, out var range))
            {
                continue;
            }

            var word = NameFolder.TryFold(text[range], buffer, out var written)
                ? buffer[..written]
                : alias.FoldedWords[0].AsSpan();
            var hash = WordForms.Hash(word);
            ref var entry = ref Find(word, hash);
            if (entry.Length == 0)
            {
                entry = new Entry(hash, Append(word), word.Length, at);
                continue;
            }

            var tail = entry.First;
            while (next[tail] >= 0)
            {
                tail = next[tail];
            }

            next[tail] = at;
        }
    }

    public IReadOnlyList<NameAlias> Aliases { get; }

    /// <summary>The first alias whose first word is <paramref name="word"/>.</summary>
    public bool TryFirst(ReadOnlySpan<char> word, out int first)
    {
        ref var e = ref Find(word, WordForms.Hash(word));
        first = e.Length == 0 ? -1 : e.First;
        return first >= 0;
    }

    /// <summary>
    /// The first words that are not their own key, by their key: each key with the first alias of
    /// each of its words (in no particular order). A word whose key is itself is found by probing
    /// the key as a word. Keys are written into a buffer: a string per distinct key only.
    /// </summary>
    public Dictionary<string, int[]> KeyedExceptions(IKeyedStemming keyed)
    {
        // The rows' part comes prebuilt with the pack (its keys are this build's Russian keys, as
        // the stamp guarantees): only the first words the other aliases added are keyed here.
        if (rowsKeyed is not null && keyed is RuGazetteerLanguage)
        {
            var known = rowsKeyed.ToDictionary();
            AddKeyed(known, entries, chars, keyed, rowsAliases);
            return known;
        }

        var byKey = new Dictionary<string, int[]>(StringComparer.Ordinal);
        AddKeyed(byKey, entries, chars, keyed, 0);
        return byKey;
    }

    /// <summary>Adds the entries whose chain starts at alias <paramref name="fromAlias"/> or later to <paramref name="byKey"/>.</summary>
    private static void AddKeyed(Dictionary<string, int[]> byKey, Entry[] entries, char[] chars, IKeyedStemming keyed, int fromAlias)
    {
        var byKeySpan = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[CyrillicKey.MaxStackWord * CyrillicKey.MaxExpansion];
        foreach (var e in entries)
        {
            if (e.Length == 0 || e.First < fromAlias)
            {
                continue;
            }

            var span = chars.AsSpan(e.Start, e.Length);
            if (keyed.KeyIsWord(span))
            {
                continue;
            }

            var key = keyed.WordKey(span, buffer);
            if (key.SequenceEqual(span))
            {
                continue;
            }

            ref var firsts = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(byKeySpan, key, out var known);
            firsts = known ? [.. firsts!, e.First] : [e.First];
        }
    }

    /// <summary>The next alias with the same first word as alias <paramref name="at"/>, or -1.</summary>
    public int Next(int at) => next[at];

    /// <summary>The entry of <paramref name="word"/>, or the free entry where it would go (Length 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    private ref Entry Find(ReadOnlySpan<char> word, uint hash)
    {
        var at = (int)(hash ^ (hash >> 15)) & mask;
        while (true)
        {
            ref var e = ref entries[at];
            if (e.Length == 0)
            {
                return ref e;
            }

            if (e.Hash == hash && e.Length == word.Length && word.SequenceEqual(chars.AsSpan(e.Start, e.Length)))
            {
                return ref e;
            }

            at = (at + 1) & mask;
        }
    }

    private int Append(ReadOnlySpan<char> word)
    {
        if (used + word.Length > chars.Length)
        {
            Array.Resize(ref chars, Math.Max(chars.Length * 2, used + word.Length));
        }

        word.CopyTo(chars.AsSpan(used));
        var start = used;
        used += word.Length;
        return start;
    }

    /// <summary>
    /// A table of first words as arrays, one owner at a time: the GeoNames rows' part, built or read
    /// from the rows' binary form (<see cref="CitiesPack"/>), then adopted and extended by one
    /// <see cref="FirstWords"/>.
    /// </summary>
    internal sealed record Part(Entry[] Entries, char[] Chars, int Used, int[] Next, int Occupied)
    {
        /// <summary>The rows' Russian keyed exceptions, when the binary form brought them.</summary>
        public KeyedPart? RussianKeys { get; init; }
    }

    /// <summary>
    /// Keyed exceptions (key → first aliases) as four flat arrays, the way the binary form keeps
    /// them: key i is <c>KeyChars[KeyEnds[i-1]..KeyEnds[i]]</c>, its firsts <c>Firsts[FirstEnds[i-1]..FirstEnds[i]]</c>.
    /// </summary>
    internal sealed record KeyedPart(int[] KeyEnds, char[] KeyChars, int[] FirstEnds, int[] Firsts)
    {
        public static KeyedPart From(Dictionary<string, int[]> byKey)
        {
            var (keyEnds, firstEnds) = (new int[byKey.Count], new int[byKey.Count]);
            var (keyChars, firsts) = (new List<char>(), new List<int>());
            var i = 0;
            foreach (var (key, values) in byKey)
            {
                keyChars.AddRange(key);
                firsts.AddRange(values);
                (keyEnds[i], firstEnds[i]) = (keyChars.Count, firsts.Count);
                i++;
            }

            return new KeyedPart(keyEnds, [.. keyChars], firstEnds, [.. firsts]);
        }

        public Dictionary<string, int[]> ToDictionary()
        {
            var byKey = new Dictionary<string, int[]>(KeyEnds.Length, StringComparer.Ordinal);
            var (keyStart, firstStart) = (0, 0);
            for (var i = 0; i < KeyEnds.Length; i++)
            {
                byKey.Add(new string(KeyChars, keyStart, KeyEnds[i] - keyStart), Firsts[firstStart..FirstEnds[i]]);
                (keyStart, firstStart) = (KeyEnds[i], FirstEnds[i]);
            }

            return byKey;
        }
    }

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    internal struct Entry(uint hash, int start, int length, int first)
    {
        public readonly uint Hash = hash;
        public readonly int Start = start;
        public readonly int Length = length;
        public int First = first;
    }
}
