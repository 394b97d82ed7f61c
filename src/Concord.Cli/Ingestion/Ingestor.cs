using Concord.Model;
using Concord.Pipeline;
using Concord.Store;

namespace Concord.Cli.Ingestion;

public sealed record IngestProblem(string Path, string Message);

public sealed class IngestReport
{
    public int Added { get; set; }

    public int Replaced { get; set; }

    public int Unchanged { get; set; }

    public int Events { get; set; }

    public int Figures { get; set; }

    public long Bytes { get; set; }

    public List<IngestProblem> Failed { get; } = [];

    public List<IngestProblem> Skipped { get; } = [];
}

/// <summary>
/// Reads files, runs the pipeline and stores each document in its own transaction, so one bad
/// file never costs the others (or what was stored before).
/// </summary>
public sealed class Ingestor(IDocumentReader reader, ConcordPipeline pipeline, ConcordStore store)
{
    /// <summary>When set, every stage of every document (reading and storing included) is timed here.</summary>
    public StageClock? Clock { get; init; }

    /// <summary>
    /// Expands files and folders (recursively) into the files to read. Missing paths fail;
    /// files of other types inside folders are skipped with a reason, named files are read
    /// (and fail clearly if their type is not supported).
    /// </summary>
    public (List<string> Files, List<IngestProblem> Missing, List<IngestProblem> Skipped) Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var missing = new List<IngestProblem>();
        var skipped = new List<IngestProblem>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var f in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    if (Path.GetFileName(f).StartsWith('.'))
                    {
                        continue;
                    }

                    if (reader.Extensions.Contains(Path.GetExtension(f)))
                    {
                        files.Add(f);
                    }
                    else
                    {
                        skipped.Add(new IngestProblem(f, $"unsupported file type '{Path.GetExtension(f)}'"));
                    }
                }
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                missing.Add(new IngestProblem(path, "no such file or folder"));
            }
        }

        return (files, missing, skipped);
    }

    public IngestReport Run(IReadOnlyList<string> files, DateOnly? documentDate = null, Action<string>? onFileDone = null)
    {
        var report = new IngestReport();

        // Documents are committed in groups (each still all or nothing): a commit per document
        // rewrote the store's last pages once per document.
        using var batch = store.Batch();
        foreach (var file in files)
        {
            try
            {
                Ingest(file, documentDate, report);
            }
            catch (StoreException ex)
            {
                report.Failed.Add(new IngestProblem(file, ex.Message));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A defect in a stage must not abort the batch; the document is not stored.
                report.Failed.Add(new IngestProblem(file, $"analysis failed ({ex.GetType().Name}: {ex.Message})"));
            }

            onFileDone?.Invoke(file);
        }

        return report;
    }

    private void Ingest(string file, DateOnly? documentDate, IngestReport report)
    {
        var read = Timed("read", () => reader.Read(file));
        if (read.Document is null)
        {
            report.Failed.Add(new IngestProblem(file, read.Error ?? "unreadable"));
            return;
        }

        var doc = read.Document;
        report.Bytes += doc.ByteSize;
        if (store.HashOf(doc.Name) == doc.ContentHash)
        {
            report.Unchanged++;
            return;
        }

        var analysis = pipeline.Analyze(doc, documentDate, Clock);
        switch (Timed("store", () => store.Save(analysis)))
        {
            case SaveOutcome.Added:
                report.Added++;
                break;
            case SaveOutcome.Replaced:
                report.Replaced++;
                break;
            default:
                report.Unchanged++;
                return;
        }

        report.Events += analysis.Mentions.Count(m => m.Kind == MentionKind.Event);
        report.Figures += analysis.Mentions.Count(m => m.Kind == MentionKind.Figure);
    }

    private T Timed<T>(string stage, Func<T> work) => Clock is null ? work() : Clock.Time(stage, work);
}
