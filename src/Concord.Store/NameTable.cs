using System.Runtime.CompilerServices;

namespace Concord.Store;

/// <summary>
/// The names a record has written so far (<see cref="BlobWriter.WriteName"/>), each with its number
/// in the order first written. An open-addressing table over strings instead of a
/// <c>Dictionary&lt;string, int&gt;</c>: a 20 MB ingest looks up about a million names, and the
/// dictionary's shared generic code (runtime type lookups, an interface call to its comparer for
/// every hash and equality) cost more than the hashing. Most repeats are the very same string
/// instance (a rule's, a gazetteer entry's name), so equality is checked by reference first.
/// </summary>
internal sealed class NameTable
{
    private string?[] keys = new string?[256];
    private int[] hashes = new int[256];
    private int[] numbers = new int[256];
    private int count;

    public int Count => count;

    /// <summary>
    /// The table in <paramref name="slot"/> (made on first use), emptied for the next record. Each
    /// record writer keeps its own [ThreadStatic] slot, so a writer never empties a table another
    /// writer on the same thread is still filling.
    /// </summary>
    public static NameTable Emptied(ref NameTable? slot)
    {
        var table = slot ??= new NameTable();
        table.Clear();
        return table;
    }

    /// <summary>Empties the table for the next record.</summary>
    public void Clear()
    {
        if (count > 0)
        {
            Array.Clear(keys);
            count = 0;
        }
    }

    /// <summary>The number of <paramref name="name"/> when it is in the table; else adds it as number <see cref="Count"/> and returns -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: a lookup per name written
    public int NumberOrAdd(string name)
    {
        int hash = Hash(name);
        var k = keys;
        int mask = k.Length - 1;
        int i = hash & mask;
        while (k[i] is { } key)
        {
            if ((object)key == name || (hashes[i] == hash && string.Equals(key, name)))
            {
                return numbers[i];
            }

            i = (i + 1) & mask;
        }

        if (2 * (count + 1) > k.Length)
        {
            Grow();
            mask = keys.Length - 1;
            i = hash & mask;
            while (keys[i] is not null)
            {
                i = (i + 1) & mask;
            }
        }

        keys[i] = name;
        hashes[i] = hash;
        numbers[i] = count++;
        return -1;
    }

    // The string's own (vectorised) hash: a name's number depends only on the order names come
    // in, never on the hash, so the records are the same whatever hash the table uses.
    private static int Hash(string s) => s.GetHashCode();

    private void Grow()
    {
        var (oldKeys, oldHashes, oldNumbers) = (keys, hashes, numbers);
        keys = new string?[oldKeys.Length * 2];
        hashes = new int[keys.Length];
        numbers = new int[keys.Length];
        int mask = keys.Length - 1;
        for (int j = 0; j < oldKeys.Length; j++)
        {
            if (oldKeys[j] is null)
            {
                continue;
            }

            int i = oldHashes[j] & mask;
            while (keys[i] is not null)
            {
                i = (i + 1) & mask;
            }

            keys[i] = oldKeys[j];
            hashes[i] = oldHashes[j];
            numbers[i] = oldNumbers[j];
        }
    }
}
