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
        // Plain loops: every language is built when the registry starts, and LINQ over char keys
        // would be compiled (fully optimised) for that one use.
        var prefixes = new List<string>();
        foreach (var p in borderPrefixes ?? [])
        {
            prefixes.Add(Text.NameFolder.Fold(p));
        }

        this.borderPrefixes = [.. prefixes];

        // Folded and distinct, in first-seen order, then longest first (a stable sort: equal lengths keep that order).
        var distinct = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in endings)
        {
            var folded = Text.NameFolder.Fold(e);
            if (seen.Add(folded))
            {
                distinct.Add(folded);
            }
        }

        var byLength = new List<string>(distinct.Count);
        for (var length = MaxLength(distinct); length >= 0; length--)
        {
            foreach (var e in distinct)
            {
                if (e.Length == length)
                {
                    byLength.Add(e);
                }
            }
        }

        this.endings = [.. byLength];

        var byLastChar = new Dictionary<char, List<string>>();
        foreach (var e in this.endings)
        {
            if (e.Length == 0)
            {
                continue;
            }

            if (!byLastChar.TryGetValue(e[^1], out var list))
            {
                byLastChar[e[^1]] = list = [];
            }

            list.Add(e);
        }

        endingsByLastChar = new Dictionary<char, string[]>(byLastChar.Count);
        foreach (var (last, list) in byLastChar)
        {
            endingsByLastChar[last] = [.. list];
        }

        this.commonWords = StemSet(commonWords);
        this.forceNouns = StemSet(forceNouns);
        this.borderNouns = StemSet(borderNouns);
    }

    private static int MaxLength(List<string> words)
    {
        var max = 0;
        foreach (var w in words)
        {
            max = Math.Max(max, w.Length);
        }

        return max;
    }

    private HashSet<string> StemSet(IEnumerable<string> words)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in words)
        {
            set.Add(Stem(Text.NameFolder.Fold(w)));
        }

        return set;
    }

    public abstract string Language { get; }

    protected virtual int MinStem => 3;

    /// <summary>The endings <see cref="Stem"/> may cut, folded, distinct and non-empty: a stem's words are the stem plus one of them, or the stem alone.</summary>
    internal IReadOnlyList<string> Endings => field ??= [.. endings.Where(e => e.Length > 0)];

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

    public bool IsBorderNoun(string folded)
    {
        if (borderNouns.Contains(Stem(folded)))
        {
            return true;
        }

        // A loop, not Any with a lambda: asked once per distinct word and language, a closure each time.
        foreach (var p in borderPrefixes)
        {
            if (folded.Length > p.Length + 3 && folded.StartsWith(p, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>No case or preposition rules: no place is known to be locative.</summary>
    public virtual bool IsLocative(string text, TextSpan place) => false;

    public virtual PlacePrecision? PlaceAnaphor(ReadOnlySpan<char> foldedClause) => null;

    public virtual bool SaysOutside(ReadOnlySpan<char> foldedClause) => false;

    public virtual bool IsPostposedSubject(string text, TextSpan place) => false;

    /// <summary>The language's comitative preposition ("with", "ar", "su"), or null.</summary>
    protected virtual Regex? PartnerBefore => null;

    public bool IsPartner(string text, TextSpan place) =>
        PartnerBefore is { } with && with.IsMatch(text.AsSpan(Math.Max(0, place.Start - 12), place.Start - Math.Max(0, place.Start - 12)));

    /// <summary>
    /// The language's words that introduce a list of examples ("including|such as|namely"), as a
    /// regex alternation matched case-insensitively, or null when the language has none. It must
    /// begin with a letter and hold only letters and whitespace (see <see cref="IsEnumerated"/>).
    /// </summary>
    protected virtual string? EnumerationIntroducers => null;

    private Regex? enumerationBefore;

    // The introducer, then capitalised names separated by commas or the language's "and" word
    // (any lower-case word of up to 3 letters: "and", "un", "ir"), up to the place. Backtracking,
    // not NonBacktracking: whether there is a match is the same, and building the NonBacktracking
    // automaton over these Unicode classes cost about 0.1 s per run; names, separators and the
    // "and" word cannot take each other's characters, so backtracking stays short. Matched right
    // to left: the match ends at the place, so the engine starts there once instead of trying
    // every position of the window forwards (whether there is a match is the same either way).
    public bool IsEnumerated(string text, TextSpan place)
    {
        if (EnumerationIntroducers is not { } introducers)
        {
            return false;
        }

        enumerationBefore ??= EnumerationBefore ?? EnumerationRegex(introducers, RegexOptions.RightToLeft);
        return enumerationBefore.IsMatch(EnumerationWindow(text, place));
    }

    /// <summary>
    /// The right-to-left regex <see cref="IsEnumerated"/> uses, compiled at build time: a language
    /// gives [GeneratedRegex(<see cref="EnumerationPatternStart"/> + its introducers +
    /// <see cref="EnumerationPatternEnd"/>, <see cref="EnumerationOptions"/>)], the very pattern
    /// <see cref="EnumerationRegex"/> builds, so that it is not interpreted; null builds it at run time.
    /// </summary>
    protected virtual Regex? EnumerationBefore => null;

    protected const string EnumerationPatternStart = @"(?:^|[^\p{L}])(?i:";

    protected const string EnumerationPatternEnd = @")\s+(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?:\s*,\s*(?:\p{Ll}{1,3}\s+)?|\s+\p{Ll}{1,3}\s+))*$";

    protected const RegexOptions EnumerationOptions = RegexOptions.CultureInvariant | RegexOptions.RightToLeft;

    /// <summary>The same question as <see cref="IsEnumerated"/> scanned forwards: the reference its right-to-left match is tested against.</summary>
    public bool IsEnumeratedScanningForwards(string text, TextSpan place) =>
        EnumerationIntroducers is { } introducers
        && (enumerationBeforeForwards ??= EnumerationRegex(introducers, RegexOptions.None)).IsMatch(EnumerationWindow(text, place));

    private Regex? enumerationBeforeForwards;

    private static Regex EnumerationRegex(string introducers, RegexOptions direction) => new(
        EnumerationPatternStart + introducers + EnumerationPatternEnd, RegexOptions.CultureInvariant | direction);

    private static ReadOnlySpan<char> EnumerationWindow(string text, TextSpan place)
    {
        int from = Math.Max(0, place.Start - 160);

        // A match holds only letters, whitespace, commas, apostrophes and hyphens after the
        // non-letter before the introducer, so it lies after the last other character of the
        // window: the regex is given only that tail.
        int start = place.Start;
        while (start > from && MayBeInEnumeration(text[start - 1]))
        {
            start--;
        }

        if (start > from)
        {
            start--;
        }

        return text.AsSpan(start, place.Start - start);
    }

    private static bool MayBeInEnumeration(char c) =>
        char.IsLetter(c) || char.IsWhiteSpace(c) || c is ',' or '\'' or '’' or '-';

    /// <summary>Generic nouns of state organs on folded text ("senate|congress|parliament"), or null.</summary>
    protected virtual Regex? StateOrganNoun => null;

    public bool NamesStateOrgan(ReadOnlySpan<char> foldedClause) => StateOrganNoun is { } organ && organ.IsMatch(foldedClause);

    /// <summary>
    /// The lower-cased text of up to <c>buffer.Length</c> characters before a span, written into
    /// <paramref name="buffer"/> (a stack buffer at the callers: this runs per place per event, and
    /// the span form of the invariant lower-casing gives the same characters as the string form).
    /// </summary>
    protected static ReadOnlySpan<char> Before(string text, TextSpan span, Span<char> buffer)
    {
        int from = Math.Max(0, span.Start - buffer.Length);
        int length = text.AsSpan(from, span.Start - from).ToLowerInvariant(buffer);
        return buffer[..length];
    }
}
