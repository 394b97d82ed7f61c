namespace Concord.Reconciliation.Copies;

/// <summary>
/// MinHash signatures and LSH banding. Two shingle sets with Jaccard similarity J agree on each
/// signature slot with probability J; cutting the signature into <see cref="Bands"/> bands of
/// <see cref="Rows"/> rows makes sets with J above about (1/Bands)^(1/Rows) (≈ 0.5 here) share at
/// least one band bucket with high probability, so candidates come from bucket collisions, not
/// from comparing every pair.
/// </summary>
public static class MinHash
{
    public const int Bands = 16;
    public const int Rows = 4;
    public const int Length = Bands * Rows;

    private static readonly ulong[] Seeds = Enumerable.Range(1, Length).Select(i => Shingles.Mix((ulong)i * 0x632BE59BD9B4E019UL)).ToArray();

    public static ulong[] Signature(ReadOnlySpan<ulong> shingles)
    {
        var sig = new ulong[Length];
        Array.Fill(sig, ulong.MaxValue);
        foreach (var s in shingles)
        {
            for (int i = 0; i < Length; i++)
            {
                ulong h = Shingles.Mix(s ^ Seeds[i]);
                if (h < sig[i])
                {
                    sig[i] = h;
                }
            }
        }

        return sig;
    }

    public static double EstimatedJaccard(ulong[] a, ulong[] b)
    {
        int same = 0;
        for (int i = 0; i < Length; i++)
        {
            if (a[i] == b[i])
            {
                same++;
            }
        }

        return same / (double)Length;
    }

    /// <summary>Bucket key of one band of a signature (band index mixed in, so bands never collide with each other).</summary>
    public static ulong BandKey(ulong[] sig, int band)
    {
        ulong h = (ulong)band + 1;
        for (int r = 0; r < Rows; r++)
        {
            h = Shingles.Mix(h ^ sig[(band * Rows) + r]);
        }

        return h;
    }

    /// <summary>Pairs (i &lt; j) of items that share a band bucket. Buckets larger than maxBucket are skipped (boilerplate).</summary>
    public static HashSet<(int A, int B)> CandidatePairs(IReadOnlyList<ulong[]> signatures, int maxBucket = 200)
    {
        var pairs = new HashSet<(int, int)>();
        var buckets = new Dictionary<ulong, List<int>>();
        for (int band = 0; band < Bands; band++)
        {
            buckets.Clear();
            for (int i = 0; i < signatures.Count; i++)
            {
                var key = BandKey(signatures[i], band);
                if (!buckets.TryGetValue(key, out var list))
                {
                    buckets[key] = list = [];
                }

                list.Add(i);
            }

            foreach (var list in buckets.Values)
            {
                if (list.Count < 2 || list.Count > maxBucket)
                {
                    continue;
                }

                for (int x = 0; x < list.Count; x++)
                {
                    for (int y = x + 1; y < list.Count; y++)
                    {
                        pairs.Add((list[x], list[y]));
                    }
                }
            }
        }

        return pairs;
    }
}
