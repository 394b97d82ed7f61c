namespace Concord.Reconciliation.Copies;

/// <summary>A word of a passage: where it sits in the document (UTF-16 offsets).</summary>
public readonly record struct WordToken(int Start, int End);

/// <summary>
/// Word shingles: every run of <see cref="Size"/> consecutive words, hashed case-insensitively.
/// Words are runs of letters and digits, so punctuation, markup leftovers and spacing do not
/// change the hashes, in any script.
/// </summary>
public static class Shingles
{
    public const int Size = 5;

    public static List<WordToken> Words(string text, int start, int end)
    {
        var words = new List<WordToken>();
        int i = start;
        while (i < end)
        {
            while (i < end && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            int s = i;
            while (i < end && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i > s)
            {
                words.Add(new WordToken(s, i));
            }
        }

        return words;
    }

    /// <summary>Hash of each word (FNV-1a over lower-cased UTF-16 units).</summary>
    public static ulong[] WordHashes(string text, List<WordToken> words)
    {
        var hashes = new ulong[words.Count];
        for (int w = 0; w < words.Count; w++)
        {
            ulong h = 14695981039346656037UL;
            for (int i = words[w].Start; i < words[w].End; i++)
            {
                h ^= char.ToLowerInvariant(text[i]);
                h *= 1099511628211UL;
            }

            hashes[w] = h;
        }

        return hashes;
    }

    /// <summary>Shingle hash starting at each word (count − Size + 1 of them; one for a shorter passage).</summary>
    public static ulong[] ShingleHashes(ulong[] wordHashes)
    {
        int n = Math.Max(1, wordHashes.Length - Size + 1);
        var result = new ulong[wordHashes.Length == 0 ? 0 : n];
        for (int s = 0; s < result.Length; s++)
        {
            ulong h = 0x9E3779B97F4A7C15UL;
            for (int k = s; k < Math.Min(s + Size, wordHashes.Length); k++)
            {
                h = Mix(h ^ wordHashes[k]);
            }

            result[s] = h;
        }

        return result;
    }

    /// <summary>SplitMix64 finaliser: a fast, well-spread 64-bit mix.</summary>
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }
}
