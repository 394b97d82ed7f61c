using Concord.Web.Events;

namespace Concord.Web.Api;

/// <summary>An event in a list: its merged facts and source counts, without the quotes.</summary>
public sealed record EventSummary(
    string Id,
    string? DateStart,
    string? DateEnd,
    string? Type,
    string? SubType,
    string? Place,
    double? Latitude,
    double? Longitude,
    IReadOnlyList<string> Actors,
    int? DeathsLow,
    int? DeathsBest,
    int? DeathsHigh,
    IReadOnlyList<string> Languages,
    int SourceCount,
    int IndependentSources,
    string Quote)
{
    public static EventSummary Of(WebEvent e) => new(
        e.Id, e.DateStart, e.DateEnd, e.Type, e.SubType, e.Place, e.Latitude, e.Longitude, e.Actors,
        e.DeathsLow, e.DeathsBest, e.DeathsHigh, e.Languages, e.Sources.Select(s => s.Doc).Distinct(StringComparer.Ordinal).Count(), e.IndependentSources, e.Sources[0].Quote);
}

public sealed record Page<T>(int Total, int Offset, int Limit, IReadOnlyList<T> Items);

public sealed record DensityBucket(string Period, int Count);
