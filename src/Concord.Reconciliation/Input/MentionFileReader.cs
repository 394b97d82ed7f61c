using System.Text.Json;
using Concord.Model;

namespace Concord.Reconciliation.Input;

/// <summary>
/// Reads mentions from JSON Lines in the scoring contract (shared/eval/GUIDELINES.md): gold files
/// (quote only, location as a name) and Concord's own export (start/end offsets, location object).
/// Spans are taken from start/end when they match the quote, else from the quote's first
/// occurrence in the document, as the scorer does.
/// </summary>
public static class MentionFileReader
{
    public static IReadOnlyList<Mention> Read(string path, IReadOnlyDictionary<string, ReconDocument> documents)
    {
        var result = new List<Mention>();
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var m = FromJson(json.RootElement, documents);
            if (m is not null)
            {
                result.Add(m);
            }
        }

        return result;
    }

    public static Mention? FromJson(JsonElement o, IReadOnlyDictionary<string, ReconDocument> documents)
    {
        string doc = Str(o, "doc") ?? "";

        // Stores may name a document by its file name without the extension.
        if (!documents.TryGetValue(doc, out var document) && !documents.TryGetValue(Path.GetFileNameWithoutExtension(doc), out document))
        {
            return null;
        }

        doc = document.Name;

        string quote = Str(o, "quote") ?? "";
        var span = FindSpan(document.Text, quote, Int(o, "start"), Int(o, "end"));
        if (span is null)
        {
            return null;
        }

        var kind = Str(o, "kind") == "figure" ? MentionKind.Figure : MentionKind.Event;
        return new Mention
        {
            Id = Str(o, "id") ?? $"{doc}@{span.Value.Start}",
            Doc = doc,
            Kind = kind,
            Span = span.Value,
            Quote = span.Value.Slice(document.Text),
            Language = Str(o, "language") ?? document.Language,
            EventType = Str(o, "event_type"),
            SubEventType = Str(o, "sub_event_type"),
            DateStart = Str(o, "date_start"),
            DateEnd = Str(o, "date_end"),
            NeedsDct = o.TryGetProperty("needs_dct", out var nd) && nd.ValueKind == JsonValueKind.True,
            Location = ReadLocation(o),
            Actors = Strings(o, "actors"),
            ActorsDetail = Strings(o, "actors_detail"),
            Fatalities = ReadFatalities(o),
            Measure = Str(o, "measure"),
            ValueLow = Num(o, "value_low"),
            ValueHigh = Num(o, "value_high"),
            PeriodStart = Str(o, "period_start"),
            PeriodEnd = Str(o, "period_end"),
            Group = Str(o, "group"),
            RepeatOf = Str(o, "repeat_of"),
        };
    }

    public static TextSpan? FindSpan(string text, string quote, int? start, int? end)
    {
        if (start is int s && end is int e && s >= 0 && e <= text.Length && s <= e
            && (quote.Length == 0 || text.AsSpan(s, e - s).SequenceEqual(quote)))
        {
            return new TextSpan(s, e);
        }

        if (quote.Length == 0)
        {
            return null;
        }

        int i = text.IndexOf(quote, StringComparison.Ordinal);
        return i < 0 ? null : new TextSpan(i, i + quote.Length);
    }

    private static Location? ReadLocation(JsonElement o)
    {
        if (!o.TryGetProperty("location", out var l))
        {
            return null;
        }

        if (l.ValueKind == JsonValueKind.String)
        {
            return new Location(l.GetString()!, null, null);
        }

        if (l.ValueKind != JsonValueKind.Object || Str(l, "name") is not string name)
        {
            return null;
        }

        var precision = Enum.TryParse<PlacePrecision>(Str(l, "precision"), ignoreCase: true, out var p) ? p : PlacePrecision.Unknown;
        return new Location(name, Num(l, "lat"), Num(l, "lon"), precision);
    }

    private static Fatalities? ReadFatalities(JsonElement o)
    {
        if (!o.TryGetProperty("fatalities", out var f) || f.ValueKind != JsonValueKind.Object || Num(f, "low") is not double low)
        {
            return null;
        }

        var bySide = new List<SideCount>();
        if (f.TryGetProperty("by_side", out var sides) && sides.ValueKind == JsonValueKind.Array)
        {
            foreach (var s in sides.EnumerateArray())
            {
                if (Str(s, "side") is string side && Num(s, "low") is double sl)
                {
                    bySide.Add(new SideCount(side, (int)sl, Num(s, "high") is double sh ? (int)sh : null));
                }
            }
        }

        return new Fatalities((int)low, Num(f, "high") is double high ? (int)high : null) { BySide = bySide };
    }

    private static string? Str(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? Int(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out int i) ? i : null;

    private static double? Num(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private static IReadOnlyList<string> Strings(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
            : [];
}
