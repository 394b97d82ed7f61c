using Concord.Model;

namespace Concord.Segmenting;

/// <summary>
/// A paragraph as the segmenter sees it: one line, or several when a hard-wrapped line continues
/// on the next ("…the line of\ncontact…"). Knows whether blank lines surround it, which is what
/// tells a heading from a line of an infobox.
/// </summary>
public sealed class ParagraphBlock
{
    private string? text;

    public required TextSpan Span { get; init; }

    /// <summary>The whole document's text; the paragraph is <see cref="Span"/> of it.</summary>
    public required string Source { get; init; }

    /// <summary>The paragraph's text as a string, made only when asked (long paragraphs are read as <see cref="Chars"/>).</summary>
    public string Text => text ??= Source.Substring(Span.Start, Span.Length);

    /// <summary>The paragraph's characters, without a copy.</summary>
    public ReadOnlySpan<char> Chars => Source.AsSpan(Span.Start, Span.Length);

    public int Length => Span.Length;

    public bool BlankBefore { get; init; }

    public bool BlankAfter { get; set; }

    /// <summary>Starts with a list marker ("•", "-", "*", "1.", "12.").</summary>
    public bool IsListItem { get; init; }

    /// <summary>Markdown ATX heading level (1–6), or 0.</summary>
    public int MarkdownHeadingLevel { get; init; }

    public SectionKind Kind { get; set; } = SectionKind.Body;

    /// <summary>True when this paragraph is a heading that updates the heading of following sentences.</summary>
    public bool IsHeading { get; set; }

    /// <summary>True when this heading is a known section title ("References", "Skatīt arī").</summary>
    public bool IsSectionTitle { get; set; }

    public string Language { get; set; } = "und";

    public double LanguageConfidence { get; set; }

    /// <summary>The citation cues this paragraph was found to lack when it was tested as a whole (its sentences lack them too).</summary>
    public CitationCues CitationCues { get; set; } = CitationCues.Unknown;

    public override string ToString() => $"{Kind} {Span} {Text}";

    [ThreadStatic]
    private static List<(int Start, int End, bool BlankBefore)>? lineScratch;

    /// <summary>Splits text into paragraphs: non-blank lines, joining hard-wrapped continuations.</summary>
    public static List<ParagraphBlock> Split(string text)
    {
        // The lines go into one reused list per thread; the blocks list is made with room for every
        // line (an upper bound of the blocks), so neither grows per document.
        var lines = lineScratch ??= [];
        lines.Clear();
        bool blankBefore = true;
        int pos = 0;
        while (pos <= text.Length)
        {
            int nl = text.IndexOf('\n', pos);
            int lineEnd = nl < 0 ? text.Length : nl;
            int s = pos, e = lineEnd;
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            if (e > s)
            {
                lines.Add((s, e, blankBefore));
                blankBefore = false;
            }
            else
            {
                blankBefore = true;
            }

            if (nl < 0)
            {
                break;
            }

            pos = nl + 1;
        }

        var blocks = new List<ParagraphBlock>(lines.Count);
        for (int i = 0; i < lines.Count; i++)
        {
            var (start, end, before) = lines[i];
            while (i + 1 < lines.Count && !lines[i + 1].BlankBefore && IsContinuation(text, lines[i].Start, lines[i].End, lines[i + 1].Start))
            {
                i++;
                end = lines[i].End;
            }

            var first = text.AsSpan(start, end - start);
            blocks.Add(new ParagraphBlock
            {
                Span = new TextSpan(start, end),
                Source = text,
                BlankBefore = before,
                IsListItem = IsListMarker(first),
                MarkdownHeadingLevel = MarkdownLevel(first),
            });
        }

        for (int i = 0; i < blocks.Count; i++)
        {
            blocks[i].BlankAfter = i + 1 == blocks.Count || blocks[i + 1].BlankBefore;
        }

        return blocks;
    }

    /// <summary>A wrapped line: the previous line is long and unfinished, the next starts in lower case.</summary>
    private static bool IsContinuation(string text, int prevStart, int prevEnd, int nextStart)
    {
        var prev = text.AsSpan(prevStart, prevEnd - prevStart);
        var next = text.AsSpan(nextStart);
        if (prev.Length < 40 || MarkdownLevel(prev) > 0 || !prev.Contains(' ')
            || next.StartsWith("http", StringComparison.Ordinal) || next.StartsWith("www.", StringComparison.Ordinal))
        {
            return false;
        }

        char last = text[prevEnd - 1];
        return last is not ('.' or '!' or '?' or ':' or ';' or '…') && char.IsLower(text[nextStart]);
    }

    private static bool IsListMarker(ReadOnlySpan<char> line)
    {
        if (line.Length < 2)
        {
            return false;
        }

        if (line[0] is '•' or '·' or '▪' or '◦' or '‣' or '–' or '-' or '*' or '+' && line[1] == ' ')
        {
            return true;
        }

        int k = 0;
        while (k < line.Length && k < 4 && char.IsDigit(line[k]))
        {
            k++;
        }

        return k > 0 && k + 1 < line.Length && line[k] is '.' or ')' && line[k + 1] == ' ';
    }

    private static int MarkdownLevel(ReadOnlySpan<char> line)
    {
        int k = 0;
        while (k < line.Length && line[k] == '#')
        {
            k++;
        }

        return k is >= 1 and <= 6 && k < line.Length && line[k] == ' ' ? k : 0;
    }
}
