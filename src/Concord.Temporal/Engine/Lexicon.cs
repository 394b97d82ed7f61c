using System.Globalization;
using System.Text;

namespace Concord.Temporal.Engine;

/// <summary>
/// Word → meaning table that matches case- and diacritic-insensitively, so "lapkričio" and the
/// keyboard-less "lapkricio" are one entry, and renders itself as a regex alternation.
/// </summary>
public sealed class Lexicon<T>
{
    private readonly Dictionary<string, T> byFolded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> byFoldedSpan;

    // An array, read by index: an enumerator over (string, T) would be framework generic code per
    // enum T that no precompiled image holds, jitted on every start (notes/performance.md, session 9).
    public Lexicon((string Word, T Meaning)[] entries)
    {
        byFoldedSpan = byFolded.GetAlternateLookup<ReadOnlySpan<char>>();
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < entries.Length; i++)
        {
            var (word, meaning) = entries[i];
            byFolded[Fold(word)] = meaning;
            words.Add(word);
            words.Add(Fold(word));
        }

        Words = words;

        // A word before every word it is a prefix of, so "septembrī" wins over "sept" inside one
        // alternation: in descending order of the folded form, a prefix comes after its extensions
        // (words that are no prefix of each other never both match, so their order does not
        // matter). Words sharing their first letters then stand next to each other, and the regex
        // engine factors out a prefix that neighbouring branches share, so a failing word is
        // rejected in a few steps instead of one per word.
        Alternation = string.Join("|", words
            .Select(w => w.ToLowerInvariant())
            .Distinct()
            .OrderByDescending(w => Fold(w), StringComparer.Ordinal)
            .ThenByDescending(w => w.Length)
            .Select(EscapeWord));
    }

    /// <summary>
    /// The entries of (meaning, words...) groups: each group's words are separated by spaces, an
    /// underscore in a word stands for a space. Plain loops (see the constructor).
    /// </summary>
    public static (string Word, T Meaning)[] Entries((T Meaning, string Words)[] groups)
    {
        var words = new string[groups.Length][];
        int count = 0;
        for (int g = 0; g < groups.Length; g++)
        {
            words[g] = groups[g].Words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            count += words[g].Length;
        }

        var entries = new (string Word, T Meaning)[count];
        int n = 0;
        for (int g = 0; g < groups.Length; g++)
        {
            foreach (var word in words[g])
            {
                entries[n++] = (word.Replace('_', ' '), groups[g].Meaning);
            }
        }

        return entries;
    }

    /// <summary>Every entry as written and without diacritics.</summary>
    public IReadOnlyCollection<string> Words { get; }

    /// <summary>The words as a regex alternation (no enclosing group), diacritic-free forms included.</summary>
    public string Alternation { get; }

    public bool TryGet(string word, out T meaning) => byFolded.TryGetValue(Fold(word), out meaning!);

    /// <summary>
    /// <see cref="TryGet(string, out T)"/> for a part of the text: an ASCII word is folded (lower-cased)
    /// on the stack and looked up without a string; any other word is folded as a string.
    /// </summary>
    public bool TryGet(ReadOnlySpan<char> word, out T meaning)
    {
        if (word.Length > 64 || !Ascii.IsValid(word))
        {
            return TryGet(word.ToString(), out meaning);
        }

        Span<char> folded = stackalloc char[word.Length];
        Ascii.ToLower(word, folded, out _);
        return byFoldedSpan.TryGetValue(folded, out meaning!);
    }

    public T? Get(string word) => byFolded.TryGetValue(Fold(word), out var m) ? m : default;

    /// <summary>Lower case without diacritics ("Februārī" → "februari").</summary>
    public static string Fold(string word)
    {
        bool plain = true;
        foreach (var c in word)
        {
            if (c > 127 || char.IsUpper(c))
            {
                plain = false;
                break;
            }
        }

        if (plain)
        {
            return word;
        }

        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static string EscapeWord(string w) => System.Text.RegularExpressions.Regex.Escape(w).Replace("\\ ", "\\s+").Replace(" ", "\\s+");
}
