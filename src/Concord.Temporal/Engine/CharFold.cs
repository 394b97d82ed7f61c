namespace Concord.Temporal.Engine;

/// <summary>
/// One character lower-cased and stripped of its diacritic ('Ė' → 'e'), remembered per character,
/// so the scanners can test the first letters of a token against a word list without allocating.
/// A character that does not fold to one character is only lower-cased.
/// </summary>
public static class CharFold
{
    // 0 = not computed yet; concurrent writers store the same value.
    private static readonly char[] Table = new char[char.MaxValue + 1];

    public static char Fold(char c)
    {
        char f = Table[c];
        if (f != 0 || c == 0)
        {
            return f;
        }

        if (c < 128 || char.IsSurrogate(c) || !char.IsLetter(c))
        {
            f = char.ToLowerInvariant(c);
        }
        else
        {
            var folded = Lexicon<int>.Fold(c.ToString());
            f = folded.Length == 1 ? folded[0] : char.ToLowerInvariant(c);
        }

        Table[c] = f;
        return f;
    }
}
