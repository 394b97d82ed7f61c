using Concord.Model;

namespace Concord.Reconciliation.Events;

/// <summary>What clustering compares about one event mention, computed once.</summary>
public sealed class EventFeatures
{
    public EventFeatures(int index, Mention mention, DateInterval date, int[] actorIds)
    {
        Index = index;
        Mention = mention;
        Date = date;
        Family = EventTypeFamily.Of(mention.EventType, mention.SubEventType);
        Type = EventTypeFamily.Normalize(mention.EventType);
        SubType = EventTypeFamily.Normalize(mention.SubEventType);
        ActorIds = actorIds;
        Places = mention.Location is null
            ? []
            : mention.Location.Name.Split(',').Select(EventTypeFamily.Normalize).Where(p => p.Length > 0).ToArray();
    }

    public int Index { get; }

    public Mention Mention { get; }

    public DateInterval Date { get; }

    public string Family { get; }

    public string Type { get; }

    public string SubType { get; }

    /// <summary>Interned actor names, sorted ascending.</summary>
    public int[] ActorIds { get; }

    /// <summary>Normalised place names (a mention may name several: "Tehran, Tabriz").</summary>
    public string[] Places { get; }
}
