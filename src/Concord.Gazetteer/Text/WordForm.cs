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
        Head = WordForms.HeadOf(original);
        Stamp = StartsLowerCase ? 0 : -1;
    }

    /// <summary>The spelling's length and first letters, packed (<see cref="WordForms.HeadOf"/>): what the table compares first.</summary>
    public ulong Head { get; }

    /// <summary>The last document scan that listed this form as lower case (<see cref="WordForms.Find(ReadOnlySpan{char}, uint, int, List{WordForm})"/>), or -1 for a form never listed (not lower case).</summary>
    public int Stamp { get; set; }

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
/// <remarks>
/// The probe reads a compact array of hash tags (4 bytes a slot), and only on an equal tag the slot's
/// form, whose length and first letters (<see cref="WordForm.Head"/>) tell a short word without its
/// spelling: the table of a large vocabulary does not fit the core's cache, and an entry of hash,
/// spelling and form (24 bytes) cost a cache miss per token before its form was even read.
/// </remarks>
internal sealed class WordForms
{
    private const int MaxForms = 200_000;

    // How many first characters a form's head holds beside the length.
    private const int HeadChars = 3;

    [ThreadStatic]
    private static WordForms? current;

    // Slot k: the tag (hash with its low bit set; 0 = free) and the form.
    private uint[] tags = new uint[1 << 14];
    private WordForm?[] forms = new WordForm?[1 << 14];
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

    /// <summary>The length (capped) and the first <see cref="HeadChars"/> characters (zero past the end), packed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong HeadOf(ReadOnlySpan<char> word)
    {
        var head = (ulong)Math.Min(word.Length, ushort.MaxValue);
        for (var k = 0; k < HeadChars && k < word.Length; k++)
        {
            head |= (ulong)word[k] << (16 * (k + 1));
        }

        return head;
    }

    /// <summary>The form of <paramref name="original"/>, whose <see cref="Hash"/> is <paramref name="hash"/>.</summary>
    public WordForm Find(ReadOnlySpan<char> original, uint hash) => Locate(original, hash);

    /// <summary>
    /// As <see cref="Find"/>, adding the form to <paramref name="lowerCaseForms"/> if it starts with a
    /// lower-case letter and this is its first meeting under <paramref name="stamp"/> (a document scan):
    /// the stamp is kept in the form (<see cref="WordForm.Stamp"/>), which the caller reads anyway.
    /// </summary>
    public WordForm Find(ReadOnlySpan<char> original, uint hash, int stamp, List<WordForm> lowerCaseForms)
    {
        var form = Locate(original, hash);
        if (form.Stamp != stamp && form.Stamp >= 0)
        {
            form.Stamp = stamp;
            lowerCaseForms.Add(form);
        }

        return form;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    private WordForm Locate(ReadOnlySpan<char> original, uint hash)
    {
        var tags = this.tags;
        var mask = tags.Length - 1;
        var tag = hash | 1;
        var at = Slot(tag, mask);
        ulong head = 0;
        var headKnown = false;
        while (true)
        {
            var t = tags[at];
            if (t == 0)
            {
                break;
            }

            if (t == tag)
            {
                if (!headKnown)
                {
                    head = HeadOf(original);
                    headKnown = true;
                }

                var form = forms[at]!;
                if (form.Head == head
                    && (original.Length <= HeadChars || original[HeadChars..].SequenceEqual(form.Original.AsSpan(HeadChars))))
                {
                    return form;
                }
            }

            at = (at + 1) & mask;
        }

        return Add(original, tag);
    }

    private static int Slot(uint tag, int mask) => (int)(tag ^ (tag >> 15)) & mask;

    private WordForm Add(ReadOnlySpan<char> original, uint tag)
    {
        if (count >= MaxForms)
        {
            // a long run of rare words: start again rather than grow without bound
            Array.Clear(tags);
            Array.Clear(forms);
            count = 0;
        }
        else if (2 * (count + 1) > tags.Length)
        {
            Grow();
        }

        var form = new WordForm(original.ToString());
        count++;
        Insert(tags, forms, tag, form);
        return form;
    }

    private void Grow()
    {
        var largerTags = new uint[tags.Length * 2];
        var largerForms = new WordForm?[tags.Length * 2];
        for (var k = 0; k < tags.Length; k++)
        {
            if (tags[k] != 0)
            {
                Insert(largerTags, largerForms, tags[k], forms[k]!);
            }
        }

        tags = largerTags;
        forms = largerForms;
    }

    private static void Insert(uint[] tags, WordForm?[] forms, uint tag, WordForm form)
    {
        var mask = tags.Length - 1;
        var at = Slot(tag, mask);
        while (tags[at] != 0)
        {
            at = (at + 1) & mask;
        }

        tags[at] = tag;
        forms[at] = form;
    }
}
