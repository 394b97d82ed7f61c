using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Concord.Language;

/// <summary>
/// Counts a text's letters (what char.IsLetter says) by script class, packed as
/// <see cref="ScratchWords"/> packs them (16 bits per class: Latin, Latin with diacritics,
/// Cyrillic, other): ASCII letters sixteen at a time by a range test, the few other characters
/// one by one through the letter-class table. Language id counts a text's scripts with it, the
/// segmenter whether a paragraph has enough letters to judge its own language.
/// </summary>
public static class LetterCounts
{
    /// <summary>
    /// The letters of <paramref name="text"/> (char.IsLetter), counted until there are at least
    /// <paramref name="enough"/> (at most 65,535): the count may pass it by up to sixteen, which
    /// is all a caller comparing with <paramref name="enough"/> needs.
    /// </summary>
    public static int Count(ReadOnlySpan<char> text, int enough) => Total(CountKinds(text, Math.Min(enough, ushort.MaxValue)));

    /// <summary>The letters counted in all four classes of a packed count (less than 65,536 in all).</summary>
    internal static int Total(ulong kinds) => (int)((kinds * 0x0001_0001_0001_0001UL) >> 48);

    /// <summary>
    /// The letters of a text by script class, packed (16 bits per class; the text has fewer than
    /// 65,536 letters, or <paramref name="enough"/> stops the count first): counted until the four
    /// classes hold at least <paramref name="enough"/> together (checked every sixteen characters).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    internal static ulong CountKinds(ReadOnlySpan<char> text, int enough = int.MaxValue)
    {
        ulong kinds = 0;
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            var caseBit = Vector256.Create((ushort)0x20);
            var a = Vector256.Create((ushort)'a');
            var alphabet = Vector256.Create((ushort)26);
            var ascii = Vector256.Create((ushort)0x7F);
            for (; i + Vector256<ushort>.Count <= text.Length && Total(kinds) < enough; i += Vector256<ushort>.Count)
            {
                var v = Vector256.LoadUnsafe(ref start, (nuint)i);

                // ASCII letters are Latin (the first packed count); (c | 0x20) - 'a' < 26 holds for no other character.
                kinds += (uint)BitOperations.PopCount(Vector256.LessThan((v | caseBit) - a, alphabet).ExtractMostSignificantBits());
                for (uint other = Vector256.GreaterThan(v, ascii).ExtractMostSignificantBits(); other != 0; other &= other - 1)
                {
                    kinds += KindBits(text[i + BitOperations.TrailingZeroCount(other)]);
                }
            }
        }

        for (; i < text.Length && Total(kinds) < enough; i++)
        {
            char c = text[i];
            kinds += c < 0x80 ? (uint)((c | 0x20) - 'a') < 26 ? 1UL : 0 : KindBits(c);
        }

        return kinds;
    }

    /// <summary>
    /// One letter of a character outside ASCII in the packed counts (0 for a non-letter): the
    /// table below U+0500 holds what char.IsLetter says of each character, char.IsLetter the rest.
    /// </summary>
    private static ulong KindBits(char c)
    {
        var classes = ScratchWords.LetterClasses;
        if (c < classes.Length)
        {
            byte kind = classes[c].Kind;
            return kind == ScratchWords.NotALetter ? 0 : 1UL << ((kind - 1) << 4);
        }

        return char.IsLetter(c) ? 1UL << ((ScratchWords.KindOf(char.ToLowerInvariant(c)) - 1) << 4) : 0;
    }
}
