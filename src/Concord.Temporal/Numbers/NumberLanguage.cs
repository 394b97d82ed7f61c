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

    public Regex Pattern => pattern ??= Build();

    private Regex Build()
    {
        string digits = DecimalComma
            ? @"\d{1,3}(?:(?:[ \u00A0\u202F]|\.(?=\d{3}(?!\d)))\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
            : @"\d{1,3}(?:(?:,|[ \u00A0\u202F](?=\d{3}(?!\d)))\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?";
        string words = "(?:" + Words.Alternation + ")";
        string num(int i) => $@"(?:(?<n{i}>{digits})|(?<w{i}>{words})(?:[-\s](?<u{i}>{words}))?)(?:\s*(?<x{i}>{Multipliers.Alternation})(?![\p{{L}}]))?";
        string p = $@"(?:(?<q>{Qualifiers.Alternation})\s+)?(?<cur>[$€£])?{num(1)}(?:\s*(?:[-–—]|\s(?:{RangeWords})\s)\s*(?<cur2>[$€£])?{num(2)})?(?<plus>\+)?(?<pct>\s*%)?(?:(?:\s+\(?[\p{{L}}-]+){{0,2}}?\s+\(?(?<counted>{CountedNouns.Alternation})(?![\p{{L}}]))?";
        return new Regex(@"(?<![\p{L}\p{N}_/\\.,-]|[\p{L}]-)(?:" + TemporalLanguage.DiacriticInsensitive(p) + @")(?![\p{L}\p{N}_/]|[.,]\d)",
            RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    }

    protected static Lexicon<T> Lex<T>(params (T Meaning, string Words)[] groups) =>
        new(groups.SelectMany(g => g.Words.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => (w.Replace('_', ' '), g.Meaning))));
}
