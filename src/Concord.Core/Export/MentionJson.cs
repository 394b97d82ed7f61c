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

    /// <summary>Whole numbers are written as integers (the scorer compares values exactly).</summary>
    private static JsonNode? Number(double? v) =>
        v is null ? null : v == Math.Floor(v.Value) && Math.Abs(v.Value) < 1e15 ? JsonValue.Create((long)v.Value) : JsonValue.Create(v.Value);
}
