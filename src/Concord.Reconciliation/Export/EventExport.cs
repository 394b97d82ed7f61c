using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Concord.Model;
using Concord.Reconciliation.Events;

namespace Concord.Reconciliation.Export;

/// <summary>
/// Reconciled events in UCDP GED's shape (CSV columns after GED, plus JSON and GeoJSON). Every
/// event carries its mention ids and evidence spans so it can be traced to the sentence.
/// </summary>
public static class EventExport
{
    public static readonly IReadOnlyList<string> CsvColumns =
    [
        "id", "conflict", "date_start", "date_end", "date_prec", "event_type", "sub_event_type", "side_a", "side_b",
        "where_description", "latitude", "longitude", "geo_precision", "deaths_low", "deaths_best", "deaths_high",
        "source_count", "independent_sources", "disputed", "sources",
    ];

    public static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One GED-style row; <c>sources</c> lists "mention-id doc[start,end)" for each mention.</summary>
    public static IReadOnlyList<object?> CsvRow(ReconciledEvent e, string conflict) =>
    [
        e.Id, conflict, e.Date.StartText, e.Date.EndText, DatePrecisionCode(e.Date), e.EventType, e.SubEventType,
        e.Actors.FirstOrDefault(), string.Join("; ", e.Actors.Skip(1)), e.Location?.Name, e.Location?.Latitude, e.Location?.Longitude,
        GeoPrecisionCode(e.Location), e.Deaths?.Low, e.Deaths?.Best, e.Deaths?.High, e.SourceCount, e.IndependentSources,
        e.Disputed ? 1 : 0, string.Join("; ", e.Mentions.Select(m => $"{m.Id} {m.Doc}{m.Span}")),
    ];

    public static JsonObject ToJson(ReconciledEvent e, string conflict)
    {
        var o = new JsonObject();
        var row = CsvRow(e, conflict);
        for (int i = 0; i < CsvColumns.Count - 1; i++)
        {
            o[CsvColumns[i]] = Node(row[i]);
        }

        o["actors"] = new JsonArray(e.Actors.Select(a => (JsonNode?)a).ToArray());
        o["competing_dates"] = new JsonArray(e.CompetingDates.Select(c => (JsonNode?)new JsonObject
        {
            ["date_start"] = c.Date.StartText,
            ["date_end"] = c.Date.EndText,
            ["independent_sources"] = c.IndependentSources,
            ["mentions"] = new JsonArray(c.Statements.Select(s => (JsonNode?)s.MentionId).ToArray()),
        }).ToArray());
        o["mentions"] = new JsonArray(e.Mentions.Select(m => (JsonNode?)MentionRef(m)).ToArray());
        return o;
    }

    public static JsonObject MentionRef(Mention m) => new()
    {
        ["id"] = m.Id,
        ["doc"] = m.Doc,
        ["start"] = m.Span.Start,
        ["end"] = m.Span.End,
        ["language"] = m.Language,
        ["date_start"] = m.DateStart,
        ["date_end"] = m.DateEnd,
        ["quote"] = m.Quote,
    };

    /// <summary>A FeatureCollection of points, one per event whose place has coordinates.</summary>
    public static JsonObject GeoJson(IEnumerable<ReconciledEvent> events, string conflict) => new()
    {
        ["type"] = "FeatureCollection",
        ["features"] = new JsonArray(events
            .Where(e => e.Location?.Latitude is not null && e.Location.Longitude is not null)
            .Select(e => (JsonNode?)new JsonObject
            {
                ["type"] = "Feature",
                ["id"] = e.Id,
                ["geometry"] = new JsonObject
                {
                    ["type"] = "Point",
                    ["coordinates"] = new JsonArray(e.Location!.Longitude, e.Location.Latitude),
                },
                ["properties"] = ToJson(e, conflict),
            }).ToArray()),
    };

    /// <summary>UCDP date_prec: 1 exact day, 2 within 2–6 days, 3 within a week, 4 within a month, 5 longer or less precise.</summary>
    public static int DatePrecisionCode(DateInterval d)
    {
        int days = d.LastDay - d.FirstDay + 1;
        return d.Precision == DatePrecision.Day
            ? days == 1 ? 1 : days <= 6 ? 2 : days <= 7 ? 3 : days <= 31 ? 4 : 5
            : d.Precision == DatePrecision.Month && days <= 31 ? 4 : 5;
    }

    /// <summary>UCDP where_prec: 1 exact, 2 near a settlement, 3 district, 4 region, 5 line, 6 country; empty when unknown.</summary>
    public static int? GeoPrecisionCode(Location? l) => l?.Precision switch
    {
        PlacePrecision.Exact => 1,
        PlacePrecision.Settlement => 2,
        PlacePrecision.District => 3,
        PlacePrecision.Region => 4,
        PlacePrecision.Line => 5,
        PlacePrecision.Country => 6,
        _ => null,
    };

    private static JsonNode? Node(object? v) => v switch
    {
        null => null,
        string s => JsonValue.Create(s),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        double d => JsonValue.Create(d),
        bool b => JsonValue.Create(b),
        _ => JsonValue.Create(Convert.ToString(v, CultureInfo.InvariantCulture)),
    };

    public static string Number(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
