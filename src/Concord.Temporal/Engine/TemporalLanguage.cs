using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Concord.Languages;
using System.Runtime.CompilerServices;

namespace Concord.Temporal.Engine;

/// <summary>
/// One language's temporal resources (HeidelTime-style): word lists with their meanings and the
/// patterns that combine them. The shared <see cref="TemporalResolver"/> reads every language's
/// matches the same way, so a new language is a new subclass (one file), discovered by the
/// <see cref="LanguageRegistry{T}"/>.
/// </summary>
public abstract partial class TemporalLanguage : ILanguageSpecific
{
    /// <summary>Built at the first text in this language (the registry creates every language; a run meets a few), once even when documents are tagged in parallel.</summary>
    private readonly Lazy<RuleTable> rules;
    private HashSet<string>? triggers;
    private HashSet<string>.AlternateLookup<ReadOnlySpan<char>> triggerLookup;
    private HashSet<string>? prefixes;
    private HashSet<string>.AlternateLookup<ReadOnlySpan<char>> prefixLookup;

    protected TemporalLanguage() => rules = new(NewRuleTable, LazyThreadSafetyMode.ExecutionAndPublication);

    public abstract string Language { get; }

    /// <summary>Month names in every inflected form and abbreviation → 1..12.</summary>
    public abstract Lexicon<int> Months { get; }

    /// <summary>Month forms safe to read as a date on their own (no year or day beside them).</summary>
    public virtual Lexicon<int> BareMonths => Months;

    public abstract Lexicon<Season> Seasons { get; }

    public abstract Lexicon<PeriodPart> Parts { get; }

    public abstract Lexicon<TimeUnit> Units { get; }

    public abstract Lexicon<Direction> Directions { get; }

    public abstract Lexicon<DayOfWeek> Weekdays { get; }

    /// <summary>Number words → value; -1 stands for a vague amount ("several", "a few").</summary>
    public abstract Lexicon<int> NumberWords { get; }

    /// <summary>Decades written as words → their first year ("noventa" → 1990, for "los años noventa").</summary>
    public virtual Lexicon<int> DecadeWords => field ??= new([]);

    /// <summary>Words that are a TIMEX3 value on their own ("now" → PRESENT_REF).</summary>
    public abstract Lexicon<string> References { get; }

    /// <summary>Parts of the day → TIMEX3 code ("morning" → MO).</summary>
    public abstract Lexicon<string> DayParts { get; }

    /// <summary>Recurrence words → TIMEX3 SET value ("annually" → XXXX).</summary>
    public abstract Lexicon<string> SetWords { get; }

    /// <summary>Words that list two dates rather than join them into one span ("and", "un", "ir").</summary>
    protected abstract IReadOnlyList<string> ListConjunctions { get; }

    /// <summary>
    /// Whether a date names a thing rather than the time of the sentence ("the 1994 ceasefire",
    /// "1994. gada pamiers"); such dates do not become the context for later year-less dates.
    /// </summary>
    public virtual bool IsAttributive(string text, int index, int length) => false;

    /// <summary>Whether a sentence talks about what is still to come (so "in June" is the next June).</summary>
    public virtual bool SpeaksOfFuture(ReadOnlySpan<char> sentence) => false;

    /// <summary>
    /// Whether a matched expression opens with a word that makes "X and Y" one span ("entre 1988 y
    /// 1994"), where the conjunction would otherwise list two dates.
    /// </summary>
    public virtual bool OpensRange(string expression) => false;

    /// <summary>Whether the month name at <paramref name="index"/> is a date on its own here.</summary>
    public virtual bool AcceptsBareMonth(string text, int index, string word) => true;

