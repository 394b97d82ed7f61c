using Concord.Gazetteer.Languages;
using Concord.Gazetteer.Matching;
using System.Runtime.CompilerServices;

namespace Concord.Gazetteer.Text;

/// <summary>
/// One spelling of a word, shared by all its occurrences: how it folds and how it is written,
/// and, for the language last asked, its matching key and the aliases of an index that start with
/// it. A text repeats its words, so each spelling is folded, stemmed and looked up once.
/// </summary>
internal sealed class WordForm
{
    // What the scan reads for every token comes first, as references (the runtime lays references out
    // first, in this order): the two indexes asked last (a language's places and actors) with this
    // word's candidates in each, and the border-noun answer (the language asked last, and that same
    // language again when the word is one of its border nouns).
    private NameIndex? index0;
    private AliasStarts starts0 = AliasStarts.None;
    private NameIndex? index1;
    private AliasStarts starts1 = AliasStarts.None;
    private IGazetteerLanguage? borderLanguage;
    private IGazetteerLanguage? borderNounOf;

    private IGazetteerLanguage? keyLanguage;
    private string? key;
    private IGazetteerLanguage? commonLanguage;
    private bool isCommonWord;
    private bool replaceSecond;
    private FormMemo? memo;

    public WordForm(string original)
    {
        Original = original;
        Folded = NameFolder.Fold(original);
        IsCapitalized = original.Length > 0 && char.IsUpper(original[0]);
        StartsLowerCase = original.Length > 0 && char.IsLower(original[0]);
        IsAllCaps = original.Any(char.IsLetter) && original.All(c => !char.IsLetter(c) || char.IsUpper(c));
    }

    public string Original { get; }

    public string Folded { get; }

    public bool IsCapitalized { get; }

    public bool StartsLowerCase { get; }

    public bool IsAllCaps { get; }

    /// <summary>The word's matching key in <paramref name="language"/> (its stem).</summary>
    public string KeyIn(IGazetteerLanguage language)
    {
        if (!ReferenceEquals(language, keyLanguage))
        {
            if (keyLanguage is not null)
            {
                Remember(ref Memo.Keys, LanguageSlots.Of(keyLanguage), key!);
            }

            key = Recall(memo?.Keys, LanguageSlots.Of(language)) ?? language.Stem(Folded);
            keyLanguage = language;
        }

        return key!;
    }

    /// <summary>Whether the word is a border noun of <paramref name="language"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool IsBorderNounIn(IGazetteerLanguage language) =>
        ReferenceEquals(language, borderLanguage) ? borderNounOf is not null : FindBorderNoun(language);

    private bool FindBorderNoun(IGazetteerLanguage language)
    {
        if (borderLanguage is not null)
        {
            Remember(ref Memo.BorderKnown, ref Memo.Border, LanguageSlots.Of(borderLanguage), borderNounOf is not null);
        }

        var isBorderNoun = Recall(memo?.BorderKnown ?? 0, memo?.Border ?? 0, LanguageSlots.Of(language)) ?? language.IsBorderNoun(Folded);
        borderLanguage = language;
        borderNounOf = isBorderNoun ? language : null;
        return isBorderNoun;
    }

    /// <summary>Whether the word is a common word of <paramref name="language"/> (never a name on its own).</summary>
    public bool IsCommonWordIn(IGazetteerLanguage language)
    {
        if (!ReferenceEquals(language, commonLanguage))
        {
            if (commonLanguage is not null)
            {
                Remember(ref Memo.CommonKnown, ref Memo.Common, LanguageSlots.Of(commonLanguage), isCommonWord);
            }

            isCommonWord = Recall(memo?.CommonKnown ?? 0, memo?.Common ?? 0, LanguageSlots.Of(language)) ?? language.IsCommonWord(Folded);
            commonLanguage = language;
        }

        return isCommonWord;
    }

    /// <summary>The aliases of <paramref name="index"/> whose first word this word can be.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public AliasStarts StartsIn(NameIndex index) =>
        ReferenceEquals(index, index0) ? starts0 : ReferenceEquals(index, index1) ? starts1 : FindStarts(index);

    private AliasStarts FindStarts(NameIndex index)
    {
        var starts = Recall(memo?.Starts, index.Slot);
        if (starts is null)
        {
            var candidates = index.Candidates(KeyIn(index.Language), Folded);
            starts = candidates.Length == 0 ? AliasStarts.None : new AliasStarts(candidates, index.Language);
        }

        if (replaceSecond)
        {
            if (index1 is not null)
            {
                Remember(ref Memo.Starts, index1.Slot, starts1);
            }

            (index1, starts1) = (index, starts);
        }
        else
        {
            if (index0 is not null)
            {
                Remember(ref Memo.Starts, index0.Slot, starts0);
            }

            (index0, starts0) = (index, starts);
        }

        replaceSecond = !replaceSecond;
        return starts;
    }

    // A text in several languages (or a run of documents alternating between them) asks a word in
    // each in turn: the fields above hold the last language (or two indexes) asked, the memo what
    // they held before, so a word is stemmed and looked up once per language, not once per switch.
    // Only a word met in more than one language gets a memo.
    private FormMemo Memo => memo ??= new FormMemo();

    private static T? Recall<T>(T?[]? slots, int slot)
        where T : class =>
        slots is not null && slot < slots.Length ? slots[slot] : null;

    private static bool? Recall(ulong known, ulong yes, int slot) =>
        slot < LanguageSlots.Max && (known & (1UL << slot)) != 0 ? (yes & (1UL << slot)) != 0 : null;

