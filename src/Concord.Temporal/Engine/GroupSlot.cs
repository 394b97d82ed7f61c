namespace Concord.Temporal.Engine;

/// <summary>
/// The named groups the resolver reads, as slots: each rule resolves its group numbers once
/// (<see cref="TemporalRule.GroupNumbers"/>), so a winner's groups are read by number, not
/// looked up by name per match.
/// </summary>
public static class GroupSlot
{
    public const int Y1 = 0, Y2 = 1, M1 = 2, M2 = 3, Mn1 = 4, Mn2 = 5, D1 = 6, D2 = 7, P1 = 8, S1 = 9,
        Dec1 = 10, Cent = 11, Open2 = 12, Dir = 13, Tod = 14, Wd = 15, Day = 16, Unit = 17, N = 18,
        Set = 19, Ref = 20;

    private static readonly string[] Names =
    [
        "y1", "y2", "m1", "m2", "mn1", "mn2", "d1", "d2", "p1", "s1",
        "dec1", "cent", "open2", "dir", "tod", "wd", "day", "unit", "n",
        "set", "ref",
    ];

    /// <summary>The group number of each slot in <paramref name="regex"/>, -1 where it has no such group.</summary>
    public static int[] NumbersIn(TieredRegex regex)
    {
        var numbers = new int[Names.Length];
        for (int i = 0; i < Names.Length; i++)
        {
            numbers[i] = regex.GroupNumberFromName(Names[i]);
        }

        return numbers;
    }
}
