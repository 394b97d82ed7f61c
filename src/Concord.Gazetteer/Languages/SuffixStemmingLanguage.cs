using System.Text.RegularExpressions;
using Concord.Model;

namespace Concord.Gazetteer.Languages;

/// <summary>
/// Shared machinery for languages whose names inflect by endings: the longest listed ending is cut
/// off when a stem of at least <see cref="MinStem"/> letters remains. Names from the gazetteer
/// and words from the text go through the same cut, so "Armēnijas", "Armēniju" and "Armēnija"
/// meet at "armenij" without listing the forms, while "armēņu" (Armenians') stays "armen".
/// </summary>
public abstract class SuffixStemmingLanguage : IGazetteerLanguage
{
    private readonly string[] endings;

    // The endings by their last letter, each list in the order of `endings`: only those can match a word.
    private readonly Dictionary<char, string[]> endingsByLastChar;
    private readonly HashSet<string> commonWords;
    private readonly HashSet<string> forceNouns;
    private readonly HashSet<string> borderNouns;

    private readonly string[] borderPrefixes;

    /// <param name="borderPrefixes">Stems that start compounds about a border ("robež" in "robežsadursmes").</param>
    protected SuffixStemmingLanguage(IEnumerable<string> endings, IEnumerable<string> commonWords,
        IEnumerable<string> forceNouns, IEnumerable<string> borderNouns, IEnumerable<string>? borderPrefixes = null)
    {
        this.borderPrefixes = (borderPrefixes ?? []).Select(p => Text.NameFolder.Fold(p)).ToArray();
        this.endings = endings.Select(e => Text.NameFolder.Fold(e)).Distinct().OrderByDescending(e => e.Length).ToArray();
        endingsByLastChar = this.endings.Where(e => e.Length > 0).GroupBy(e => e[^1]).ToDictionary(g => g.Key, g => g.ToArray());
        this.commonWords = commonWords.Select(w => Stem(Text.NameFolder.Fold(w))).ToHashSet(StringComparer.Ordinal);
        this.forceNouns = forceNouns.Select(w => Stem(Text.NameFolder.Fold(w))).ToHashSet(StringComparer.Ordinal);
        this.borderNouns = borderNouns.Select(w => Stem(Text.NameFolder.Fold(w))).ToHashSet(StringComparer.Ordinal);
    }

    public abstract string Language { get; }

    protected virtual int MinStem => 3;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public string Stem(string folded)
    {
        // An empty ending would cut nothing, so only the endings that end in the word's last letter matter.
        if (folded.Length == 0 || !endingsByLastChar.TryGetValue(folded[^1], out var candidates))
        {
            return folded;
        }

        foreach (var ending in candidates)
        {
            if (folded.Length - ending.Length >= MinStem && folded.EndsWith(ending, StringComparison.Ordinal))
            {
                return folded[..^ending.Length];
            }
        }

        return folded;
    }

    public bool IsCommonWord(string folded) => commonWords.Contains(Stem(folded));

    public bool IsForceNoun(string folded) => forceNouns.Contains(Stem(folded));

    public bool IsBorderNoun(string folded) =>
        borderNouns.Contains(Stem(folded)) || borderPrefixes.Any(p => folded.Length > p.Length + 3 && folded.StartsWith(p, StringComparison.Ordinal));

    /// <summary>No case or preposition rules: no place is known to be locative.</summary>
    public virtual bool IsLocative(string text, TextSpan place) => false;

    public virtual PlacePrecision? PlaceAnaphor(string foldedClause) => null;

    public virtual bool SaysOutside(string foldedClause) => false;

    public virtual bool IsPostposedSubject(string text, TextSpan place) => false;

    /// <summary>The language's comitative preposition ("with", "ar", "su"), or null.</summary>
    protected virtual Regex? PartnerBefore => null;

    public bool IsPartner(string text, TextSpan place) =>
        PartnerBefore is { } with && with.IsMatch(text.AsSpan(Math.Max(0, place.Start - 12), place.Start - Math.Max(0, place.Start - 12)).ToString());

    /// <summary>The lower-cased text of up to <paramref name="length"/> characters before a span.</summary>
    protected static string Before(string text, TextSpan span, int length) =>
        text[Math.Max(0, span.Start - length)..span.Start].ToLowerInvariant();
}
