using System.Text.RegularExpressions;
using Concord.Languages;
using Concord.Model;
using Concord.Temporal.Engine;

namespace Concord.Temporal.Numbers;

/// <summary>
/// One language's number resources: number words, multipliers ("thousand", "tūkstošu",
/// "tūkstančiai"), qualifiers ("at least", "vismaz", "mažiausiai") and the nouns that say what
/// is counted, normalised to English. A new language is a new subclass, found by the registry.
/// </summary>
public abstract class NumberLanguage : ILanguageSpecific
{
    private Regex? pattern;
    private HashSet<int>? openers;

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
    /// which calls it with the text from the candidate on.
    /// </summary>
    public Regex Pattern => pattern ??= Build();

    /// <summary>Whether a number may start right after <paramref name="previous"/> (not inside a word, number or identifier).</summary>
    public static bool CanFollow(char previous) =>
        !(char.IsLetter(previous) || char.IsNumber(previous) || previous is '_' or '/' or '\\' or '.' or ',' or '-');

    /// <summary>
    /// Whether a number may start at <paramref name="at"/>: a digit, a currency sign, or a letter
    /// pair that opens a number word or a qualifier ("th" three, "at" at least, "vi" vismaz),
    /// compared without case and diacritics. Lets the reader try its pattern only there.
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

        if (openers is null)
        {
            var set = new HashSet<int>();
            foreach (var w in Words.Words.Concat(Qualifiers.Words))
            {
                set.Add(Pair(w, 0, w.Length));
            }

            openers = set;
        }

        return openers.Contains(Pair(text, at, end));
    }

    /// <summary>The folded first letter and, when it is a letter, the folded second (else 0).</summary>
    private static int Pair(string s, int at, int end) =>
        (CharFold.Fold(s[at]) << 16) | (at + 1 < end && char.IsLetter(s[at + 1]) ? CharFold.Fold(s[at + 1]) : 0);

    private Regex Build()
    {
        string digits = DecimalComma
            ? @"\d{1,3}(?:(?:[ \u00A0\u202F]|\.(?=\d{3}(?!\d)))\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
            : @"\d{1,3}(?:(?:,|[ \u00A0\u202F](?=\d{3}(?!\d)))\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?";
        string words = "(?:" + Words.Alternation + ")";
        string num(int i) => $@"(?:(?<n{i}>{digits})|(?<w{i}>{words})(?:[-\s](?<u{i}>{words}))?)(?:\s*(?<x{i}>{Multipliers.Alternation})(?![\p{{L}}]))?";
        string p = $@"(?:(?<q>{Qualifiers.Alternation})\s+)?(?<cur>[$€£])?{num(1)}(?:\s*(?:[-–—]|\s(?:{RangeWords})\s)\s*(?<cur2>[$€£])?{num(2)})?(?<plus>\+)?(?<pct>\s*%)?(?:(?:\s+\(?[\p{{L}}-]+){{0,2}}?\s+\(?(?<counted>{CountedNouns.Alternation})(?![\p{{L}}]))?";
        // Interpreted, not Compiled: jitting this large alternation costs more than it saves in a run.
        return new Regex(@"\G(?:" + TemporalLanguage.DiacriticInsensitive(p) + @")(?![\p{L}\p{N}_/]|[.,]\d)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    }

    protected static Lexicon<T> Lex<T>(params (T Meaning, string Words)[] groups) =>
        new(groups.SelectMany(g => g.Words.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => (w.Replace('_', ' '), g.Meaning))));
}
