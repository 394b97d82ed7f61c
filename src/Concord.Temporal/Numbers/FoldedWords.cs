using Concord.Temporal.Engine;

namespace Concord.Temporal.Numbers;

/// <summary>
/// A word list as the number scanner compares it with text: each entry's first run of letters,
/// folded (lower case, no diacritics), for "can an entry start with this word?", and the
/// entries that are one run of letters, for "is this word an entry?" with the exact per-letter
/// test of the number pattern (a diacritic letter of an entry also matches its plain letter, not
/// another accent). Looked up by span, so a candidate word is never copied into a string.
/// </summary>
internal sealed class FoldedWords
{
    /// <summary>Longest word run the scanner folds; longer runs are no entry or entry part.</summary>
    public const int MaxRun = 63;

    private readonly HashSet<string> firstRuns = new(StringComparer.Ordinal);
    private readonly HashSet<char> firstRunStarts = [];
    private readonly ulong firstRunLengths;
    private readonly ulong wholeWordLengths;
    private readonly Dictionary<string, List<string>> wholeWords = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> firstRunLookup;
    private readonly Dictionary<string, List<string>>.AlternateLookup<ReadOnlySpan<char>> wholeWordLookup;

    public FoldedWords(IEnumerable<string> entries)
    {
        foreach (var entry in entries)
        {
            var lower = entry.ToLowerInvariant();
            var folded = Fold(lower);
            int run = 0;
            while (run < folded.Length && char.IsLetter(folded[run]))
            {
                run++;
            }

            // An entry that does not start with a letter (or is too long to fold) cannot be
            // reasoned about by words: the scanner then leaves every start to the pattern.
            if (run == 0 || run > MaxRun)
            {
                Usable = false;
                continue;
            }

            firstRuns.Add(folded[..run]);
            firstRunLengths |= 1UL << run;
            firstRunStarts.Add(folded[0]);
            if (run == folded.Length)
            {
                wholeWordLengths |= 1UL << run;
                if (!wholeWords.TryGetValue(folded, out var originals))
                {
                    wholeWords[folded] = originals = [];
                }

                originals.Add(lower);
            }
        }

        firstRunLookup = firstRuns.GetAlternateLookup<ReadOnlySpan<char>>();
        wholeWordLookup = wholeWords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether every entry starts with a letter (what the scanner's reasoning assumes).</summary>
    public bool Usable { get; } = true;

    /// <summary>Whether some entry's first letter run is <paramref name="folded"/>.</summary>
    public bool HasFirstRun(ReadOnlySpan<char> folded) =>
        folded.Length < 64 && (firstRunLengths >> folded.Length & 1) != 0 && firstRunStarts.Contains(folded[0]) && firstRunLookup.Contains(folded);

    /// <summary>Whether some entry is the single letter run <paramref name="folded"/> (compared folded).</summary>
    public bool HasWholeWord(ReadOnlySpan<char> folded) =>
        folded.Length < 64 && (wholeWordLengths >> folded.Length & 1) != 0 && wholeWordLookup.ContainsKey(folded);

    /// <summary>
    /// Whether the letters text[<paramref name="start"/>, +<paramref name="folded"/>.Length) match a
    /// whole-word entry as the pattern matches it: each letter, lowered, is the entry's letter or
    /// that letter's plain form. (The caller has ruled out letters whose case pairs are unusual.)
    /// </summary>
    public bool MatchesWholeWord(string text, int start, ReadOnlySpan<char> folded)
    {
        if (!wholeWordLookup.TryGetValue(folded, out var originals))
        {
            return false;
        }

        foreach (var original in originals)
        {
            if (original.Length == folded.Length && Matches(text, start, original))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(string text, int start, string original)
    {
        for (int i = 0; i < original.Length; i++)
        {
            char lowered = char.ToLowerInvariant(text[start + i]);
            if (lowered != original[i] && lowered != CharFold.Fold(original[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string Fold(string word) => string.Create(word.Length, word, static (span, s) =>
    {
        for (int i = 0; i < s.Length; i++)
        {
            span[i] = CharFold.Fold(s[i]);
        }
    });
}
