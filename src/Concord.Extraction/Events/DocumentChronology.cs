using System.Runtime.CompilerServices;
using Concord.Model;

namespace Concord.Extraction.Events;

/// <summary>
/// What a document's own dates say about when it was written: no earlier than the latest date it
/// states. Without a document date, "2021–present" or "during the 2020s" cannot run past that
/// date (a document does not tell what happened after it was written).
/// </summary>
internal static class DocumentChronology
{
    private static readonly ConditionalWeakTable<DocumentIndex, StrongBox<DateOnly?>> Latest = new();

    /// <summary>The document's date when given, else the last day of the latest date its body states.</summary>
    public static DateOnly? WrittenNoEarlierThan(DocumentIndex index) =>
        Latest.GetValue(index, i => new StrongBox<DateOnly?>(Compute(i))).Value;

    private static DateOnly? Compute(DocumentIndex index)
    {
        if (index.Document.DocumentDate is { } given)
        {
            return given;
        }

        // Dates the text states itself, at year precision or finer: open ranges ("–present") and
        // relative ones need a document date, and a decade ("the 2020s") runs past what is known.
        var clock = DateOnly.FromDateTime(DateTime.UtcNow);
        DateOnly? latest = null;
        foreach (var sentence in index.Document.Sentences.Where(s => s.Section.IsExtractable() || s.Section == SectionKind.Heading))
        {
            foreach (var t in index.TimesIn(sentence.Span))
            {
                if (t.NeedsDocumentDate || t.Type != TimexType.Date || t.Precision is DatePrecision.Decade or DatePrecision.Century or DatePrecision.Unknown)
                {
                    continue;
                }

                if (IsoInterval.Of(t.RangeStart, t.RangeEnd) is { } iv && iv.Last <= clock && (latest is null || iv.Last > latest))
                {
                    latest = iv.Last;
                }
            }
        }

        // "Date 20 February 1988 – present (36 years, 2 months and 1 week)": the text says how long
        // ago its open range began, which dates the text itself.
        var all = index.Times;
        for (int i = 0; i < all.Count; i++)
        {
            var open = all[i];
            if (!open.NeedsDocumentDate || open.Type != TimexType.Date || open.RangeStart is not { Length: >= 7 } || IsoInterval.Of(open.RangeStart, open.RangeStart) is not { } begun)
            {
                continue;
            }

            var present = begun.First;
            int end = open.Span.End, counted = 0;
            for (int j = i + 1; j < all.Count && all[j].Type == TimexType.Duration && all[j].Span.Start - end <= 6
                 && !index.Text.AsSpan(end, all[j].Span.Start - end).ContainsAny("0123456789.;"); j++)
            {
                present = Added(present, all[j].Value);
                end = all[j].Span.End;
                counted++;
            }

            if (counted > 0 && present <= clock && (latest is null || present > latest))
            {
                latest = present;
            }
        }

        return latest;
    }

    private static DateOnly Added(DateOnly date, string duration)
    {
        if (duration.Length < 3 || duration[0] != 'P' || !int.TryParse(duration.AsSpan(1, duration.Length - 2), out int n))
        {
            return date;
        }

        return duration[^1] switch
        {
            'Y' => date.AddYears(n),
            'M' => date.AddMonths(n),
            'W' => date.AddDays(7 * n),
            'D' => date.AddDays(n),
            _ => date,
        };
    }

    /// <summary>
    /// An event's end cut at the date the document was written no earlier than, at the end's own
    /// precision ("2021–present" → 2021..2024 when 2024 is the latest year the document states).
    /// </summary>
    public static EventDate WithinDocument(DocumentIndex index, EventDate date)
    {
        if (date.End is null || WrittenNoEarlierThan(index) is not { } written || IsoInterval.Of(date.End, date.End) is not { } end || end.First <= written)
        {
            return date;
        }

        var cut = date.End.Length switch
        {
            4 => written.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture),
            7 => written.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
            _ => written.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
        return IsoInterval.Of(date.Start, cut) is null ? date : date with { End = cut, Rule = date.Rule + "+within-document" };
    }
}
