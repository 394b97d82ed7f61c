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

    public static JsonObject ToJson(Mention m, bool explain = false)
    {
        var o = new JsonObject
        {
            ["doc"] = m.Doc,
            ["id"] = m.Id,
            ["kind"] = m.Kind == MentionKind.Event ? "event" : "figure",
            ["start"] = m.Span.Start,
            ["end"] = m.Span.End,
            ["quote"] = m.Quote,
            ["language"] = m.Language,
            ["sentence"] = m.SentenceIndex,
        };
        if (m.Kind == MentionKind.Event)
        {
            o["event_type"] = m.EventType;
            o["sub_event_type"] = m.SubEventType;
            o["date_start"] = m.DateStart;
            o["date_end"] = m.DateEnd;
            o["location"] = m.Location is null ? null : new JsonObject
            {
                ["name"] = m.Location.Name,
                ["lat"] = m.Location.Latitude,
                ["lon"] = m.Location.Longitude,
                ["precision"] = m.Location.Precision.ToString().ToLowerInvariant(),
            };
            o["actors"] = new JsonArray(m.Actors.Select(a => (JsonNode?)JsonValue.Create(a)).ToArray());
            o["actors_detail"] = new JsonArray(m.ActorsDetail.Select(a => (JsonNode?)JsonValue.Create(a)).ToArray());
            o["fatalities"] = m.Fatalities is null ? null : new JsonObject
            {
                ["low"] = m.Fatalities.Low,
                ["high"] = m.Fatalities.High,
                ["by_side"] = new JsonArray(m.Fatalities.BySide
                    .Select(s => (JsonNode?)new JsonObject { ["side"] = s.Side, ["low"] = s.Low, ["high"] = s.High }).ToArray()),
            };
        }
        else
        {
            o["measure"] = m.Measure;
            o["value_low"] = Number(m.ValueLow);
            o["value_high"] = Number(m.ValueHigh);
            o["period_start"] = m.PeriodStart;
            o["period_end"] = m.PeriodEnd;
            o["group"] = m.Group;
        }

        if (m.NeedsDct)
        {
            o["needs_dct"] = true;
        }

        if (m.RepeatOf is not null)
        {
            o["repeat_of"] = m.RepeatOf;
        }

        if (explain)
        {
            o["explain"] = new JsonArray(m.Explanation
                .Select(e => (JsonNode?)new JsonObject { ["role"] = e.Role, ["rule"] = e.Rule, ["start"] = e.Span.Start, ["end"] = e.Span.End, ["text"] = e.Text })
                .ToArray());
        }

        return o;
    }

    public static string ToLine(Mention m, bool explain = false) => ToJson(m, explain).ToJsonString(Options);

    /// <summary>
    /// A stored record (<see cref="ToLine"/> with evidence) as <see cref="ToLine"/> would write it
    /// with or without evidence, without rebuilding the mention: the evidence is its only difference.
    /// </summary>
    public static string StoredToLine(string stored, bool explain)
    {
        if (explain)
        {
            return stored;
        }

        var o = JsonNode.Parse(stored)!.AsObject();
        o.Remove("explain");
        return o.ToJsonString(Options);
    }

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

    /// <summary>Whole numbers are written as integers (the scorer compares values exactly).</summary>
    private static JsonNode? Number(double? v) =>
        v is null ? null : v == Math.Floor(v.Value) && Math.Abs(v.Value) < 1e15 ? JsonValue.Create((long)v.Value) : JsonValue.Create(v.Value);
}
