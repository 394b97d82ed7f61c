using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Concord.Temporal.Engine;

/// <summary>Where a group of a match matched: what its <see cref="Group"/> would say, without the object.</summary>
public readonly record struct GroupSpan(bool Success, int Index, int Length);

/// <summary>
/// Reads a match's groups off the capture arrays the match already holds. <c>Match.Groups[n]</c>
/// builds a <see cref="Group"/> object for EVERY group of the pattern at its first call (and the
/// collection and array holding them): for the date winners that was ≈ 35 MB per 20 MB of text,
/// the largest allocation of the dates stage, to read three or four numbers each.
/// </summary>
/// <remarks>
/// A group's <see cref="Capture.Index"/> and <see cref="Capture.Length"/> are those of its last
/// capture, which the match keeps in <c>_matches[n]</c> (start, length pairs) with the count of
/// captures in <c>_matchcount[n]</c>; <see cref="GroupCollection"/> builds each Group from exactly
/// these two. The fields are internal to System.Text.RegularExpressions, so they are read through
/// <see cref="UnsafeAccessorAttribute"/>; if a runtime does not have them, or a pattern numbers its
/// groups sparsely (<c>(?&lt;5&gt;…)</c>: group n is then not the n-th array), the groups are read
/// through <see cref="Match.Groups"/> as before. <c>MatchGroupsTests</c> compares both readings on
/// every group of every date match of the corpus.
/// </remarks>
public static class MatchGroups
{
    /// <summary>Whether this runtime's matches hold the capture arrays under the expected names.</summary>
    private static readonly bool Readable = Probe();

    /// <summary>Whether group <paramref name="number"/> of every match of a pattern is the n-th capture array: its group numbers are 0, 1, 2, … without gaps.</summary>
    public static bool NumbersDensely(int[] groupNumbers)
    {
        for (int i = 0; i < groupNumbers.Length; i++)
        {
            if (groupNumbers[i] != i)
            {
                return false;
            }
        }

        return Readable;
    }

    /// <summary>
    /// Group <paramref name="number"/> of <paramref name="m"/>, a match of a pattern whose groups
    /// are numbered densely (<paramref name="dense"/>, <see cref="NumbersDensely"/>), else read
    /// through <see cref="Match.Groups"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static GroupSpan Of(Match m, int number, bool dense)
    {
        if (!dense)
        {
            var g = m.Groups[number];
            return new GroupSpan(g.Success, g.Index, g.Length);
        }

        // As GroupCollection does: a number past the pattern's groups is an unsuccessful group.
        int[] counts = CaptureCounts(m);
        if ((uint)number >= (uint)counts.Length || counts[number] == 0)
        {
            return default;
        }

        int count = counts[number];
        int[] captures = Captures(m)[number];
        return new GroupSpan(true, captures[(count - 1) * 2], captures[(count * 2) - 1]);
    }

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_matches")]
    private static extern ref int[][] Captures(Match m);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_matchcount")]
    private static extern ref int[] CaptureCounts(Match m);

    private static bool Probe()
    {
        try
        {
            // Match.Empty holds the arrays of a pattern with group 0 alone.
            return Captures(Match.Empty) is { Length: 1 } && CaptureCounts(Match.Empty) is { Length: 1 };
        }
        catch (MissingFieldException)
        {
            return false;
        }
    }
}
