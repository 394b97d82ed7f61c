using System.Runtime.CompilerServices;
using Concord.Temporal.Engine;

namespace Concord.Temporal.Numbers;

/// <summary>What a folded word can be in a language's number pattern.</summary>
[Flags]
internal enum WordRoles : byte
{
    None = 0,
    QualifierStart = 1,
    NumberWordStart = 2,
    NumberWordAndMultiplier = 4,
    MultiplierStart = 8,
    CountedStart = 16,
    RangeWord = 32,
    NumberWordLonger = 64,
}

/// <summary>One folded word of the vocabulary: its roles and, for the roles the scanner reads in full, the entries.</summary>
internal sealed class VocabularyWord
{
    public WordRoles Roles;

    /// <summary>Counted nouns that are this one word, lower case as the pattern has them.</summary>
    public List<string>? Counted;

    /// <summary>Range words that are this word, lower case.</summary>
    public List<string>? Range;

    /// <summary>Number words that are this one word, lower case.</summary>
    public List<string>? Numbers;

    /// <summary>Qualifiers starting with this word, folded (" " = white space) → their lower-case forms.</summary>
    public Dictionary<string, List<string>>? Qualifiers;
}

/// <summary>
/// A language's number words, multipliers, qualifiers, counted nouns and range words as the number
/// scanner compares them with text: by each entry's first run of letters, folded (lower case, no
/// diacritics), in one table looked up by span, so a word costs one lookup and no string. A
/// number word directly followed by a multiplier ("seventhousand") is a word of its own.
/// </summary>
internal sealed class NumberVocabulary
{
    /// <summary>Longest word run the scanner folds; longer runs are no entry.</summary>
    public const int MaxRun = 63;

    private readonly Dictionary<string, VocabularyWord> words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, VocabularyWord>.AlternateLookup<ReadOnlySpan<char>> lookup;
    /// <summary>Roles of the words starting with each pair of plain letters (second 0: a one-letter word).</summary>
    private readonly WordRoles[] pairRoles = new WordRoles[128 * 128];
    /// <summary>Lengths (bit n: n letters) of the words starting with each pair of plain letters: "the" starts as "three" does but is no entry of three letters.</summary>
    private readonly ulong[] pairLengths = new ulong[128 * 128];
    /// <summary>As <see cref="pairLengths"/>, of the words that can start a number (a qualifier or number word): "and" and "soldiers" are entries, but of other roles.</summary>
    private readonly ulong[] startPairLengths = new ulong[128 * 128];
    private ulong lengths;

