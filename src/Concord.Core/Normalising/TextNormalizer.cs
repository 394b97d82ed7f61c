using System.Buffers;
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

    private static bool NeedsWork(string text) => text.AsSpan().ContainsAny(Changed);

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
