using Concord.Language;
using Concord.Model;

namespace Concord.Segmenting;

/// <summary>
/// Decides the kind of each paragraph: headings and captions, navigation lines, the infobox of a
/// wiki-like article (a dense block of short label/value lines near the top), flattened tables
/// (dense blocks of short lines with numbers), and reference / "see also" sections (opened by a
/// known title, or recognised as a run of citation-like lines).
/// </summary>
public sealed partial class SectionClassifier(IReadOnlyList<ISegmentationRules> allRules, CitationLikeness citations)
{
    private const int ShortLine = 130;
    private const int MaxHeadingLength = 90;
    private const int MaxHeadingWords = 12;
    private const int MaxHeadingWordsBeforeCaption = 8;
    private const int MinInfoboxLines = 6;
    private const int MinTableLines = 3;
    private const int MinCitationRun = 3;

    private readonly int longestSectionTitle = LongestSectionTitle(allRules);

    // Navigation lines of every language, in order; a line of four or more words also matches as a prefix.
    private readonly (string Line, bool AsPrefix)[] navigationLines = NavigationLines(allRules);

    // The key lengths a navigation line can match (a key has the trimmed line's length): bit n of
    // word n / 64 for an exact line of length n, and the shortest prefix line. Most short lines
    // have another length, and are told apart without their key.
    private readonly (ulong[] Exact, int ShortestPrefix) navigationLengths = NavigationLengths(allRules);

    // Both built by plain loops: Linq over (string, bool) and ints was framework generic code no
    // precompiled image holds, jitted on every start (notes/performance.md, session 9).
    private static int LongestSectionTitle(IReadOnlyList<ISegmentationRules> rules)
    {
        int longest = 0;
        foreach (var r in rules)
        {
            // A dictionary's keys through its own struct enumerator (precompiled with this code);
            // the interface's key enumerator is generic code jitted on every start.
            if (r.SectionTitles is Dictionary<string, SectionKind> titles)
            {
                foreach (var title in titles.Keys)
                {
                    longest = Math.Max(longest, title.Length);
                }

                continue;
            }

            foreach (var title in r.SectionTitles.Keys)
            {
                longest = Math.Max(longest, title.Length);
            }
        }

        return longest;
    }

    private static (string Line, bool AsPrefix)[] NavigationLines(IReadOnlyList<ISegmentationRules> rules)
    {
        var lines = new List<string>();
        foreach (var r in rules)
        {
            lines.AddRange(r.NavigationLines);
        }

        var result = new (string Line, bool AsPrefix)[lines.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = (lines[i], lines[i].AsSpan().Count(' ') >= 3);
        }

        return result;
    }

    public void Classify(IReadOnlyList<ParagraphBlock> blocks, int textLength)
    {
        MarkNavigationAndTitles(blocks);
        MarkInfobox(blocks, textLength);
        MarkTables(blocks);
        MarkHeadings(blocks);
        MarkTitledReferenceSections(blocks);
        MarkCitationRuns(blocks);
    }

    public SectionKind? SectionTitleKind(string text) => SectionTitleKind(text.AsSpan());