    // Runs once per language: compiled quickly rather than optimised (notes/numbers-speed.md, session 5).
    [MethodImpl(MethodImplOptions.NoOptimization)]
    public NumberVocabulary(NumberLanguage language, IReadOnlyList<string> rangeWords)
    {
        var multiplierRuns = new List<string>();
        foreach (var entry in language.Multipliers.Words)
        {
            if (Add(entry, WordRoles.MultiplierStart) is { } run)
            {
                multiplierRuns.Add(run);
            }
        }

        foreach (var entry in language.Words.Words)
        {
            var run = Add(entry, WordRoles.NumberWordStart);
            if (run is not null && run.Length != entry.Length)
            {
                Word(run).Roles |= WordRoles.NumberWordLonger;
            }

            if (run is not null && run.Length == entry.Length)
            {
                (Word(run).Numbers ??= []).Add(entry.ToLowerInvariant());
                foreach (var multiplier in multiplierRuns)
                {
                    if (run.Length + multiplier.Length <= MaxRun)
                    {
                        Word(run + multiplier).Roles |= WordRoles.NumberWordAndMultiplier;
                    }
                }
            }
        }

        foreach (var entry in language.Qualifiers.Words)
        {
            if (Add(entry, WordRoles.QualifierStart) is { } run)
            {
                var lower = entry.ToLowerInvariant();
                var folded = Fold(lower);
                var word = Word(run);
                word.Qualifiers ??= new(StringComparer.Ordinal);
                if (!word.Qualifiers.TryGetValue(folded, out var forms))
                {
                    word.Qualifiers[folded] = forms = [];
                }

                forms.Add(lower);

                // The scanner matches a qualifier's spaces as one run of white space.
                Usable &= !folded.Contains("  ", StringComparison.Ordinal) && !folded.EndsWith(' ');
            }
        }

        foreach (var entry in language.CountedNouns.Words)
        {
            if (Add(entry, WordRoles.CountedStart) is { } run && run.Length == entry.Length)
            {
                (Word(run).Counted ??= []).Add(entry.ToLowerInvariant());
            }
        }

        foreach (var entry in rangeWords)
        {
            var run = Add(entry, WordRoles.RangeWord);
            Usable &= run is not null && run.Length == entry.Length;
            if (run is not null)
            {
                (Word(run).Range ??= []).Add(entry.ToLowerInvariant());
            }
        }

        foreach (var (folded, word) in words)
        {
            char second = folded.Length > 1 ? folded[1] : '\0';
            if (folded[0] < 128 && second < 128)
            {
                pairRoles[(folded[0] << 7) | second] |= word.Roles;
                pairLengths[(folded[0] << 7) | second] |= 1UL << folded.Length;
                if ((word.Roles & StartRoles) != 0)
                {
                    startPairLengths[(folded[0] << 7) | second] |= 1UL << folded.Length;
                }
            }
        }

        lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether every entry starts with a letter (what the scanner's reasoning assumes).</summary>
    public bool Usable { get; private set; } = true;

    /// <summary>
    /// Whether a word of <paramref name="length"/> letters whose first two letters fold to
    /// <paramref name="first"/>, <paramref name="second"/> (0: none) may be in the vocabulary: a
    /// check without folding the word or hashing it, which most words of a text fail.
    /// </summary>
    public bool MayHold(int length, char first, char second) =>
        length <= MaxRun && ((first >= 128 || second >= 128 ? lengths : pairLengths[(first << 7) | second]) >> length & 1) != 0;

    /// <summary>The roles of a word at which a number can start: a qualifier or a number word.</summary>
    public const WordRoles StartRoles = WordRoles.QualifierStart | WordRoles.NumberWordStart | WordRoles.NumberWordAndMultiplier;

    /// <summary>
    /// Whether a word of <paramref name="length"/> plain letters whose first two fold to
    /// <paramref name="first"/>, <paramref name="second"/> (0: none; both below 128) may be a
    /// vocabulary word with one of the <see cref="StartRoles"/>.
    /// </summary>
    public bool MayStartAs(int length, char first, char second) =>
        length <= MaxRun && (startPairLengths[(first << 7) | second] >> length & 1) != 0;

    /// <summary>
    /// Whether a word with one of the <paramref name="roles"/> may start with the plain letters
    /// <paramref name="first"/>, <paramref name="second"/> (0: a one-letter word).
    /// </summary>
    public bool MayStartWith(char first, char second, WordRoles roles) => (pairRoles[(first << 7) | second] & roles) != 0;

    /// <summary>The vocabulary word <paramref name="folded"/>, if any.</summary>
    public VocabularyWord? Find(ReadOnlySpan<char> folded) => lookup.TryGetValue(folded, out var word) ? word : null;

    /// <summary>
    /// Whether text[<paramref name="start"/>, +<paramref name="length"/>) matches one of the
    /// one-word <paramref name="entries"/> as the pattern matches it: each letter, lowered, is the
    /// entry's letter or that letter's plain form. (The caller has ruled out letters whose case
    /// pairs are unusual.)
    /// </summary>
    public static bool MatchesOneOf(List<string>? entries, string text, int start, int length)
    {
        if (entries is null)
        {
            return false;
        }

        foreach (var entry in entries)
        {
            if (entry.Length == length && Matches(text, start, entry))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether one of the lower-case <paramref name="forms"/> of a qualifier matches the text at
    /// <paramref name="start"/> as the pattern matches it (a space: a run of white space); its end.
    /// </summary>
    public static bool MatchesOneOf(List<string> forms, string text, int start, int end, out int matchEnd)
    {
        foreach (var form in forms)
        {
            int p = start;
            bool matched = true;
            for (int i = 0; i < form.Length && matched; i++)
            {
                char e = form[i];
                if (e == ' ')
                {
                    int from = p;
                    while (p < end && char.IsWhiteSpace(text[p]))
                    {
                        p++;
                    }

                    matched = p > from;
                }
                else if (p < end && (char.IsLetter(e)
                    ? char.ToLowerInvariant(text[p]) is var lowered && (lowered == e || lowered == CharFold.Fold(e))
                    : text[p] == e))
                {
                    p++;
                }
                else
                {
                    matched = false;
                }
            }

            if (matched)
            {
                matchEnd = p;
                return true;
            }
        }

        matchEnd = start;
        return false;
    }

    private static bool Matches(string text, int start, string entry)
    {
        for (int i = 0; i < entry.Length; i++)
        {
            char lowered = char.ToLowerInvariant(text[start + i]);
            if (lowered != entry[i] && lowered != CharFold.Fold(entry[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Adds the entry's folded first letter run with <paramref name="role"/>; null (and unusable) when it has none.</summary>
    // Runs once per language: compiled quickly rather than optimised (notes/numbers-speed.md, session 5).
    [MethodImpl(MethodImplOptions.NoOptimization)]
    private string? Add(string entry, WordRoles role)
    {
        var folded = Fold(entry.ToLowerInvariant());
        int run = 0;
        while (run < folded.Length && char.IsLetter(folded[run]))
        {
            run++;
        }

        // An entry that does not start with a letter (or is too long to fold) cannot be reasoned
        // about by words: the scanner then leaves every start to the pattern.
        if (run == 0 || run > MaxRun)
        {
            Usable = false;
            return null;
        }

        var first = folded[..run];
        Word(first).Roles |= role;
        return first;
    }

    // Runs once per language: compiled quickly rather than optimised (notes/numbers-speed.md, session 5).
    [MethodImpl(MethodImplOptions.NoOptimization)]
    private VocabularyWord Word(string folded)
    {
        if (!words.TryGetValue(folded, out var word))
        {
            words[folded] = word = new VocabularyWord();
            lengths |= 1UL << folded.Length;
        }

        return word;
    }

    // Runs once per language: compiled quickly rather than optimised (notes/numbers-speed.md, session 5).
    [MethodImpl(MethodImplOptions.NoOptimization)]
    private static string Fold(string word) => string.Create(word.Length, word, static (span, s) =>
    {
        for (int i = 0; i < s.Length; i++)
        {
            span[i] = CharFold.Fold(s[i]);
        }
    });
}
