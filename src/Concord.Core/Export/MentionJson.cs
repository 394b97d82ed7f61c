using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Concord.Model;
using System.Runtime.CompilerServices;

namespace Concord.Export;

/// <summary>
/// The scoring contract: one JSON object per mention with the fields of
/// shared/eval/GUIDELINES.md plus start/end (UTF-16 offsets), quote and language.
/// </summary>
public static class MentionJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// The mention as a JSON object (for APIs and JSON arrays): parsed from <see cref="ToLine"/>, so
    /// the export's members, order and numbers are written in one place only.
    /// </summary>
    public static JsonObject ToJson(Mention m, bool explain = false) => JsonNode.Parse(ToLine(m, explain))!.AsObject();

    /// <summary>
    /// The mention as one line of JSON, written straight to UTF-8 with <see cref="Options"/>'s
    /// escaping; "explain" (the evidence) is the last member when asked for.
    /// </summary>
    public static string ToLine(Mention m, bool explain = false)
    {
        var line = Line();
        Write(line, m, explain);
        return Encoding.UTF8.GetString(line.WrittenSpan);
    }

    [ThreadStatic]
    private static JsonLineBuffer? reusedLine;

    /// <summary>This thread's line buffer, cleared.</summary>
    private static JsonLineBuffer Line()
    {
        var line = reusedLine ??= new JsonLineBuffer();
        line.Clear();
        return line;
    }

    /// <summary>
    /// Writes <see cref="ToLine"/>'s UTF-8 bytes without evidence into <paramref name="line"/>
    /// (cleared first), but with the quote's content left out (<c>"quote":""</c>) when it is
    /// <paramref name="documentText"/> under the mention's span. Returns where the quote's content
    /// goes, in UTF-16 code units of the line, or -1 when the quote was written
    /// (<see cref="StoredMentionLine"/> puts it back).
    /// </summary>
    public static int WriteLineWithoutQuote(JsonLineBuffer line, Mention m, string documentText)
    {
        var span = m.Span;
        bool slice = m.Quote.Length == span.Length && span.Start >= 0 && span.End <= documentText.Length
            && documentText.AsSpan(span.Start, span.Length).SequenceEqual(m.Quote);
        line.Clear();
        return Write(line, m, explain: false, omitQuote: slice);
    }

    /// <summary>With <paramref name="omitQuote"/>: the quote's content is left out and where it goes is returned (UTF-16 code units of the line); else -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    private static int Write(JsonLineBuffer w, Mention m, bool explain, bool omitQuote = false)
    {
        int quoteAt = -1;
        w.Raw("{\"doc\":"u8);
        w.String(m.Doc);
        w.Raw(",\"id\":"u8);
        w.String(m.Id);
        w.Raw(m.Kind == MentionKind.Event ? ",\"kind\":\"event\",\"start\":"u8 : ",\"kind\":\"figure\",\"start\":"u8);
        w.Number(m.Span.Start);
        w.Raw(",\"end\":"u8);
        w.Number(m.Span.End);
        if (omitQuote)
        {
            w.Raw(",\"quote\":\""u8);
            quoteAt = Ascii.IsValid(w.WrittenSpan) ? w.Length : Encoding.UTF8.GetCharCount(w.WrittenSpan);
            w.Byte((byte)'"');
        }
        else
        {
            w.Raw(",\"quote\":"u8);
            w.String(m.Quote);
        }

        w.Raw(",\"language\":"u8);
        w.String(m.Language);
        w.Raw(",\"sentence\":"u8);
        w.Number(m.SentenceIndex);
        if (m.Kind == MentionKind.Event)
        {
            w.Raw(",\"event_type\":"u8);
            w.String(m.EventType);
            w.Raw(",\"sub_event_type\":"u8);
            w.String(m.SubEventType);
            w.Raw(",\"date_start\":"u8);
            w.String(m.DateStart);
            w.Raw(",\"date_end\":"u8);
            w.String(m.DateEnd);
            if (m.Location is { } loc)
            {
                w.Raw(",\"location\":{\"name\":"u8);
                w.String(loc.Name);
                w.Raw(",\"lat\":"u8);
                w.NumberOrNull(loc.Latitude);
                w.Raw(",\"lon\":"u8);
                w.NumberOrNull(loc.Longitude);
                w.Raw(",\"precision\":"u8);
                w.String(PrecisionName(loc.Precision));
                w.Byte((byte)'}');
            }
            else
            {
                w.Raw(",\"location\":null"u8);
            }

            w.Raw(",\"actors\":"u8);
            WriteStrings(w, m.Actors);
            w.Raw(",\"actors_detail\":"u8);
            WriteStrings(w, m.ActorsDetail);
            if (m.Fatalities is { } f)
            {
                w.Raw(",\"fatalities\":{\"low\":"u8);
                w.Number(f.Low);
                w.Raw(",\"high\":"u8);
                w.NumberOrNull(f.High);
                w.Raw(",\"by_side\":["u8);
                for (int i = 0; i < f.BySide.Count; i++)
                {
                    var s = f.BySide[i];
                    w.Raw(i == 0 ? "{\"side\":"u8 : ",{\"side\":"u8);
                    w.String(s.Side);
                    w.Raw(",\"low\":"u8);
                    w.Number(s.Low);
                    w.Raw(",\"high\":"u8);
                    w.NumberOrNull(s.High);
                    w.Byte((byte)'}');
                }

                w.Raw("]}"u8);
            }
            else
            {
                w.Raw(",\"fatalities\":null"u8);
            }
        }
        else
        {
            w.Raw(",\"measure\":"u8);
            w.String(m.Measure);
            w.Raw(",\"value_low\":"u8);
            WriteValue(w, m.ValueLow);
            w.Raw(",\"value_high\":"u8);
            WriteValue(w, m.ValueHigh);
            w.Raw(",\"period_start\":"u8);
            w.String(m.PeriodStart);
            w.Raw(",\"period_end\":"u8);
            w.String(m.PeriodEnd);
            w.Raw(",\"group\":"u8);
            w.String(m.Group);
        }

        if (m.NeedsDct)
        {
            w.Raw(",\"needs_dct\":true"u8);
        }

        if (m.RepeatOf is not null)
        {
            w.Raw(",\"repeat_of\":"u8);
            w.String(m.RepeatOf);
        }

        if (explain)
        {
            w.Raw(",\"explain\":"u8);
            WriteEvidence(w, m.Explanation);
        }

        w.Byte((byte)'}');
        return quoteAt;
    }

    /// <summary>The evidence array, the value of a line's "explain".</summary>
    public static void WriteEvidence(JsonLineBuffer w, IReadOnlyList<Evidence> evidence)
    {
        w.Byte((byte)'[');
        for (int i = 0; i < evidence.Count; i++)
        {
            var e = evidence[i];
            w.Raw(i == 0 ? "{\"role\":"u8 : ",{\"role\":"u8);
            w.String(e.Role);
            w.Raw(",\"rule\":"u8);
            w.String(e.Rule);
            w.Raw(",\"start\":"u8);
            w.Number(e.Span.Start);
            w.Raw(",\"end\":"u8);
            w.Number(e.Span.End);
            w.Raw(",\"text\":"u8);
            w.String(e.Text);
            w.Byte((byte)'}');
        }

        w.Byte((byte)']');
    }

    private static void WriteStrings(JsonLineBuffer w, IReadOnlyList<string> values)
    {
        w.Byte((byte)'[');
        for (int i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                w.Byte((byte)',');
            }

            w.String(values[i]);
        }

        w.Byte((byte)']');
    }

    /// <summary>Whole numbers are written as integers (the scorer compares values exactly).</summary>
    private static void WriteValue(JsonLineBuffer w, double? v)
    {
        if (v is { } x && x == Math.Floor(x) && Math.Abs(x) < 1e15)
        {
            w.Number((long)x);
        }
        else
        {
            w.NumberOrNull(v);
        }
    }

    // The non-generic GetNames (same names, in value order): GetNames<TEnum> is generic code over an
    // enum, jitted in every process that writes or exports mentions.
    private static readonly string[] PrecisionNames = Enum.GetNames(typeof(PlacePrecision)).Select(n => n.ToLowerInvariant()).ToArray();

    private static string PrecisionName(PlacePrecision p) =>
        (uint)p < (uint)PrecisionNames.Length ? PrecisionNames[(int)p] : p.ToString().ToLowerInvariant();

    /// <summary>Reads back what <see cref="ToJson"/> wrote (the store keeps mentions this way).</summary>
    public static Mention FromJson(string json)
    {
        var o = JsonNode.Parse(json)!.AsObject();
        var kind = (string?)o["kind"] == "figure" ? MentionKind.Figure : MentionKind.Event;
        var loc = o["location"] as JsonObject;
        var fat = o["fatalities"] as JsonObject;
        return new Mention
        {
            Id = (string)o["id"]!,
            Doc = (string)o["doc"]!,
            Kind = kind,
            Span = new TextSpan((int)o["start"]!, (int)o["end"]!),
            Quote = (string)o["quote"]!,
            Language = (string?)o["language"] ?? "und",
            SentenceIndex = (int?)o["sentence"] ?? 0,
            EventType = (string?)o["event_type"],
            SubEventType = (string?)o["sub_event_type"],
            DateStart = (string?)o["date_start"],
            DateEnd = (string?)o["date_end"],
            NeedsDct = (bool?)o["needs_dct"] ?? false,
            Location = loc is null ? null : new Location(
                (string)loc["name"]!,
                (double?)loc["lat"],
                (double?)loc["lon"],
                Enum.TryParse<PlacePrecision>((string?)loc["precision"], true, out var pp) ? pp : PlacePrecision.Unknown),
            Actors = Strings(o["actors"]),
            ActorsDetail = Strings(o["actors_detail"]),
            Fatalities = fat is null ? null : new Fatalities((int)fat["low"]!, (int?)fat["high"])
            {
                BySide = (fat["by_side"] as JsonArray ?? [])
                    .OfType<JsonObject>()
                    .Select(s => new SideCount((string)s["side"]!, (int)s["low"]!, (int?)s["high"]))
                    .ToList(),
            },
            Measure = (string?)o["measure"],
            ValueLow = (double?)o["value_low"],
            ValueHigh = (double?)o["value_high"],
            PeriodStart = (string?)o["period_start"],
            PeriodEnd = (string?)o["period_end"],
            Group = (string?)o["group"],
            RepeatOf = (string?)o["repeat_of"],
            Explanation = (o["explain"] as JsonArray ?? [])
                .OfType<JsonObject>()
                .Select(e => new Evidence((string)e["role"]!, (string)e["rule"]!, new TextSpan((int)e["start"]!, (int)e["end"]!), (string)e["text"]!))
                .ToList(),
        };
    }

    private static List<string> Strings(JsonNode? node) =>
        (node as JsonArray ?? []).Select(n => (string?)n).OfType<string>().ToList();
}
