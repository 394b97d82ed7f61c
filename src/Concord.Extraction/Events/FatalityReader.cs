using Concord.Extraction.Lexicons;
using Concord.Model;

namespace Concord.Extraction.Events;

/// <summary>Deaths a clause states: the numbers whose nearest outcome word is a death word, summed.</summary>
internal sealed record FatalityReading(Fatalities Fatalities, IReadOnlyList<NumberExpression> Numbers, IReadOnlyList<Evidence> Evidence);

internal static class FatalityReader
{
    /// <summary>The deaths <paramref name="clause"/> states; <paramref name="folded"/> is its folded text.</summary>
    public static FatalityReading? Read(DocumentIndex index, TextSpan clause, ReadOnlySpan<char> folded, IExtractionLexicon lexicon)
    {
        // Most clauses tell no death: the first match decides before any list is made. Matches are
        // read as (index, length) on the clause's text (the same input, so the same matches): no
        // Match object per cue.
        var deathCue = lexicon.DeathCue.Hot();
        if (!FirstMatch(deathCue, folded, out var cue))
        {
            return null;
        }

        // The cues are all read only when a count needs its nearest one: most clauses hold none.
        List<(int Index, int Length)>? deathCues = null, otherCues = null;
        var counted = new List<NumberExpression>();
        foreach (var n in CountsIn(index, clause, lexicon))
        {
            deathCues ??= All(deathCue, folded);
            otherCues ??= All(lexicon.OtherOutcomeCue.Hot(), folded);
            int s = n.Span.Start - clause.Start, e = n.Span.End - clause.Start;
            var death = Nearest(deathCues, s, e);
            var other = Nearest(otherCues, s, e);
            if (death is not null && (other is null || death.Value <= other.Value))
            {
                counted.Add(n);
            }
        }

        var evidence = new List<Evidence>();
        evidence.Add(new Evidence("fatalities", "death-cue", new TextSpan(clause.Start + cue.Index, clause.Start + cue.Index + cue.Length), index.Text.Substring(clause.Start + cue.Index, cue.Length)));
        if (counted.Count == 0)
        {
            if (!FirstMatch(lexicon.SingleVictim.Hot(), folded, out var single))
            {
                return null;
            }

            var span = new TextSpan(clause.Start + single.Index, clause.Start + single.Index + single.Length);
            evidence.Add(new Evidence("number", "single-victim", span, index.Slice(span)));
            int victims = 1 + (SecondVictim(folded, single.Index + single.Length, lexicon) ? 1 : 0);
            return new FatalityReading(new Fatalities(victims, victims), [], evidence);
        }

        int low = 0;
        int? high = 0;
        var bySide = new List<SideCount>();
        foreach (var n in counted)
        {
            var (lo, hi) = DocumentIndex.Bounds(n);
            int nLow = (int)Math.Round(lo);
            int? nHigh = hi is null ? null : (int)Math.Round(hi.Value);
            low += nLow;
            high = high is null || nHigh is null ? null : high + nHigh;
            bySide.Add(new SideCount(SideOf(index, n) ?? "unknown", nLow, nHigh));
            evidence.Add(new Evidence("number", string.IsNullOrEmpty(n.Rule) ? "number" : n.Rule, n.Span, n.Text));
        }

        return new FatalityReading(new Fatalities(low, high) { BySide = bySide }, counted, evidence);
    }

    /// <summary>
    /// A second lone victim joined to the first ("an Azeri woman and her two-year-old grandchild were
    /// killed"): a joiner of the language, at most three words, then a victim noun.
    /// </summary>
    private static bool SecondVictim(ReadOnlySpan<char> folded, int after, IExtractionLexicon lexicon)
    {
        var rest = folded[after..Math.Min(folded.Length, after + 48)];
        if (!FirstMatch(lexicon.CivilianVictim.Hot(), rest, out var noun) && !FirstMatch(lexicon.CombatantVictim.Hot(), rest, out noun))
        {
            return false;
        }

        var words = rest[..noun.Index].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 4 && lexicon.DateListJoiner.IsMatch(" " + words[0] + " ") && !words.Any(w => w.Contains(',') || w.Contains('.'));
    }

