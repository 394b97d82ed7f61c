using System.Buffers;
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
        var buffer = new ArrayBufferWriter<byte>(1024);
        WriteLine(buffer, m, explain);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes <see cref="ToLine"/>'s UTF-8 bytes to <paramref name="output"/>.</summary>
    public static void WriteLine(IBufferWriter<byte> output, Mention m, bool explain = false)
    {
        var w = WriterFor(output);
        Write(w, m, explain);
        w.Flush();
    }

    [ThreadStatic]
    private static Utf8JsonWriter? reusedWriter;

    /// <summary>This thread's line writer, reset to <paramref name="output"/>: a store writes a line per mention, and each new writer was an allocation of its own.</summary>
    private static Utf8JsonWriter WriterFor(IBufferWriter<byte> output)
    {
        if (reusedWriter is { } w)
        {
            w.Reset(output);
            return w;
        }

        return reusedWriter = new Utf8JsonWriter(output, WriterOptions);
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
        var w = WriterFor(output);
        int quoteAt = Write(w, m, explain: false, omitQuote: slice ? output : null, start);
        w.Flush();
        return quoteAt;
    }

    /// <summary>How every mention line is written: <see cref="Options"/>'s escaping, no validation.</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = Options.Encoder, SkipValidation = true };

    /// <summary>With <paramref name="omitQuote"/> (the writer's output, this line starting at <paramref name="start"/>): the quote's content is left out and where it goes is returned (UTF-16 code units); else -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    private static int Write(Utf8JsonWriter w, Mention m, bool explain, ArrayBufferWriter<byte>? omitQuote = null, int start = 0)
    {
        int quoteAt = -1;
        w.WriteStartObject();
        w.WriteString(Names.Doc, m.Doc);
        w.WriteString(Names.Id, m.Id);
        w.WriteString(Names.Kind, m.Kind == MentionKind.Event ? "event" : "figure");
        w.WriteNumber(Names.Start, m.Span.Start);
        w.WriteNumber(Names.End, m.Span.End);
        if (omitQuote is not null)
        {
            // The line so far ends with the empty value's closing quote; the content goes before it.
            w.WriteString(Names.Quote, "");
            w.Flush();
            quoteAt = Encoding.UTF8.GetCharCount(omitQuote.WrittenSpan[start..^1]);
        }
        else
        {
            w.WriteString(Names.Quote, m.Quote);
        }

        w.WriteString(Names.Language, m.Language);
        w.WriteNumber(Names.Sentence, m.SentenceIndex);
        if (m.Kind == MentionKind.Event)
        {
            w.WriteString(Names.EventType, m.EventType);
            w.WriteString(Names.SubEventType, m.SubEventType);
            w.WriteString(Names.DateStart, m.DateStart);
            w.WriteString(Names.DateEnd, m.DateEnd);
            if (m.Location is { } loc)
            {
                w.WriteStartObject(Names.Location);
                w.WriteString(Names.Name, loc.Name);
                WriteNumber(w, Names.Lat, loc.Latitude);
                WriteNumber(w, Names.Lon, loc.Longitude);
                w.WriteString(Names.Precision, PrecisionName(loc.Precision));
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull(Names.Location);
            }

            WriteStrings(w, Names.Actors, m.Actors);
            WriteStrings(w, Names.ActorsDetail, m.ActorsDetail);
            if (m.Fatalities is { } f)
            {
                w.WriteStartObject(Names.Fatalities);
                w.WriteNumber(Names.Low, f.Low);
                WriteNumber(w, Names.High, f.High);
                w.WriteStartArray(Names.BySide);
                foreach (var s in f.BySide)
                {
                    w.WriteStartObject();
                    w.WriteString(Names.Side, s.Side);
                    w.WriteNumber(Names.Low, s.Low);
                    WriteNumber(w, Names.High, s.High);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull(Names.Fatalities);
            }
        }
        else
        {
            w.WriteString(Names.Measure, m.Measure);
            WriteValue(w, Names.ValueLow, m.ValueLow);
            WriteValue(w, Names.ValueHigh, m.ValueHigh);
            w.WriteString(Names.PeriodStart, m.PeriodStart);
            w.WriteString(Names.PeriodEnd, m.PeriodEnd);
            w.WriteString(Names.Group, m.Group);
        }

        if (m.NeedsDct)
        {
            w.WriteBoolean(Names.NeedsDct, true);
        }

        if (m.RepeatOf is not null)
        {
            w.WriteString(Names.RepeatOf, m.RepeatOf);
        }

        if (explain)
        {
            w.WritePropertyName(Names.Explain);
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
            w.WriteString(Names.Role, e.Role);
            w.WriteString(Names.Rule, e.Rule);
            w.WriteNumber(Names.Start, e.Span.Start);
            w.WriteNumber(Names.End, e.Span.End);
            w.WriteString(Names.Text, e.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    private static void WriteStrings(Utf8JsonWriter w, JsonEncodedText name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static void WriteNumber(Utf8JsonWriter w, JsonEncodedText name, double? v)
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

    private static void WriteNumber(Utf8JsonWriter w, JsonEncodedText name, int? v)
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
    private static void WriteValue(Utf8JsonWriter w, JsonEncodedText name, double? v)
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

    /// <summary>The member names, encoded once: a name given as a string is checked for escaping and transcoded on every write.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Actors = JsonEncodedText.Encode("actors");

        public static readonly JsonEncodedText ActorsDetail = JsonEncodedText.Encode("actors_detail");

        public static readonly JsonEncodedText BySide = JsonEncodedText.Encode("by_side");

        public static readonly JsonEncodedText DateEnd = JsonEncodedText.Encode("date_end");

        public static readonly JsonEncodedText DateStart = JsonEncodedText.Encode("date_start");

        public static readonly JsonEncodedText Doc = JsonEncodedText.Encode("doc");

        public static readonly JsonEncodedText End = JsonEncodedText.Encode("end");

        public static readonly JsonEncodedText EventType = JsonEncodedText.Encode("event_type");

        public static readonly JsonEncodedText Explain = JsonEncodedText.Encode("explain");

        public static readonly JsonEncodedText Fatalities = JsonEncodedText.Encode("fatalities");

        public static readonly JsonEncodedText Group = JsonEncodedText.Encode("group");

        public static readonly JsonEncodedText High = JsonEncodedText.Encode("high");

        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");

        public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");

        public static readonly JsonEncodedText Language = JsonEncodedText.Encode("language");

        public static readonly JsonEncodedText Lat = JsonEncodedText.Encode("lat");

        public static readonly JsonEncodedText Location = JsonEncodedText.Encode("location");

        public static readonly JsonEncodedText Lon = JsonEncodedText.Encode("lon");

        public static readonly JsonEncodedText Low = JsonEncodedText.Encode("low");

        public static readonly JsonEncodedText Measure = JsonEncodedText.Encode("measure");

        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");

        public static readonly JsonEncodedText NeedsDct = JsonEncodedText.Encode("needs_dct");

        public static readonly JsonEncodedText PeriodEnd = JsonEncodedText.Encode("period_end");

        public static readonly JsonEncodedText PeriodStart = JsonEncodedText.Encode("period_start");

        public static readonly JsonEncodedText Precision = JsonEncodedText.Encode("precision");

        public static readonly JsonEncodedText Quote = JsonEncodedText.Encode("quote");

        public static readonly JsonEncodedText RepeatOf = JsonEncodedText.Encode("repeat_of");

        public static readonly JsonEncodedText Role = JsonEncodedText.Encode("role");

        public static readonly JsonEncodedText Rule = JsonEncodedText.Encode("rule");

        public static readonly JsonEncodedText Sentence = JsonEncodedText.Encode("sentence");

        public static readonly JsonEncodedText Side = JsonEncodedText.Encode("side");

        public static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");

        public static readonly JsonEncodedText SubEventType = JsonEncodedText.Encode("sub_event_type");

        public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");

        public static readonly JsonEncodedText ValueHigh = JsonEncodedText.Encode("value_high");

        public static readonly JsonEncodedText ValueLow = JsonEncodedText.Encode("value_low");
    }
}
