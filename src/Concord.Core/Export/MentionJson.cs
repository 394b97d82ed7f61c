using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Concord.Model;

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
        var buffer = new ArrayBufferWriter<byte>(1024);
        WriteLine(buffer, m, explain);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes <see cref="ToLine"/>'s UTF-8 bytes to <paramref name="output"/>.</summary>
    public static void WriteLine(IBufferWriter<byte> output, Mention m, bool explain = false)
    {
        using var w = new Utf8JsonWriter(output, WriterOptions);
        Write(w, m, explain);
    }

    /// <summary>
    /// Writes <see cref="ToLine"/>'s UTF-8 bytes without evidence, but with the quote's content left
    /// out (<c>"quote":""</c>) when it is <paramref name="documentText"/> under the mention's span.
    /// Returns where the quote's content goes, in UTF-16 code units of the line, or -1 when the
    /// quote was written (<see cref="WithQuote"/> puts it back).
    /// </summary>
    public static int WriteLineWithoutQuote(ArrayBufferWriter<byte> output, Mention m, string documentText)
    {
        var span = m.Span;
        bool slice = m.Quote.Length == span.Length && span.Start >= 0 && span.End <= documentText.Length
            && documentText.AsSpan(span.Start, span.Length).SequenceEqual(m.Quote);
        int start = output.WrittenCount;
        using var w = new Utf8JsonWriter(output, WriterOptions);
        return Write(w, m, explain: false, omitQuote: slice ? output : null, start);
    }

    /// <summary>How every mention line is written: <see cref="Options"/>'s escaping, no validation.</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = Options.Encoder, SkipValidation = true };

    /// <summary>With <paramref name="omitQuote"/> (the writer's output, this line starting at <paramref name="start"/>): the quote's content is left out and where it goes is returned (UTF-16 code units); else -1.</summary>
    private static int Write(Utf8JsonWriter w, Mention m, bool explain, ArrayBufferWriter<byte>? omitQuote = null, int start = 0)
    {
        int quoteAt = -1;
        w.WriteStartObject();
        w.WriteString("doc", m.Doc);
        w.WriteString("id", m.Id);
        w.WriteString("kind", m.Kind == MentionKind.Event ? "event" : "figure");
        w.WriteNumber("start", m.Span.Start);
        w.WriteNumber("end", m.Span.End);
        if (omitQuote is not null)
        {
            // The line so far ends with the empty value's closing quote; the content goes before it.
            w.WriteString("quote", "");
            w.Flush();
            quoteAt = Encoding.UTF8.GetCharCount(omitQuote.WrittenSpan[start..^1]);
        }
        else
        {
            w.WriteString("quote", m.Quote);
        }

        w.WriteString("language", m.Language);
        w.WriteNumber("sentence", m.SentenceIndex);
        if (m.Kind == MentionKind.Event)
        {
            w.WriteString("event_type", m.EventType);
            w.WriteString("sub_event_type", m.SubEventType);
            w.WriteString("date_start", m.DateStart);
            w.WriteString("date_end", m.DateEnd);
            if (m.Location is { } loc)
            {
                w.WriteStartObject("location");
                w.WriteString("name", loc.Name);
                WriteNumber(w, "lat", loc.Latitude);
                WriteNumber(w, "lon", loc.Longitude);
                w.WriteString("precision", PrecisionName(loc.Precision));
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("location");
            }

            WriteStrings(w, "actors", m.Actors);
            WriteStrings(w, "actors_detail", m.ActorsDetail);
            if (m.Fatalities is { } f)
            {
                w.WriteStartObject("fatalities");
                w.WriteNumber("low", f.Low);
                WriteNumber(w, "high", f.High);
                w.WriteStartArray("by_side");
                foreach (var s in f.BySide)
                {
                    w.WriteStartObject();
                    w.WriteString("side", s.Side);
                    w.WriteNumber("low", s.Low);
                    WriteNumber(w, "high", s.High);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("fatalities");
            }
        }
        else
        {
            w.WriteString("measure", m.Measure);
            WriteValue(w, "value_low", m.ValueLow);
            WriteValue(w, "value_high", m.ValueHigh);
            w.WriteString("period_start", m.PeriodStart);
            w.WriteString("period_end", m.PeriodEnd);
            w.WriteString("group", m.Group);
        }

        if (m.NeedsDct)
        {
            w.WriteBoolean("needs_dct", true);
        }

        if (m.RepeatOf is not null)
        {
            w.WriteString("repeat_of", m.RepeatOf);
        }

        if (explain)
        {
            w.WritePropertyName("explain");
            WriteEvidence(w, m.Explanation);
        }

        w.WriteEndObject();
        return quoteAt;
    }

    /// <summary>The evidence array, the value of a line's "explain".</summary>
    public static void WriteEvidence(Utf8JsonWriter w, IReadOnlyList<Evidence> evidence)
    {
        w.WriteStartArray();
        foreach (var e in evidence)
        {
            w.WriteStartObject();
            w.WriteString("role", e.Role);
            w.WriteString("rule", e.Rule);
            w.WriteNumber("start", e.Span.Start);
            w.WriteNumber("end", e.Span.End);
            w.WriteString("text", e.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, double? v)
    {
        if (v is { } x)
        {
            w.WriteNumber(name, x);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, int? v)
    {
        if (v is { } x)
        {
            w.WriteNumber(name, x);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    /// <summary>Whole numbers are written as integers (the scorer compares values exactly).</summary>
    private static void WriteValue(Utf8JsonWriter w, string name, double? v)
    {
        if (v is { } x && x == Math.Floor(x) && Math.Abs(x) < 1e15)
        {
            w.WriteNumber(name, (long)x);
        }
        else
        {
            WriteNumber(w, name, v);
        }
    }

    private static readonly string[] PrecisionNames = Enum.GetNames<PlacePrecision>().Select(n => n.ToLowerInvariant()).ToArray();

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