    public bool IsListConjunction(ReadOnlySpan<char> between)
    {
        var t = between.Trim().TrimEnd('.').Trim();
        foreach (var c in ListConjunctions)
        {
            if (t.Equals(c, StringComparison.OrdinalIgnoreCase) || t.EndsWith(" " + c, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return t.Length > 0 && t[0] == ',';
    }

    /// <summary>Words written only in patterns that can start a time expression with no other trigger near them.</summary>
    protected virtual IEnumerable<string> ExtraTriggers => [];

    /// <summary>
    /// Whether a token can be the core of a time expression: it holds a digit or is a month,
    /// season, unit, weekday, reference, recurrence or day-part word. The tagger tries its rules
    /// only at the few token starts before such a token, which keeps it fast.
    /// </summary>
    public bool IsTrigger(ReadOnlySpan<char> token)
    {
        if (triggers is null)
        {
            var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var w in Months.Words.Concat(Seasons.Words).Concat(Units.Words).Concat(Weekdays.Words).Concat(References.Words)
                         .Concat(SetWords.Words).Concat(DayParts.Words).Concat(ExtraTriggers))
            {
                foreach (var part in w.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var word = part.TrimEnd('.');
                    if (word.Length > 0 && !TriggerStopWords.Contains(word))
                    {
                        set.Add(word);
                        set.Add(Lexicon<int>.Fold(word));
                    }
                }
            }

            triggerLookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
            triggers = set;
        }

        foreach (var c in token)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return triggerLookup.Contains(token);
    }

    /// <summary>Words written only in patterns that may open an expression before its trigger ("from", "between", "nuo").</summary>
    protected abstract IEnumerable<string> ExtraPrefixWords { get; }

    /// <summary>
    /// Whether a token may stand before a trigger inside one expression: a part ("late"), a
    /// direction ("last"), a number word ("five"), an article or range opener ("the", "from").
    /// </summary>
    public bool IsPrefix(ReadOnlySpan<char> token)
    {
        if (prefixes is null)
        {
            var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var w in Parts.Words.Concat(Directions.Words).Concat(NumberWords.Words).Concat(ExtraPrefixWords))
            {
                foreach (var part in w.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    set.Add(part);
                    set.Add(Lexicon<int>.Fold(part));
                }
            }

            prefixLookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
            prefixes = set;
        }

        // Roman numerals open centuries: "XIX gadsimta", "XX a.".
        return prefixLookup.Contains(token) || token.TrimStart("IVXLC").IsEmpty;
    }

    private Dictionary<string, bool>? roles;
    private Dictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> roleLookup;

    /// <summary>Per upper-cased ASCII first letter, the lengths (bit per length, the last bit for 31 and more) of the role words.</summary>
    private uint[]? wordLengthsByFirstLetter;

    private static uint LengthBit(int length) => 1u << Math.Min(length, 31);

    /// <summary>
    /// <see cref="IsTrigger"/> and <see cref="IsPrefix"/> of a token of letters in one lookup (the
    /// tagger asks both for every word): whether it is either, and whether it is a trigger.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    public (bool Trigger, bool Prefix) RoleOfWord(ReadOnlySpan<char> letters)
    {
        if (roles is null)
        {
            BuildRoles();
        }

        bool roman = letters.TrimStart("IVXLC").IsEmpty;
        char first = char.ToUpperInvariant(letters[0]);

        // Most words are no role word: rule them out by first letter and length before hashing them.
        if (first < 128 && (wordLengthsByFirstLetter![first] & LengthBit(letters.Length)) == 0)
        {
            return (false, roman);
        }

        // An ASCII word is looked up in the ASCII table, which holds the same answers as the map.
        if (asciiRoles is not null && asciiRoles.TryFind(letters, out bool found, out bool isTrigger, out bool isPrefix))
        {
            return found ? (isTrigger, roman || isPrefix) : (false, roman);
        }

        if (!roleLookup.TryGetValue(letters, out bool trigger))
        {
            return (false, roman);
        }

        return (trigger, roman || prefixLookup.Contains(letters));
    }

    /// <summary>
    /// Per pair of upper-cased ASCII first letters (<see cref="PairIndex"/>), the lengths (bit per
    /// length, the last for 31 and more) of the trigger words: the prefixes include the commonest
    /// words ("the", "of", "a"), so a first-letter filter over both roles lets most words through,
    /// one over the triggers alone and two letters rules out nearly every word of running text.
    /// </summary>
    private uint[]? triggerLengthsByFirstLetters;

    private const int NoSecondLetter = 26;

    /// <summary>The cell of two upper-cased ASCII letters ('A'–'Z'; <paramref name="second"/> may be <see cref="NoSecondLetter"/> + 'A').</summary>
    private static int PairIndex(char first, char second) => ((first - 'A') * (NoSecondLetter + 1)) + (second - 'A');

    /// <summary>
    /// False only when <paramref name="letters"/> (a token of letters) is certainly no trigger
    /// (<see cref="RoleOfWord"/> would say Trigger = false): its first two characters are ASCII
    /// letters and no trigger word of its length starts with them, ignoring case. Whether it is a
    /// prefix is not answered: the tagger asks that only of the few words before a trigger.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayBeTrigger(ReadOnlySpan<char> letters)
    {
        var lengths = triggerLengthsByFirstLetters ?? BuildRoles();
        char c0 = letters[0], c1 = letters.Length > 1 ? letters[1] : (char)('A' + NoSecondLetter);
        if (!char.IsAsciiLetter(c0) || (letters.Length > 1 && !char.IsAsciiLetter(c1)))
        {
            return true;
        }

        // ASCII letters upper-case to ASCII letters; ordinal-ignore-case compares upper-cased characters.
        return (lengths[PairIndex((char)(c0 & ~0x20), letters.Length > 1 ? (char)(c1 & ~0x20) : c1)] & LengthBit(letters.Length)) != 0;
    }

    /// <summary>The role map, its filters and ASCII table, built together at the first word asked about; returns the trigger filter.</summary>
    private uint[] BuildRoles()
    {
        // As the other word sets: two threads may both build, the same tables.
        IsTrigger([]);
        IsPrefix([]);
        var map = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in prefixes!)
        {
            map[w] = false;
        }

        foreach (var w in triggers!)
        {
            map[w] = true;
        }

        var lengths = new uint[128];
        foreach (var w in map.Keys)
        {
            // The lookup ignores case by upper-casing; words whose first letter upper-cases
            // to a non-ASCII letter are always looked up, so only ASCII needs a table.
            char upper = char.ToUpperInvariant(w[0]);
            if (upper < 128)
            {
                lengths[upper] |= LengthBit(w.Length);
            }
        }

        var pairs = new uint[PairIndex('Z', (char)('A' + NoSecondLetter)) + 1];
        foreach (var (w, trigger) in map)
        {
            // A trigger whose first two characters do not upper-case to ASCII letters can
            // equal no token that starts with two ASCII letters, the only tokens filtered.
            char u0 = char.ToUpperInvariant(w[0]), u1 = w.Length > 1 ? char.ToUpperInvariant(w[1]) : (char)('A' + NoSecondLetter);
            if (trigger && char.IsAsciiLetterUpper(u0) && (w.Length == 1 || char.IsAsciiLetterUpper(u1)))
            {
                pairs[PairIndex(u0, u1)] |= LengthBit(w.Length);
            }
        }

        roleLookup = map.GetAlternateLookup<ReadOnlySpan<char>>();
        asciiRoles = AsciiWordTable.Of(map, prefixes!.Contains);
        wordLengthsByFirstLetter = lengths;
        roles = map;
        triggerLengthsByFirstLetters = pairs;
        return pairs;
    }

