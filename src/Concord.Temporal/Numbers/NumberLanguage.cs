using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Concord.Languages;
using Concord.Model;
using Concord.Temporal.Engine;

namespace Concord.Temporal.Numbers;

/// <summary>
/// One language's number resources: number words, multipliers ("thousand", "tūkstošu",
/// "tūkstančiai"), qualifiers ("at least", "vismaz", "mažiausiai") and the nouns that say what
/// is counted, normalised to English. A new language is a new subclass, found by the registry.
/// Subclasses build their lexicons on first use (<c>field ??=</c>): the registry creates every
/// language, and a corpus reads numbers in a few of them.
/// </summary>
public abstract class NumberLanguage : ILanguageSpecific
{
    private Regex? pattern;
    private NumberScanner? scanner;
    private Dictionary<int, string[]>? openers;

    public abstract string Language { get; }

    /// <summary>Number words → value ("three" 3, "septyni" 7, "trīs" 3, "twenty" 20).</summary>
    public abstract Lexicon<int> Words { get; }

    /// <summary>Words that multiply the number before them ("thousand", "bn", "tūkstošu", "gadu desmitus").</summary>
    public abstract Lexicon<double> Multipliers { get; }

    /// <summary>Multipliers that also name a unit ("gadu desmitus" → years).</summary>
    public virtual Lexicon<string> MultiplierUnits { get; } = new([]);

    public abstract Lexicon<NumberQualifier> Qualifiers { get; }

    /// <summary>Counted nouns in every form → English plural ("karavīru" → soldiers).</summary>
    public abstract Lexicon<string> CountedNouns { get; }

    /// <summary>Words that join the two ends of a range ("to", "līdz", "iki").</summary>
    protected abstract string RangeWords { get; }

    /// <summary>Whether "6,5" is six and a half (else a comma groups thousands only).</summary>
    public virtual bool DecimalComma => false;

    /// <summary>
    /// The number pattern, anchored (\G) where the reader tries it. Its leading "not after a
    /// letter, digit or separator" condition is checked by the reader (<see cref="CanFollow"/>),
    /// which calls it with the text from the candidate on. It defines what a number is; the
    /// reader calls it only where <see cref="Scanner"/> cannot tell what it would match.
    /// Interpreted: compiled, a pattern this long ran no faster (notes/temporal.md, round 4).
    /// </summary>
    public Regex Pattern => pattern ??= Build();

    /// <summary>The source of a number read from digits ("en-digits"): one string per language, not one per number.</summary>
    public string DigitsSource => field ??= Language + "-digits";

    /// <summary>The source of a number read from words ("en-words").</summary>
    public string WordsSource => field ??= Language + "-words";

    /// <summary>The hand-written reader of the pattern's commonest matches (digits, ranges, counted nouns).</summary>
    public NumberScanner Scanner => scanner ??= new NumberScanner(this, RangeWords.Split('|'));

    /// <summary>Whether a number may start right after <paramref name="previous"/> (not inside a word, number or identifier).</summary>
    public static bool CanFollow(char previous) =>
        !(char.IsLetter(previous) || char.IsNumber(previous) || previous is '_' or '/' or '\\' or '.' or ',' or '-');

    /// <summary>
    /// Whether a number may start at <paramref name="at"/>: a digit, a currency sign, or the first
    /// word of a number word or qualifier of the language ("three", "at" of "at least", "vismaz"),
    /// compared without case and diacritics (a match of the pattern at a letter begins with one of
    /// them, so this only removes starts where it cannot match). Lets the reader try its pattern
    /// only there: "the" and "some" start with the letters of "three" and "some" is a qualifier,
    /// but only the latter is tried.
    /// </summary>
    public bool MayStartAt(string text, int at, int end)
    {
        char c = text[at];
        if (char.IsDigit(c) || c is '$' or '€' or '£')
        {
            return true;
        }

        if (!char.IsLetter(c))
        {
            return false;
        }

        openers ??= FirstWordsByPair();
        if (!openers.TryGetValue(Pair(text, at, end), out var words))
        {
            return false;
        }

        foreach (var word in words)
        {
            if (StartsWithFolded(text, at, end, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The folded first words of the number words and qualifiers, by their first two letters.</summary>
    // Runs once per language: compiled quickly rather than optimised (notes/numbers-speed.md, session 5).
    [MethodImpl(MethodImplOptions.NoOptimization)]
    private Dictionary<int, string[]> FirstWordsByPair()
    {
        var byPair = new Dictionary<int, HashSet<string>>();
        foreach (var w in Words.Words.Concat(Qualifiers.Words))
        {
            var first = w.Split(' ')[0];
            var folded = string.Create(first.Length, first, static (span, s) =>
            {
                for (int i = 0; i < s.Length; i++)
                {
                    span[i] = CharFold.Fold(s[i]);
                }
            });
            int pair = Pair(w, 0, w.Length);
            if (!byPair.TryGetValue(pair, out var set))
            {
                byPair[pair] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(folded);
        }

        return byPair.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    private static bool StartsWithFolded(string text, int at, int end, string folded)
    {
        if (end - at < folded.Length)
        {
            return false;
        }

        for (int i = 0; i < folded.Length; i++)
        {
            if (CharFold.Fold(text[at + i]) != folded[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The folded first letter and, when it is a letter, the folded second (else 0).</summary>
    private static int Pair(string s, int at, int end) =>
        (CharFold.Fold(s[at]) << 16) | (at + 1 < end && char.IsLetter(s[at + 1]) ? CharFold.Fold(s[at + 1]) : 0);

    // Runs once per language: compiled quickly rather than optimised (notes/numbers-speed.md, session 5).
    [MethodImpl(MethodImplOptions.NoOptimization)]
    private Regex Build()
    {
        string digits = DecimalComma
            ? @"\d{1,3}(?:(?:[ \u00A0\u202F]|\.(?=\d{3}(?!\d)))\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
            : @"\d{1,3}(?:(?:,|[ \u00A0\u202F](?=\d{3}(?!\d)))\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?";
        string words = "(?:" + Words.Alternation + ")";
        string num(int i) => $@"(?:(?<n{i}>{digits})|(?<w{i}>{words})(?:[-\s](?<u{i}>{words}))?)(?:\s*(?<x{i}>{Multipliers.Alternation})(?![\p{{L}}]))?";
        string p = $@"(?:(?<q>{Qualifiers.Alternation})\s+)?(?<cur>[$€£])?{num(1)}(?:\s*(?:[-–—]|\s(?:{RangeWords})\s)\s*(?<cur2>[$€£])?{num(2)})?(?<plus>\+)?(?<pct>\s*%)?(?:(?:\s+\(?[\p{{L}}-]+){{0,2}}?\s+\(?(?<counted>{CountedNouns.Alternation})(?![\p{{L}}]))?";
        return new Regex(@"\G(?:" + TemporalLanguage.DiacriticInsensitive(p) + @")(?![\p{L}\p{N}_/]|[.,]\d)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    }

    // Runs once per language: compiled quickly rather than optimised (notes/numbers-speed.md, session 5).
    [MethodImpl(MethodImplOptions.NoOptimization)]
    protected static Lexicon<T> Lex<T>(params (T Meaning, string Words)[] groups) =>
        new(Lexicon<T>.Entries(groups));
}