    /// <summary>Numbers in a span that can count people: not dates, ages, durations, money or shares.</summary>
    public static IEnumerable<NumberExpression> CountsIn(DocumentIndex index, TextSpan span, IExtractionLexicon lexicon)
    {
        foreach (var n in index.NumbersIn(span))
        {
            if (n.Low < 1 || n.Low >= 10_000_000 || !string.IsNullOrEmpty(n.Unit) || OverlapsTime(index, n.Span) || IsCitationOrYear(index, n))
            {
                continue;
            }

            int afterEnd = Math.Min(index.Text.Length, n.Span.End + 25);
            if (lexicon.NotACountAfter.Hot().IsMatch(index.Folded.AsSpan(n.Span.End, afterEnd - n.Span.End)))
            {
                continue;
            }

            int beforeStart = Math.Max(span.Start, n.Span.Start - 60);
            if (lexicon.IncludingCue.Hot().IsMatch(index.Folded.AsSpan(beforeStart, n.Span.Start - beforeStart)))
            {
                continue;
            }

            yield return n;
        }
    }

    /// <summary>A citation marker ("[25]") or a bare four-digit year the tagger left untagged.</summary>
    public static bool IsCitationOrYear(DocumentIndex index, NumberExpression n)
    {
        var text = index.Text;
        bool bracketed = n.Span.Start > 0 && text[n.Span.Start - 1] == '[' && n.Span.End < text.Length && text[n.Span.End] == ']';
        bool citation = bracketed || (n.Span.Start >= 12 && text.AsSpan(n.Span.Start - 12, 12).Contains("[lower-", StringComparison.Ordinal));
        bool year = n.Text.Length == 4 && n.Low is >= 1800 and <= 2100 && !n.Text.AsSpan().ContainsAnyExceptInRange('0', '9');
        return citation || year;
    }

    public static bool OverlapsTime(DocumentIndex index, TextSpan span)
    {
        foreach (var t in index.TimesIn(new TextSpan(Math.Max(0, span.Start - 60), Math.Min(index.Text.Length, span.End + 60))))
        {
            if (t.Span.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    private static string? SideOf(DocumentIndex index, NumberExpression n)
    {
        var window = new TextSpan(n.Span.End, Math.Min(index.Text.Length, n.Span.End + 30));
        foreach (var a in index.ActorsIn(window))
        {
            return a.Actor;
        }

        return null;
    }

    /// <summary>The first match in <paramref name="text"/> (what <c>Match</c> gives), behind the pattern's literal gate.</summary>
    private static bool FirstMatch(GatedRegex regex, ReadOnlySpan<char> text, out (int Index, int Length) match)
    {
        if (regex.MayMatch(text))
        {
            foreach (var m in regex.Engine.EnumerateMatches(text))
            {
                match = (m.Index, m.Length);
                return true;
            }
        }

        match = default;
        return false;
    }

    /// <summary>Every match in <paramref name="text"/>, in order (what <c>Matches</c> gives), without Match objects.</summary>
    private static List<(int Index, int Length)> All(GatedRegex regex, ReadOnlySpan<char> text)
    {
        var all = new List<(int Index, int Length)>();
        if (regex.MayMatch(text))
        {
            foreach (var m in regex.Engine.EnumerateMatches(text))
            {
                all.Add((m.Index, m.Length));
            }
        }

        return all;
    }

    /// <summary>Distance from a number to the closest cue, preferring cues after it on ties.</summary>
    private static int? Nearest(List<(int Index, int Length)> cues, int start, int end)
    {
        int? best = null;
        foreach (var c in cues)
        {
            int d = c.Index >= end ? c.Index - end : start >= c.Index + c.Length ? start - (c.Index + c.Length) + 1 : 0;
            if (best is null || d < best)
            {
                best = d;
            }
        }

        return best;
    }
}