    private static void Remember<T>(ref T?[]? slots, int slot, T value)
        where T : class
    {
        if (slot >= LanguageSlots.Max)
        {
            return;
        }

        if (slots is null || slot >= slots.Length)
        {
            Array.Resize(ref slots, slot + 1);
        }

        slots[slot] = value;
    }

    private static void Remember(ref ulong known, ref ulong yes, int slot, bool value)
    {
        if (slot < LanguageSlots.Max)
        {
            known |= 1UL << slot;
            yes = value ? yes | (1UL << slot) : yes & ~(1UL << slot);
        }
    }

    private sealed class FormMemo
    {
        public string?[]? Keys;
        public AliasStarts?[]? Starts;
        public ulong BorderKnown;
        public ulong Border;
        public ulong CommonKnown;
        public ulong Common;
    }
}

/// <summary>Small numbers for the gazetteer languages met, so a word form can keep a fact per language in an array or a bit.</summary>
internal static class LanguageSlots
{
    /// <summary>Slots from this one on are not remembered (there are far fewer languages and indexes).</summary>
    public const int Max = 64;

    // Copied on write: a lookup is a scan of a few references, without a lock.
    private static IGazetteerLanguage[] known = [];
    private static readonly Lock Gate = new();

    public static int Of(IGazetteerLanguage language)
    {
        var all = Volatile.Read(ref known);
        for (var k = 0; k < all.Length; k++)
        {
            if (ReferenceEquals(all[k], language))
            {
                return k;
            }
        }

        lock (Gate)
        {
            var index = Array.IndexOf(known, language);
            if (index < 0)
            {
                index = known.Length;
                Volatile.Write(ref known, [.. known, language]);
            }

            return index;
        }
    }
}

/// <summary>
/// The word forms met on this thread, found by their spelling without a string per occurrence: an
/// open-addressing table probed with a hash the tokenizer computes while it reads the word, so a
/// token costs one probe and one comparison of its letters.
/// </summary>
internal sealed class WordForms
{
    private const int MaxForms = 200_000;

    [ThreadStatic]
    private static WordForms? current;

    private Entry[] entries = new Entry[1 << 14];
    private int count;

    /// <summary>This thread's table.</summary>
    public static WordForms Current => current ??= new WordForms();

    public static WordForm Of(ReadOnlySpan<char> original) => Current.Find(original, Hash(original));

    /// <summary>The hash <see cref="Find"/> expects: <see cref="Step"/> over the characters, from <see cref="Seed"/>.</summary>
    public static uint Hash(ReadOnlySpan<char> original)
    {
        var h = Seed;
        foreach (var c in original)
        {
            h = Step(h, c);
        }

        return h;
    }

    public const uint Seed = 2166136261;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static uint Step(uint hash, char c) => (hash ^ c) * 16777619;

    /// <summary>The form of <paramref name="original"/>, whose <see cref="Hash"/> is <paramref name="hash"/>.</summary>
    public WordForm Find(ReadOnlySpan<char> original, uint hash) => Locate(original, hash).Form;

    /// <summary>
    /// As <see cref="Find"/>, adding the form to <paramref name="lowerCaseForms"/> if it starts with a
    /// lower-case letter and this is its first meeting under <paramref name="stamp"/> (a document scan):
    /// the stamp is kept in the table's entry, beside the spelling, so telling costs no other load.
    /// </summary>
    public WordForm Find(ReadOnlySpan<char> original, uint hash, int stamp, List<WordForm> lowerCaseForms)
    {
        ref var e = ref Locate(original, hash);
        if (e.Stamp != stamp && e.Stamp >= 0)
        {
            e.Stamp = stamp;
            lowerCaseForms.Add(e.Form);
        }

        return e.Form;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    private ref Entry Locate(ReadOnlySpan<char> original, uint hash)
    {
        var table = entries;
        var mask = table.Length - 1;
        var at = (int)(hash ^ (hash >> 15)) & mask;
        while (true)
        {
            ref var e = ref table[at];
            if (e.Original is null)
            {
                break;
            }

            // The spelling is read from the entry, not through the form: one object less to load per token.
            if (e.Hash == hash && original.SequenceEqual(e.Original))
            {
                return ref e;
            }

            at = (at + 1) & mask;
        }

        return ref Add(original, hash);
    }

    private ref Entry Add(ReadOnlySpan<char> original, uint hash)
    {
        if (count >= MaxForms)
        {
            // a long run of rare words: start again rather than grow without bound
            Array.Clear(entries);
            count = 0;
        }
        else if (2 * (count + 1) > entries.Length)
        {
            Grow();
        }

        var form = new WordForm(original.ToString());
        count++;
        return ref Insert(entries, new Entry(hash, form));
    }

    private void Grow()
    {
        var larger = new Entry[entries.Length * 2];
        foreach (var e in entries)
        {
            if (e.Original is not null)
            {
                Insert(larger, e);
            }
        }

        entries = larger;
    }

    private static ref Entry Insert(Entry[] table, Entry entry)
    {
        var mask = table.Length - 1;
        var at = (int)(entry.Hash ^ (entry.Hash >> 15)) & mask;
        while (table[at].Original is not null)
        {
            at = (at + 1) & mask;
        }

        table[at] = entry;
        return ref table[at];
    }

    /// <summary>A form with its hash and spelling; <see cref="Stamp"/> is the last scan that met it, or -1 for a form never listed (not lower case).</summary>
    private struct Entry(uint hash, WordForm form)
    {
        public readonly uint Hash = hash;
        public int Stamp = form.StartsLowerCase ? 0 : -1;
        public readonly string Original = form.Original;
        public readonly WordForm Form = form;
    }
}
