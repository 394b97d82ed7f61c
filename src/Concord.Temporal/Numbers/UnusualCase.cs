namespace Concord.Temporal.Numbers;

/// <summary>
/// Letters whose case pairs are not a plain lower/upper pair: the Kelvin sign (lower case "k"),
/// long s (upper case "S"), final sigma, the German capital sharp s. A case-insensitive pattern
/// may match them as another letter, so the number scanner leaves words holding them to the pattern.
/// </summary>
internal static class UnusualCase
{
    // 0 = not computed yet, 1 = plain, 2 = unusual; concurrent writers store the same value.
    private static readonly byte[] Table = new byte[char.MaxValue + 1];

    public static bool Of(char c)
    {
        byte known = Table[c];
        if (known != 0)
        {
            return known == 2;
        }

        char lower = char.ToLowerInvariant(c), upper = char.ToUpperInvariant(c);
        bool unusual = c >= 128 && (lower < 128 || upper < 128
            || char.ToLowerInvariant(upper) != lower || char.ToUpperInvariant(lower) != upper);
        Table[c] = unusual ? (byte)2 : (byte)1;
        return unusual;
    }
}
