using Concord.Gazetteer.Matching;
using Concord.Model;
using System.Runtime.CompilerServices;

namespace Concord.Gazetteer.Text;

/// <summary>
/// Splits text into letter/digit words. Hyphens and apostrophes separate words, so
/// "Russian-brokered" yields "Russian" and "Azerbaijan's" yields "Azerbaijan".
/// </summary>
public static class NameTokenizer
{
    public static List<NameToken> Tokenize(string text, TextSpan range) => Tokenize(text, range, 0, null);

    /// <summary>
    /// As <see cref="Tokenize(string, TextSpan)"/>, adding to <paramref name="lowerCaseForms"/> each
    /// spelling that starts with a lower-case letter the first time it is met under <paramref name="stamp"/>.
    /// </summary>
    internal static List<NameToken> Tokenize(string text, TextSpan range, int stamp, List<WordForm>? lowerCaseForms) =>
        Tokenize(text, range, stamp, lowerCaseForms, null, null, null, out _);

    /// <summary>As <see cref="Tokenize(string, TextSpan)"/>, with the name starts and border-noun test of the overload below.</summary>
    public static List<NameToken> Tokenize(string text, TextSpan range, NameIndex first, NameIndex second, List<int> nameStarts, out bool hasBorderNoun) =>
        Tokenize(text, range, 0, null, first, second, nameStarts, out hasBorderNoun);

    /// <summary>
    /// As <see cref="Tokenize(string, TextSpan, int, List{WordForm})"/>, and while each word's form is at
    /// hand: lists in <paramref name="nameStarts"/> the positions of the tokens that start an alias of
    /// <paramref name="first"/> or <paramref name="second"/> (the only ones the matcher needs to try),
    /// and tells whether a token is a border noun of <paramref name="first"/>'s language.
    /// </summary>
    internal static List<NameToken> Tokenize(string text, TextSpan range, int stamp, List<WordForm>? lowerCaseForms,
        NameIndex? first, NameIndex? second, List<int>? nameStarts, out bool hasBorderNoun) =>
        Keep(TokenizeScratch(text, range, stamp, lowerCaseForms, first, second, nameStarts, out hasBorderNoun));

    /// <summary>
    /// As <see cref="Tokenize(string, TextSpan, int, List{WordForm}, NameIndex, NameIndex, List{int}, out bool)"/>,
    /// into this thread's scratch list: valid until the thread's next call, so a caller that keeps the
    /// tokens copies them (<see cref="Keep"/>), and one that finds nothing in them copies nothing.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    internal static List<NameToken> TokenizeScratch(string text, TextSpan range, int stamp, List<WordForm>? lowerCaseForms,
        NameIndex? first, NameIndex? second, List<int>? nameStarts, out bool hasBorderNoun)
    {
        hasBorderNoun = false;
        // Words are gathered in a per-thread list, copied only by a caller that keeps them.
        var tokens = scratch ??= new List<NameToken>(256);
        tokens.Clear();
        var forms = WordForms.Current;
        var i = range.Start;
        var end = range.End;
        while (i < end)
        {
            var c = text[i];
            if (!IsWordChar(c))
            {
                i++;
                continue;
            }

            // The word's hash is computed while its end is looked for: one pass over its letters.
            var start = i;
            var hash = WordForms.Seed;
            do
            {
                hash = WordForms.Step(hash, c);
                i++;
            }
            while (i < end && IsWordChar(c = text[i]));

            var form = lowerCaseForms is null
                ? forms.Find(text.AsSpan(start, i - start), hash)
                : forms.Find(text.AsSpan(start, i - start), hash, stamp, lowerCaseForms);

            if (first is not null)
            {
                if (!ReferenceEquals(form.StartsIn(first), AliasStarts.None) || !ReferenceEquals(form.StartsIn(second!), AliasStarts.None))
                {
                    nameStarts!.Add(tokens.Count);
                }

                if (!hasBorderNoun && form.IsBorderNounIn(first.Language))
                {
                    hasBorderNoun = true;
                }
            }

            tokens.Add(new NameToken(new TextSpan(start, i), form));
        }

        return tokens;
    }

    /// <summary>
    /// A copy of the scratch list <see cref="TokenizeScratch"/> returned, of the exact size: a guess
    /// by the sentence's length either wasted room or grew (and copied) the array.
    /// </summary>
    internal static List<NameToken> Keep(List<NameToken> tokens)
    {
        var result = new List<NameToken>(tokens.Count);
        result.AddRange(tokens);
        if (tokens.Capacity > 1 << 16 && ReferenceEquals(tokens, scratch))
        {
            scratch = null; // a text without sentences: not kept for the rest of the thread's life
        }

        return result;
    }

    [ThreadStatic]
    private static List<NameToken>? scratch;

    public static List<NameToken> Tokenize(string text) => Tokenize(text, new TextSpan(0, text.Length));

    /// <summary>The folded words of a name, as <see cref="Tokenize(string)"/> would fold them.</summary>
    public static string[] FoldedWords(string name)
    {
        var words = new List<string>(2);
        var i = 0;
        while (i < name.Length)
        {
            if (!IsWordChar(name[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < name.Length && IsWordChar(name[i]))
            {
                i++;
            }

            words.Add(NameFolder.Fold(name.AsSpan(start, i - start)));
        }

        return words.ToArray();
    }

    /// <summary>How many words <see cref="FoldedWords"/> finds in <paramref name="name"/> (one per run of word characters).</summary>
    public static int WordCount(string name)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in name)
        {
            var wordChar = IsWordChar(c);
            count += wordChar && !inWord ? 1 : 0;
            inWord = wordChar;
        }

        return count;
    }

    /// <summary>Where the first word of a name is (as <see cref="FoldedWords"/> finds it); false when it has none.</summary>
    public static bool FirstWord(ReadOnlySpan<char> name, out Range word)
    {
        var start = 0;
        while (start < name.Length && !IsWordChar(name[start]))
        {
            start++;
        }

        var end = start;
        while (end < name.Length && IsWordChar(name[end]))
        {
            end++;
        }

        word = start..end;
        return end > start;
    }

    /// <summary>
    /// Whether only spaces or name-joining punctuation (hyphen, dash, apostrophe, a dot after an
    /// abbreviation) stand between two words, so they can be parts of one name.
    /// </summary>
    public static bool JoinedInName(string text, in NameToken left, in NameToken right)
    {
        var gap = text.AsSpan(left.Span.End, right.Span.Start - left.Span.End);
        if (gap.Length is 0 or > 3)
        {
            return gap.Length == 0;
        }

        var newlines = 0;
        foreach (var c in gap)
        {
            if (c is '\n' or '\r')
            {
                newlines++;
            }
            else if (!(char.IsWhiteSpace(c) || c is '-' or '–' or '‐' or '—' or '\'' or '’'))
            {
                return false;
            }
        }

        return newlines == 0;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsWordChar(char c) => c < 128 ? char.IsAsciiLetterOrDigit(c) : IsNonAsciiWordChar(c);

    private static bool IsNonAsciiWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;
}
