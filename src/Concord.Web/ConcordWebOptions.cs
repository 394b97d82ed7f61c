using Concord.Store;

namespace Concord.Web;

/// <summary>What ingesting one uploaded file did: the stored document's name, or why it failed.</summary>
public sealed record IngestOutcome(string? Document, IReadOnlyList<string> Problems);

/// <summary>How `concord serve` (or a test) configures the web app.</summary>
public sealed class ConcordWebOptions
{
    /// <summary>The store, opened for writing (uploads add documents).</summary>
    public required ConcordStore Store { get; init; }

    /// <summary>Port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>
    /// Reads, analyses and stores one file, with the document's own date when the uploader gives
    /// one (to resolve "on Wednesday", "last year"). Supplied by the host, which owns the pipeline;
    /// null disables uploads. Called while the app holds the store.
    /// </summary>
    public Func<ConcordStore, string, DateOnly?, IngestOutcome>? Ingest { get; init; }

    /// <summary>Folder of gazetteer data (JSON with names and aliases) that search expands through.</summary>
    public string? AliasFolder { get; init; }

    /// <summary>Largest upload accepted, in bytes.</summary>
    public long MaxUploadBytes { get; init; } = 10 * 1024 * 1024;
}