    /// <summary>The ASCII words of the role map (null when the map holds a word that only the full lookup compares exactly).</summary>
    private AsciiWordTable? asciiRoles;

    private static readonly HashSet<string> TriggerStopWords = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "of", "at", "to", "in" };

    /// <summary>The rules, compiled once per language at first use (a pattern catalog builds every language's by reading this).</summary>
    public IReadOnlyList<TemporalRule> Rules => rules.Value.Rules;

    private RuleTable NewRuleTable()
    {
        var list = BuildRules().ToList();
        if (list.Count > 64)
        {
            throw new InvalidOperationException($"{Language}: {list.Count} rules; the tagger's rule masks hold 64");
        }

        var firstHalves = new ulong[list.Count];
        for (int r = 0; r < list.Count; r++)
        {
            if (list[r].FirstHalfRule is not { } half)
            {
                continue;
            }

            for (int k = 0; k < list.Count; k++)
            {
                if (list[k].Name == half)
                {
                    // The tagger learns whether a first half matched by trying those rules first.
                    if (k > r)
                    {
                        throw new InvalidOperationException($"{Language}: {list[r].Name} must come after its first-half rules {half}");
                    }

                    firstHalves[r] |= 1UL << k;
                }
            }
        }

        return new RuleTable(list, firstHalves);
    }

    /// <summary>The compiled rules and per composed range the rules its first half is made of, built together once.</summary>
    private sealed record RuleTable(List<TemporalRule> Rules, ulong[] FirstHalves);

    /// <summary>The rules (bit k = <see cref="Rules"/>[k]) the first half of rule <paramref name="r"/> is made of; 0 for other rules.</summary>
    public ulong FirstHalfRules(int r) => rules.Value.FirstHalves[r];

    protected abstract IEnumerable<TemporalRule> BuildRules();

    /// <summary>Four-digit year 1000–2199, not inside a longer number, identifier or "62/243".</summary>
    protected const string Year = @"(?<![\d/\\]|\d[.,:]|[\p{L}]-)(?:1\d{3}|2[01]\d{2})(?![\d/]|[.,:]\d|-\p{L})";

    /// <summary>Day of month 1–31 (with an optional English ordinal suffix).</summary>
    protected const string Day = @"(?<!\d)(?:3[01]|[12]\d|0?[1-9])(?!\d)";

    protected const string Dash = RangeReach.Dash;

    protected static string Alt<T>(Lexicon<T> lexicon) => "(?:" + lexicon.Alternation + ")";

    /// <summary>
    /// Compiles a rule anchored where the tagger tries it (\G), wrapped in word boundaries that
    /// also hold for non-ASCII letters, and reads which tokens its matches can start with.
    /// </summary>
    protected static TemporalRule Rule(string name, RuleKind kind, string pattern, Regex? near = null) =>
        Rule(name, kind, pattern, near, openers: null);

    /// <param name="openers">A pattern every match of <paramref name="pattern"/> begins with a match of, read for the first tokens instead of the whole pattern.</param>
    private static TemporalRule Rule(string name, RuleKind kind, string pattern, Regex? near, string? openers)
    {
        var insensitive = DiacriticInsensitive(pattern);
        return new(name, new TieredRegex(@"\G(?:(?<![\p{L}\p{N}_])|(?<=\p{L})(?=\p{N}))(?:" + insensitive + @")(?![\p{L}\p{N}_])",
            RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture), kind, near)
        {
            Openers = FirstTokens.Of(openers is null ? insensitive : DiacriticInsensitive(openers)),
        };
    }

    /// <summary>
    /// A range "<paramref name="opener"/>? <paramref name="first"/> <paramref name="joiner"/>
    /// <paramref name="second"/>" whose first half is one of the single-date rules named
    /// <paramref name="firstHalfRule"/> (which must come before it) or <paramref name="firstOnly"/>,
    /// a first half that is no date alone ("1" in "1 and 5 April"; one of the alternatives of
    /// <paramref name="first"/>). The tagger tries it only where such a single date matched and the
    /// joiner follows its end, or where the opener or the first-only half with its joiner
    /// matches: a failing range costs as much as all its single-date forms together.
    /// </summary>
    protected static TemporalRule ComposedRange(
        string name, string firstHalfRule, string opener, string first, string firstOnly, IReadOnlyList<string> joinerWords, string second, Regex near) =>
        ComposedRange(name, firstHalfRule, opener, first, firstOnly, RangeReach.JoinerPattern(joinerWords), joinerWords, second, near);

    private static TemporalRule ComposedRange(
        string name, string firstHalfRule, string opener, string first, string firstOnly, string joiner, IReadOnlyList<string> joinerWords, string second, Regex near) =>
        // Its first tokens are read off the opener and first half alone (every match begins with
        // them; what follows could only narrow the set): the joiner and second half are long.
        Rule(name, RuleKind.Absolute, $@"(?:{opener})?(?:{first}){joiner}(?:{second})", near, openers: $@"(?:{opener})?(?:{first})") with
        {
            FirstHalfRule = firstHalfRule,
            Gate = new TieredRegex(@"\G(?:(?<![\p{L}\p{N}_])|(?<=\p{L})(?=\p{N}))(?:" + DiacriticInsensitive($"{opener}|(?:{firstOnly}){joiner}") + ")", RuleOptions),
            Joiner = new TieredRegex(@"\G(?:" + DiacriticInsensitive(joiner) + ")", RuleOptions),
            Reach = new RangeReach(DiacriticInsensitive($@"(?:{opener})?(?:{first})"), joinerWords, DiacriticInsensitive(second)),
        };

    private const RegexOptions RuleOptions = RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>Distinct start tokens remembered per language before the cache stops growing.</summary>
    private const int MaxCachedTokens = 100_000;

    private readonly ConcurrentDictionary<string, ulong> rulesByToken = new(StringComparer.Ordinal);

    /// <summary>How many shapes <see cref="rulesByToken"/> holds (entries are never removed).</summary>
    private int cachedTokens;

    /// <summary>
    /// The rules (bit r = <see cref="Rules"/>[r]) whose matches can start with the token at
    /// <paramref name="at"/> and the token after it, as a shape (<see cref="FirstTokens.ShapeOf"/>:
    /// "the ####s", "last year", "#### and"). Remembered per distinct shape, so the tagger pays
    /// one lookup per start instead of a regex call per rule.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    public ulong RulesStartingAt(string text, int at, int end)
    {
        var table = rules.Value;
        Span<char> token = stackalloc char[FirstTokens.MaxPrefix + 1];
        int n = AsciiShapeOf(text, at, token);
        if (!char.IsDigit(text[at]))
        {
            n = FirstTokens.WordShapeLength(token[..n]);
        }

        var lookup = rulesByToken.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(token[..n], out ulong mask))
        {
            return mask;
        }

        mask = Mask(table.Rules, token[..n]);

        // Counted here: ConcurrentDictionary.Count takes every lock of the map (and its code is jitted at each start).
        if (Volatile.Read(ref cachedTokens) < MaxCachedTokens && lookup.TryAdd(token[..n], mask))
        {
            Interlocked.Increment(ref cachedTokens);
        }

        return mask;
    }

    /// <summary>
    /// <see cref="FirstTokens.ShapeOf"/> of the text at <paramref name="at"/>, ASCII characters
    /// mapped by a table read off <see cref="FirstTokens.ShapeOf"/> itself (so the same shape);
    /// a window holding another character is shaped by <see cref="FirstTokens.ShapeOf"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int AsciiShapeOf(string text, int at, Span<char> shape)
    {
        var table = AsciiShapes;
        int n = 0;
        for (int i = at; i < text.Length && n < shape.Length; i++)
        {
            char c = text[i];
            if (c >= 128)
            {
                return FirstTokens.ShapeOf(text, at, shape);
            }

            c = table[c];
            if (c == ' ' && n > 0 && shape[n - 1] == ' ')
            {
                continue;
            }

            shape[n++] = c;
        }

        return n;
    }

    /// <summary>The shape character of each ASCII character, as <see cref="FirstTokens.ShapeOf"/> shapes it alone.</summary>
    private static readonly char[] AsciiShapes = ReadAsciiShapes();

    private static char[] ReadAsciiShapes()
    {
        var table = new char[128];
        Span<char> one = stackalloc char[1];
        for (int c = 0; c < 128; c++)
        {
            table[c] = FirstTokens.ShapeOf(((char)c).ToString(), 0, one) == 1 ? one[0] : throw new InvalidOperationException($"no shape of U+{c:X4}");
        }

        return table;
    }

    private static ulong Mask(IReadOnlyList<TemporalRule> rules, ReadOnlySpan<char> token)
    {
        ulong mask = 0;
        for (int r = 0; r < rules.Count; r++)
        {
            if (rules[r].Openers?.CanStartWith(token) ?? true)
            {
                mask |= 1UL << r;
            }
        }

        return mask;
    }

    /// <summary>
    /// Lets every accented letter written in a pattern also match its plain form ("mėnesį" matches
    /// "menesi"): text typed without diacritics is common (Lithuanian student essays, forums).
    /// </summary>
    public static string DiacriticInsensitive(string pattern)
    {
        var sb = new System.Text.StringBuilder(pattern.Length * 2);
        bool inClass = false;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                sb.Append(c).Append(pattern[++i]);
                continue;
            }

            if (c == '[')
            {
                inClass = true;
            }
            else if (c == ']')
            {
                inClass = false;
            }

            // CharFold keeps each letter's fold (Lexicon.Fold of the letter when that is one
            // character, else the letter lower-cased): folding a string per letter of every
            // pattern was a few ms of every process start.
            if (!inClass && c > 127 && char.IsLetter(c) && CharFold.Fold(c) is var plain && plain != char.ToLowerInvariant(c))
            {
                sb.Append('[').Append(c).Append(plain).Append(']');
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>Lexicon from (meaning, words...) groups.</summary>
    protected static Lexicon<T> Lex<T>(params (T Meaning, string Words)[] groups) => Lexicon<T>.FromGroups(groups);

    /// <summary>Renames a one-date pattern's groups (y, m, mn, d, p, s) to those of date <paramref name="i"/>.</summary>
    /// <remarks>
    /// Written out rather than a <see cref="Regex.Replace(string, string, MatchEvaluator)"/> of
    /// <c>\(\?&lt;(y|m|mn|d|p|s|dec)&gt;</c>, whose run-time regex, regex cache and callback are
    /// built and jitted at every process start; the same left-to-right, non-overlapping replacement.
    /// </remarks>
    public static string Indexed(string pattern, int i)
    {
        var sb = new System.Text.StringBuilder(pattern.Length + 32);
        int copied = 0;
        for (int at = pattern.IndexOf("(?<", StringComparison.Ordinal); at >= 0; at = pattern.IndexOf("(?<", at + 1, StringComparison.Ordinal))
        {
            int nameStart = at + 3, close = pattern.IndexOf('>', nameStart);
            if (close < 0 || !IsIndexedGroup(pattern.AsSpan(nameStart, close - nameStart)))
            {
                continue;
            }

            sb.Append(pattern, copied, close - copied).Append(i);
            copied = close;
            at = close;
        }

        return copied == 0 ? pattern : sb.Append(pattern, copied, pattern.Length - copied).ToString();
    }

    /// <summary>The group names of one date that <see cref="Indexed"/> numbers.</summary>
    private static bool IsIndexedGroup(ReadOnlySpan<char> name) => name is "y" or "m" or "mn" or "d" or "p" or "s" or "dec";
}
