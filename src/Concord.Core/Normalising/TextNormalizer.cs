using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Concord.Pipeline;

namespace Concord.Normalising;

/// <summary>
/// Offset-preserving clean-up: every character maps to exactly one character, so offsets into the
/// normalised text are offsets into the extracted text. Line breaks become '\n' (the '\r' of a
/// CRLF pair becomes a space, a lone '\r' or a Unicode line/paragraph separator becomes '\n'),
/// other control and zero-width characters become spaces. Typographic characters (NBSP, dashes,
/// quotes) are kept: the recognisers handle them and quotes must stay verbatim.
/// </summary>
public sealed class TextNormalizer : ITextNormalizer
{
    public string Normalize(string text)
    {
        if (!NeedsWork(text))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (int i = 0; i < source.Length; i++)
            {
                char c = source[i];
                span[i] = c switch
                {
                    '\r' when i + 1 < source.Length && source[i + 1] == '\n' => ' ',
                    '\r' or '\u2028' or '\u2029' or '\u0085' or '\f' or '\v' => '\n',
                    '\t' or '\n' => c,
                    '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' => ' ',
                    _ when char.IsControl(c) => ' ',
                    _ => c,
                };
            }
        });
    }

    /// <summary>The characters that change: controls (char.IsControl) other than '\n' and '\t', line and paragraph separators, zero-width characters.</summary>
    private static readonly SearchValues<char> Changed = SearchValues.Create(ChangedChars());

    /// <summary>
    /// Whether any character of <see cref="Changed"/> occurs. Most texts have none, so every text
    /// is read through once: sixteen characters at a time by range tests (the set's non-ASCII
    /// members make SearchValues use its slower probabilistic search), the rest by the set.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    private static bool NeedsWork(string text)
    {
        var chars = text.AsSpan();
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(chars));
            for (; i + Vector256<ushort>.Count <= chars.Length; i += Vector256<ushort>.Count)
            {
                var v = Vector256.LoadUnsafe(ref start, (nuint)i);
                var changed = (Vector256.LessThan(v, Vector256.Create((ushort)0x20))
                        & ~Vector256.Equals(v, Vector256.Create((ushort)'\t')) & ~Vector256.Equals(v, Vector256.Create((ushort)'\n')))
                    | Vector256.LessThan(v - Vector256.Create((ushort)0x7F), Vector256.Create((ushort)0x21)) // DEL and the C1 controls
                    | Vector256.LessThan(v - Vector256.Create((ushort)0x200B), Vector256.Create((ushort)3)) // zero-width space, (non-)joiner
                    | Vector256.LessThan(v - Vector256.Create((ushort)0x2028), Vector256.Create((ushort)2)) // line and paragraph separators
                    | Vector256.Equals(v, Vector256.Create((ushort)0x2060))
                    | Vector256.Equals(v, Vector256.Create((ushort)0xFEFF));
                if (changed != Vector256<ushort>.Zero)
                {
                    return true;
                }
            }
        }

        return chars[i..].ContainsAny(Changed);
    }

    private static char[] ChangedChars()
    {
        var chars = new List<char> { '\u2028', '\u2029', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' };
        for (int c = 0; c <= 0x9F; c++)
        {
            if (char.IsControl((char)c) && c is not ('\n' or '\t'))
            {
                chars.Add((char)c);
            }
        }

        return [.. chars];
    }
}
