using Concord.Web.Events;
using Concord.Web.Search;

namespace Concord.Web.Api;

/// <summary>The event filters shared by the list, the density and the map: dates, type, actor, language, text.</summary>
public sealed record EventFilter(DateOnly? From, DateOnly? To, string? Type, string? Actor, string? Language, string? Query)
{
    public static readonly string[] Parameters = ["from", "to", "type", "actor", "language", "q"];

    public static EventFilter Read(QueryReader q)
    {
        var filter = new EventFilter(q.Date("from", last: false), q.Date("to", last: true), q.Text("type"), q.Text("actor"), q.Text("language"), q.Text("q"));
        if (filter.From is { } f && filter.To is { } t && f > t)
        {
            throw new BadRequestException("from", $"{f:yyyy-MM-dd} is after to ({t:yyyy-MM-dd})");
        }

        return filter;
    }

    public IEnumerable<WebEvent> Apply(IEnumerable<WebEvent> events, SearchIndex search)
    {
        var ids = Query is null ? null : search.EventIds(Query);
        return events.Where(e =>
            (From is null || (e.LastDay is { } hi && hi >= From)) &&
            (To is null || (e.FirstDay is { } lo && lo <= To)) &&
            (Type is null || string.Equals(e.Type, Type, StringComparison.OrdinalIgnoreCase) || string.Equals(e.SubType, Type, StringComparison.OrdinalIgnoreCase)) &&
            (Actor is null || e.Actors.Any(a => a.Contains(Actor, StringComparison.OrdinalIgnoreCase))) &&
            (Language is null || e.Languages.Contains(Language, StringComparer.OrdinalIgnoreCase)) &&
            (ids is null || ids.Contains(e.Id)));
    }
}
