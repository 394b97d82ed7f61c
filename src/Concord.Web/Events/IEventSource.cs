namespace Concord.Web.Events;

/// <summary>
/// Where the web app gets its events, disputes and sources. The interim implementation groups
/// stored mentions; swapping in the reconciliation stage means one new implementation.
/// </summary>
public interface IEventSource
{
    /// <summary>All events, earliest first (undated last).</summary>
    IReadOnlyList<WebEvent> Events { get; }

    WebEvent? Find(string id);

    IReadOnlyList<WebDispute> Disputes { get; }

    IReadOnlyList<WebSource> Sources { get; }

    /// <summary>Rebuilds from the store (after an upload).</summary>
    void Refresh();
}
