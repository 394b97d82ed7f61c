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

    public Lexicon(IEnumerable<(string Word, T Meaning)> entries)
        : this(Split(entries, out var meanings), meanings)
    {
    }

    /// <summary>
    /// Entries as two arrays (<paramref name="words"/>[i] means <paramref name="meanings"/>[i]):
    /// collections of (word, meaning) tuples are generic code over each meaning type, which the
    /// ahead-of-time compilation does not hold and every process start would jit.
    /// </summary>
    public Lexicon(string[] words, T[] meanings)
    {
        byFoldedSpan = byFolded.GetAlternateLookup<ReadOnlySpan<char>>();
        var forms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < words.Length; i++)
        {
            byFolded[Fold(words[i])] = meanings[i];
            forms.Add(words[i]);
            forms.Add(Fold(words[i]));
        }

        Words = forms;

        // A word before every word it is a prefix of, so "septembrī" wins over "sept" inside one
        // alternation: in descending order of the folded form, a prefix comes after its extensions
        // (words that are no prefix of each other never both match, so their order does not
        // matter). Words sharing their first letters then stand next to each other, and the regex
        // engine factors out a prefix that neighbouring branches share, so a failing word is
        // rejected in a few steps instead of one per word.
        Alternation = string.Join("|", forms
            .Select(w => w.ToLowerInvariant())
            .Distinct()
            .OrderByDescending(w => Fold(w), StringComparer.Ordinal)
            .ThenByDescending(w => w.Length)
            .Select(EscapeWord));
    }

    /// <summary>
    /// The lexicon of (meaning, words...) groups: each group's words are separated by spaces, an
    /// underscore in a word stands for a space.
    /// </summary>
    /// <remarks>
    /// Indexed loops into two arrays rather than LINQ or a list of (word, meaning) tuples: those
    /// are generic code over each meaning type, jitted at every process start.
    /// </remarks>
    public static Lexicon<T> FromGroups((T Meaning, string Words)[] groups)
    {
        var split = new string[groups.Length][];
        int count = 0;
        for (int g = 0; g < groups.Length; g++)
        {
            split[g] = groups[g].Words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            count += split[g].Length;
        }

        var words = new string[count];
        var meanings = new T[count];
        int n = 0;
        for (int g = 0; g < groups.Length; g++)
        {
            foreach (var w in split[g])
            {
                words[n] = w.Replace('_', ' ');
                meanings[n++] = groups[g].Meaning;
            }
        }

        return new(words, meanings);
    }

    private static string[] Split(IEnumerable<(string Word, T Meaning)> entries, out T[] meanings)
    {
        var list = entries.ToList();
        meanings = new T[list.Count];
        var words = new string[list.Count];
        for (int i = 0; i < list.Count; i++)
        {
            (words[i], meanings[i]) = list[i];
        }

        return words;
    }

    /// <summary>Every entry as written and without diacritics.</summary>
    public IReadOnlyCollection<string> Words { get; }

    /// <summary>The words as a regex alternation (no enclosing group), diacritic-free forms included.</summary>
    public string Alternation { get; }

    public bool TryGet(string word, out T meaning) => TryGet(word.AsSpan(), out meaning);

    /// <summary>
    /// The meaning of a word as <see cref="Fold"/> folds it: an ASCII word is folded (lower-cased)
    /// on the stack and looked up without a string; any other word is folded once per distinct
    /// word (<see cref="FoldedWords"/>), not at every lookup.
    /// </summary>
    public bool TryGet(ReadOnlySpan<char> word, out T meaning)
    {
        if (word.Length > 64)
        {
            return byFolded.TryGetValue(Fold(word.ToString()), out meaning!);
        }

        if (!Ascii.IsValid(word))
        {
            return byFolded.TryGetValue(FoldedWords.Of(word), out meaning!);
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
