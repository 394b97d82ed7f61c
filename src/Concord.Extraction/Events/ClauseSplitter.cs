using System.Buffers;
using System.Text.RegularExpressions;
using Concord.Extraction.Lexicons;
using Concord.Model;
using System.Runtime.CompilerServices;

namespace Concord.Extraction.Events;

/// <summary>
/// Cuts a sentence into clauses at the language's clause breaks, and before a comma that opens a
/// new dated clause ("…vyko atakos, 2016 metais … atakos tesesi"), so each clause can carry its
/// own event and date.
/// </summary>
internal static partial class ClauseSplitter
{
    /// <summary>
    /// The clauses of a sentence, computed once per document index: the event and figure passes
    /// both read them. The list is shared; callers must not change it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    public static List<TextSpan> Split(DocumentIndex index, Sentence sentence)
    {
        if (!index.Clauses.TryGetValue(sentence.Span.Start, out var clauses))
        {
            clauses = Compute(index, sentence);
            index.Clauses[sentence.Span.Start] = clauses;
        }

        return clauses;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    private static List<TextSpan> Compute(DocumentIndex index, Sentence sentence)
    {
        var lexicon = index.Lexicon(sentence);
        // The sentence's folded text, read in place: a sentence's copy would be made only to be scanned.
        var folded = index.Folded.AsSpan(sentence.Span.Start, sentence.Span.Length);
        // Sorted before use; a repeated cut is passed over below (it does not lie after the last one).
        List<int>? cuts = null;

        // Breaks are looked for with citation markers taken out (",[75] while" is ", while").
        // Without a bracket there is no citation, and the text maps to itself.
        if (folded.Contains('['))
        {
            // The text without citations and the map back, in pooled buffers (one sentence at a time).
            var plainBuffer = ArrayPool<char>.Shared.Rent(folded.Length);
            var map = ArrayPool<int>.Shared.Rent(folded.Length + 1);
            var plain = plainBuffer.AsSpan(0, WithoutCitations(folded, plainBuffer, map));
            foreach (var m in lexicon.ClauseBreak.Hot().EnumerateMatches(plain))
            {
                (cuts ??= []).Add(map[m.Index + (m.Length > 0 && plain[m.Index] == ' ' ? 1 : 0)]);
            }

            ArrayPool<int>.Shared.Return(map);
            ArrayPool<char>.Shared.Return(plainBuffer);
        }
        else
        {
            foreach (var m in lexicon.ClauseBreak.Hot().EnumerateMatches(folded))
            {
                (cuts ??= []).Add(m.Index + (m.Length > 0 && folded[m.Index] == ' ' ? 1 : 0));
            }
        }

        // A comma right before a date starts a new clause when words (not only a date list) precede it.
        int previousTimeEnd = 0;
        foreach (var time in index.TimesIn(sentence.Span))
        {
            int local = time.Span.Start - sentence.Span.Start;
            int back = local - 1;
            while (back >= 0 && folded[back] == ' ')
            {
                back--;
            }

            if (back > 0 && folded[back] == ',' && back > previousTimeEnd && HasWords(folded[previousTimeEnd..back]))
            {
                (cuts ??= []).Add(back + 1);
            }

            previousTimeEnd = Math.Max(previousTimeEnd, time.Span.End - sentence.Span.Start);
        }

        var clauses = new List<TextSpan>();
        int start = 0;
        if (cuts is not null)
        {
            cuts.Sort();
            foreach (int cut in cuts)
            {
                if (cut > start)
                {
                    AddTrimmed(clauses, sentence.Span.Start, folded, start, cut);
                    start = cut;
                }
            }
        }

        AddTrimmed(clauses, sentence.Span.Start, folded, start, folded.Length);
        return clauses;
    }

    /// <summary>
    /// Writes <paramref name="text"/> without its citation markers into <paramref name="plain"/> and,
    /// for each character written (and the end), its offset in the text into <paramref name="map"/>;
    /// returns the length written.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    private static int WithoutCitations(ReadOnlySpan<char> text, Span<char> plain, Span<int> map)
    {
        int length = 0;
        int i = 0;
        foreach (var c in Citations().EnumerateMatches(text))
        {
            for (; i < c.Index; i++)
            {
                plain[length] = text[i];
                map[length++] = i;
            }

            i = c.Index + c.Length;
        }

        for (; i < text.Length; i++)
        {
            plain[length] = text[i];
            map[length++] = i;
        }

        map[length] = text.Length;
        return length;
    }

    /// <summary>Whether <paramref name="text"/> holds a word, citation markers taken out (a copy is made only when it holds one).</summary>
    private static bool HasWords(ReadOnlySpan<char> text) =>
        text.Contains('[') ? WordsRegex().IsMatch(Citations().Replace(text.ToString(), string.Empty)) : WordsRegex().IsMatch(text);

    public static string StripCitations(string text) => Citations().Replace(text, string.Empty);

    private static void AddTrimmed(List<TextSpan> clauses, int offset, ReadOnlySpan<char> folded, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(folded[start]) || folded[start] is ';' or ','))
        {
            start++;
        }

        // A citation left at the head of a clause belongs to the clause before.
        if (start < end && folded[start] == '[')
        {
            // The pattern is anchored (\G): a match, if any, is the one at the clause's head.
            var head = LeadingCitations().EnumerateMatches(folded[start..end]);
            if (head.MoveNext())
            {
                start += head.Current.Length;
            }
        }

        while (end > start && (char.IsWhiteSpace(folded[end - 1]) || folded[end - 1] is ';' or ','))
        {
            end--;
        }

        if (end > start)
        {
            clauses.Add(new TextSpan(offset + start, offset + end));
        }
    }

    [GeneratedRegex(@"\[[^\]]{0,40}\]")]
    private static partial Regex Citations();

    [GeneratedRegex(@"\G(\[[^\]]{0,40}\]\s*)+")]
    private static partial Regex LeadingCitations();

    [GeneratedRegex(@"\p{L}{3,}")]
    private static partial Regex WordsRegex();
}
