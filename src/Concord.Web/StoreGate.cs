using Concord.Store;

namespace Concord.Web;

/// <summary>
/// Serialises access to the store: one SQLite connection serves all requests, and a
/// connection is not safe to share between threads.
/// </summary>
public sealed class StoreGate(ConcordStore store)
{
    private readonly Lock gate = new();

    public T Read<T>(Func<ConcordStore, T> read)
    {
        lock (gate)
        {
            return read(store);
        }
    }
}