    /// <summary>The kind of section a known title opens ("References" → References), or null.</summary>
    public SectionKind? SectionTitleKind(ReadOnlySpan<char> text)
    {
        // The key has as many characters as the trimmed line (folding and lower-casing keep the
        // length), so a line longer than every title is none, without folding a whole paragraph.
        var line = text.TrimStart("# ");
        int length = ResourceSegmentationRules.KeyLength(line);
        if (length > longestSectionTitle)
        {
            return null;
        }

        Span<char> buffer = length <= 128 ? stackalloc char[2 * length] : new char[2 * length];
        var key = KeyOf(line, buffer);
        for (int i = 0; i < allRules.Count; i++)
        {
            // Indexed, not foreach: the interface's enumerator would be an object per call.
            if (TryGetTitle(allRules[i].SectionTitles, key, out var kind))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>
    /// <see cref="ResourceSegmentationRules.Key"/> of a line written into <paramref name="buffer"/>
    /// (twice the key's length): the same characters, without the strings of trimming, folding and
    /// lower-casing one by one. Folding is per character and keeps ASCII, as <see cref="TextFolding.Fold"/>.
    /// </summary>
    private static ReadOnlySpan<char> KeyOf(ReadOnlySpan<char> line, Span<char> buffer)
    {
        var trimmed = line.Trim().TrimEnd(":. \u00A0");
        var folded = buffer[..trimmed.Length];
        for (int i = 0; i < trimmed.Length; i++)
        {
            folded[i] = TextFolding.FoldChar(trimmed[i]);
        }

        var key = buffer.Slice(trimmed.Length, trimmed.Length);
        folded.ToLowerInvariant(key);
        return key;
    }

    private static bool TryGetTitle(IReadOnlyDictionary<string, SectionKind> titles, ReadOnlySpan<char> key, out SectionKind kind) =>
        titles is Dictionary<string, SectionKind> d && d.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup)
            ? lookup.TryGetValue(key, out kind)
            : titles.TryGetValue(key.ToString(), out kind);

    private static (ulong[] Exact, int ShortestPrefix) NavigationLengths(IReadOnlyList<ISegmentationRules> rules)
    {
        var lines = NavigationLines(rules);
        int longest = 0, shortestPrefix = int.MaxValue;
        foreach (var (line, asPrefix) in lines)
        {
            longest = Math.Max(longest, line.Length);
            if (asPrefix)
            {
                shortestPrefix = Math.Min(shortestPrefix, line.Length);
            }
        }

        var exact = new ulong[(longest / 64) + 1];
        foreach (var (line, _) in lines)
        {
            exact[line.Length / 64] |= 1UL << (line.Length % 64);
        }

        return (exact, shortestPrefix);
    }

    /// <summary>Whether a key of this length can equal a navigation line or start with a prefix one.</summary>
    private bool MayBeNavigationLength(int length)
    {
        var (exact, shortestPrefix) = navigationLengths;
        return length >= shortestPrefix || (length / 64 < exact.Length && (exact[length / 64] & (1UL << (length % 64))) != 0);
    }

    private bool IsNavigation(ReadOnlySpan<char> text)
    {
        // The key's length is the trimmed line's (KeyOf folds and lower-cases in place).
        if (!MayBeNavigationLength(ResourceSegmentationRules.KeyLength(text)))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[2 * text.Length];
        var key = KeyOf(text, buffer);
        foreach (var (nav, asPrefix) in navigationLines)
        {
            if (key.SequenceEqual(nav.AsSpan()) || (asPrefix && key.StartsWith(nav, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private void MarkNavigationAndTitles(IReadOnlyList<ParagraphBlock> blocks)
    {
        foreach (var b in blocks)
        {
            if (b.Length <= 120 && IsNavigation(b.Chars))
            {
                b.Kind = SectionKind.Navigation;
            }
        }
    }

    /// <summary>The first dense run of short lines in the first third of the text is an infobox.</summary>
    private static void MarkInfobox(IReadOnlyList<ParagraphBlock> blocks, int textLength)
    {
        int i = 0;
        while (i < blocks.Count && blocks[i].Span.Start < textLength / 3)
        {
            int j = i;
            while (j < blocks.Count && blocks[j].Length < ShortLine && !EndsLikeProse(blocks[j].Chars))
            {
                j++;
            }

            int count = j - i;
            if (count >= MinInfoboxLines)
            {
                int dense = 0;
                for (int k = i; k < j; k++)
                {
                    if ((k > i && !blocks[k].BlankBefore) || (k + 1 < j && !blocks[k].BlankAfter))
                    {
                        dense++;
                    }
                }

                if (dense * 10 >= count * 6)
                {
                    for (int k = i; k < j; k++)
                    {
                        blocks[k].Kind = SectionKind.Infobox;
                    }

                    return;
                }
            }

            i = Math.Max(j, i + 1);
        }
    }

    /// <summary>Runs of adjacent short lines, most with numbers and none ending a sentence, are flattened table rows.</summary>
    private void MarkTables(IReadOnlyList<ParagraphBlock> blocks)
    {
        int i = 0;
        while (i < blocks.Count)
        {
            int j = i + 1;
            while (j < blocks.Count && !blocks[j].BlankBefore)
            {
                j++;
            }

            // Loops over the run blocks[i..j) (no list, iterator or closure per paragraph).
            if (j - i >= MinTableLines && AllTableRowLike(blocks, i, j) && WithDigits(blocks, i, j) * 2 > j - i)
            {
                for (int k = i; k < j; k++)
                {
                    blocks[k].Kind = SectionKind.Table;
                }
            }

            i = j;
        }
    }

    private bool AllTableRowLike(IReadOnlyList<ParagraphBlock> blocks, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            var b = blocks[k];
            if (!(b.Kind == SectionKind.Body && !b.IsListItem && b.Length < 200 && !EndsLikeProse(b.Chars, CapitalisesNouns(b.Language))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many blocks of the run have a digit.</summary>
    private static int WithDigits(IReadOnlyList<ParagraphBlock> blocks, int from, int to)
    {
        int count = 0;
        for (int k = from; k < to; k++)
        {
            foreach (char c in blocks[k].Chars)
            {
                if (char.IsDigit(c))
                {
                    count++;
                    break;
                }
            }
        }

        return count;
    }

    private void MarkHeadings(IReadOnlyList<ParagraphBlock> blocks)
    {
        var headingLike = new bool[blocks.Count];
        for (int k = 0; k < blocks.Count; k++)
        {
            headingLike[k] = blocks[k].Kind == SectionKind.Body && IsHeadingLike(blocks[k]);
        }

        for (int i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (!headingLike[i])
            {
                continue;
            }

            // A caption: a heading-like line with a comma ("Pro-war demonstration in Baku, …"), or the
            // last of three or more heading-like lines right before the text (section, subsection, caption).
            bool lastBeforeBody = i + 1 < blocks.Count && !headingLike[i + 1] && blocks[i + 1].Kind == SectionKind.Body;
            bool thirdInRun = i >= 2 && headingLike[i - 1] && headingLike[i - 2];
            if (b.MarkdownHeadingLevel == 0 && SectionTitleKind(b.Chars) is null
                && (b.Chars.Contains(", ", StringComparison.Ordinal) || WordCount(b.Chars) > MaxHeadingWordsBeforeCaption
                    || (lastBeforeBody && thirdInRun)))
            {
                b.Kind = SectionKind.Caption;
                continue;
            }

            b.Kind = SectionKind.Heading;
            b.IsHeading = true;
        }

        MarkCaptions(blocks);
    }

    /// <summary>
    /// One or two short lines standing between blank lines and not ending like a sentence are an
    /// image caption (and its alt text): prose paragraphs end with punctuation, headings are shorter.
    /// </summary>
    private void MarkCaptions(IReadOnlyList<ParagraphBlock> blocks)
    {
        int i = 0;
        while (i < blocks.Count)
        {
            int j = i + 1;
            while (j < blocks.Count && !blocks[j].BlankBefore)
            {
                j++;
            }

            if (j - i <= 2 && blocks[i].BlankBefore && blocks[j - 1].BlankAfter)
            {
                if (AllCaptionLike(blocks, i, j))
                {
                    for (int k = i; k < j; k++)
                    {
                        blocks[k].Kind = SectionKind.Caption;
                    }
                }
            }

            i = j;
        }
    }

    private bool AllCaptionLike(IReadOnlyList<ParagraphBlock> blocks, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            var b = blocks[k];
            if (!(b.Kind == SectionKind.Body && !b.IsListItem && b.Length < 200 && !EndsWithSentencePunctuation(b.Chars) && !citations.IsCitation(b.Chars)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool EndsWithSentencePunctuation(ReadOnlySpan<char> text)
    {
        var bare = WithoutTrailingCitations(text).TrimEnd("\"'”’»)");
        return bare.Length > 0 && bare[^1] is '.' or '!' or '?' or '…' or ':' or ';';
    }

    /// <summary>
    /// The text without the citation markers it ends with ("…ceasefire.[64][65]" → "…ceasefire."),
    /// as <c>TrailingCitations().Replace(text, "")</c> leaves it, without a string: a paragraph
    /// does not end in a line break (it is trimmed), so the pattern's one match is the run that
    /// reaches the end, found first at its leftmost start.
    /// </summary>
    private static ReadOnlySpan<char> WithoutTrailingCitations(ReadOnlySpan<char> text)
    {
        if (!text.EndsWith(']'))
        {
            return text;
        }

        foreach (var m in TrailingCitations().EnumerateMatches(text))
        {
            return text[..m.Index];
        }

        return text;
    }

    /// <summary>What text.Split(' ').Length counts, without the array.</summary>
    private static int WordCount(ReadOnlySpan<char> text) => text.Count(' ') + 1;

    private static bool HasLetterOrDigit(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsHeadingLike(ParagraphBlock b)
    {
        if (b.MarkdownHeadingLevel > 0)
        {
            return true;
        }

        // Longer than a heading: neither a known title nor heading-like (no need for its text).
        if (b.Length > MaxHeadingLength)
        {
            return false;
        }

        var text = b.Chars;
        if (SectionTitleKind(text) is not null)
        {
            return true;
        }

        if (!b.BlankBefore || !b.BlankAfter || b.IsListItem || text.Length > MaxHeadingLength
            || text.Contains('\n') || WordCount(text) > MaxHeadingWords)
        {
            return false;
        }

        // "…ceasefire.[64]" ends a sentence: look at the last character before citation markers.
        // The pattern ends at the end of the text (which has no line break here), after a "]".
        var bare = WithoutTrailingCitations(text);
        if (bare.Length == 0)
        {
            return false;
        }

        char last = bare[^1];
        if (last is '.' or '!' or '?' or ';' or ',' or ':' or '…' || !HasLetterOrDigit(text) || citations.IsCitation(text))
        {
            return false;
        }

        // A letter or digit is there (above), and it is not punctuation: the loop finds one.
        char first = '\0';
        foreach (char c in text)
        {
            if (!char.IsPunctuation(c) || c == '(')
            {
                first = c;
                break;
            }
        }

        return char.IsUpper(first) || char.IsDigit(first);
    }

    /// <summary>A known title ("References", "Atsauces", "Šaltiniai") opens a section that runs until a heading followed by prose.</summary>
    private void MarkTitledReferenceSections(IReadOnlyList<ParagraphBlock> blocks)
    {
        SectionKind? open = null;
        for (int i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            var titleKind = b.Length <= MaxHeadingLength && !b.IsListItem
                ? SectionTitleKind(b.Chars)
                : null;
            if (titleKind is { } kind && kind != SectionKind.Body)
            {
                open = kind;
                b.IsHeading = true;
                b.IsSectionTitle = true;
                b.Kind = kind;
                continue;
            }

            if (open is null)
            {
                continue;
            }

            if (b.IsHeading && i + 1 < blocks.Count && blocks[i + 1].Length >= 150
                && CitationLikeness.IsProse(blocks[i + 1].Chars) && !citations.IsCitation(blocks[i + 1].Chars))
            {
                open = null;
                continue;
            }

            b.Kind = open.Value;
        }
    }

    /// <summary>
    /// Three or more citation-like lines, with at most two short other lines between neighbours,
    /// are a reference list. Citation checks are computed once per paragraph, so this stays linear.
    /// </summary>
    private void MarkCitationRuns(IReadOnlyList<ParagraphBlock> blocks)
    {
        const int MaxGap = 2;
        var isCitation = new bool[blocks.Count];
        for (int b = 0; b < blocks.Count; b++)
        {
            isCitation[b] = IsCitationBlock(blocks[b]);
        }

        int i = 0;
        while (i < blocks.Count)
        {
            if (!isCitation[i])
            {
                i++;
                continue;
            }

            int end = i, count = 0, gap = 0;
            for (int k = i; k < blocks.Count; k++)
            {
                if (isCitation[k])
                {
                    count++;
                    end = k;
                    gap = 0;
                }
                else if (blocks[k].Length >= 80 || blocks[k].IsHeading || ++gap > MaxGap)
                {
                    break;
                }
            }

            if (count >= MinCitationRun)
            {
                for (int k = i; k <= end; k++)
                {
                    if (blocks[k].Kind is SectionKind.Body or SectionKind.Caption)
                    {
                        blocks[k].Kind = SectionKind.References;
                    }
                }
            }

            i = end + 1;
        }
    }

    private bool IsCitationBlock(ParagraphBlock b)
    {
        if (b.Kind is not (SectionKind.Body or SectionKind.Caption or SectionKind.References))
        {
            return false;
        }

        bool citation = citations.IsCitation(b.Chars, CitationCues.Unknown, out var cues);
        b.CitationCues = cues;
        return citation;
    }

    private static bool EndsLikeProse(ReadOnlySpan<char> text, bool capitalisesNouns = false) => text.Length > 60 && text[^1] is '.' or '!' or '?' && !text.EndsWith("...", StringComparison.Ordinal) && CitationLikeness.IsProse(text, capitalisesNouns);

    private bool CapitalisesNouns(string? language)
    {
        for (int i = 0; i < allRules.Count; i++)
        {
            if (allRules[i].Language == language && allRules[i].CapitalisesNouns)
            {
                return true;
            }
        }

        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:\[[^\]\n]{1,40}\])+$")]
    private static partial System.Text.RegularExpressions.Regex TrailingCitations();
}
