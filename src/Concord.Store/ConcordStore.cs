using System.Buffers;
using System.Globalization;
using System.Text;
using Concord.Export;
using Concord.Model;
using Microsoft.Data.Sqlite;

namespace Concord.Store;

/// <summary>
/// The SQLite store: documents with their original text, segmentation, recognitions and
/// mentions (layout and why: <see cref="Schema"/>). Saving a document is one transaction, so a
/// failure never leaves half a document.
/// </summary>
public sealed class ConcordStore : IDisposable
{
    private readonly SqliteConnection connection;
    private Inserts? inserts;
    private SQLitePCL.sqlite3_stmt? hashQuery;
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);
    private SaveBatch? batch;

    static ConcordStore() => SQLitePCL.Batteries_V2.Init();

    private ConcordStore(SqliteConnection connection, string path)
    {
        this.connection = connection;
        Path = path;
    }

    public string Path { get; }

    /// <summary>
    /// Opens (creating if needed) a store. Fails with a <see cref="StoreException"/> naming the file
    /// when it is not a SQLite database, is locked, or cannot be written.
    /// </summary>
    public static ConcordStore Open(string path, bool readOnly = false)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new StoreException($"{path}: is a folder, not a store file");
        }

        if (readOnly && !File.Exists(full))
        {
            throw new StoreException($"{path}: no such store (run 'concord ingest' first)");
        }

        var dir = System.IO.Path.GetDirectoryName(full);
        if (dir is not null && !Directory.Exists(dir))
        {
            throw new StoreException($"{path}: folder does not exist");
        }

        var cs = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString();
        var conn = new SqliteConnection(cs);
        try
        {
            conn.Open();
            var db = conn.Handle!;
            RawSql.Exec(db, "PRAGMA busy_timeout = 2000;");

            // Also the check that this is a SQLite database at all (fails with "not a database").
            CheckVersion(conn, path);
            if (!readOnly)
            {
                RawSql.Exec(db, "PRAGMA foreign_keys = ON;");

                // Only a new store takes it (before its first table; an existing one keeps its own).
                // A store is mostly long rows (document texts, recognitions, mention lines) written
                // once: with 4 KB pages they were chains of small overflow pages, each its own WAL frame.
                RawSql.Exec(db, "PRAGMA page_size = 16384;");
                RawSql.Exec(db, "PRAGMA journal_mode = WAL;");

                // In WAL mode NORMAL still never corrupts the store; it skips the sync on every
                // commit (one per document), which otherwise dominates the wall time of an ingest.
                RawSql.Exec(db, "PRAGMA synchronous = NORMAL;");

                // A savepoint per document keeps what it overwrote in a statement journal; on disk that was
                // a temporary file written as much as the store itself.
                RawSql.Exec(db, "PRAGMA temp_store = MEMORY;");
                RawSql.Exec(db, Schema.Create);
                RawSql.Exec(db, $"INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', '{Schema.Version.ToString(CultureInfo.InvariantCulture)}')");
            }
            else
            {
                RawSql.Long(db, "SELECT count(*) FROM documents");
            }

            return new ConcordStore(conn, path);
        }
        catch (SqliteException ex)
        {
            conn.Dispose();
            throw Translate(path, ex);
        }
    }

    /// <summary>
    /// Refuses a store written with another schema (an older Concord kept a row per sentence and
    /// recognition): reading it as this one would fail half-way or, worse, mix the two layouts.
    /// An empty file or a new database passes; its tables are created.
    /// </summary>
    private static void CheckVersion(SqliteConnection conn, string path)
    {
        var db = conn.Handle!;
        bool hasMeta = RawSql.Long(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'") > 0;
        string? version = hasMeta ? RawSql.Text(db, "SELECT value FROM meta WHERE key = 'schema_version'") : null;
        bool hasDocuments = RawSql.Long(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'documents'") > 0;
        string expected = Schema.Version.ToString(CultureInfo.InvariantCulture);
        if (version is not null ? version != expected : hasDocuments)
        {
            throw new StoreException(
                $"{path}: written by another version of Concord (store schema {version ?? "unknown"}, this one reads {expected}); ingest the documents into a new store file");
        }
    }

    /// <summary>The row inserts of <see cref="Save"/>, prepared on first use and reused for every document.</summary>
    private Inserts Inserters => inserts ??= new Inserts(connection);

    public void Dispose()
    {
        inserts?.Dispose();
        hashQuery?.Dispose();
        connection.Dispose();
    }

    /// <summary>
    /// The stored content hash of a document, or null when it is not stored. An ingest asks twice
    /// per document: the query is prepared once and reused.
    /// </summary>
    public string? HashOf(string name) => Run(() =>
    {
        var db = connection.Handle!;
        var query = hashQuery ??= RawSql.Prepare(db, "SELECT hash FROM documents WHERE name = ?1");
        try
        {
            RawSql.Check(db, SQLitePCL.raw.sqlite3_bind_text(query, 1, name));
            return RawSql.Step(db, query) ? RawSql.ColumnText(query, 0) : null;
        }
        finally
        {
            SQLitePCL.raw.sqlite3_reset(query);
        }
    });

    /// <summary>
    /// Stores one analysed document. Unchanged (same name and hash): nothing happens. Changed:
    /// its old rows are replaced in the same transaction (or savepoint, inside a <see cref="Batch"/>).
    /// </summary>
    public SaveOutcome Save(DocumentAnalysis analysis)
    {
        var src = analysis.Document.Source;
        return Run(() =>
        {
            var existing = HashOf(src.Name);
            if (existing == src.ContentHash)
            {
                return SaveOutcome.Unchanged;
            }

            if (batch is not null)
            {
                Exec("SAVEPOINT document");
                try
                {
                    Write(analysis, existing is not null);
                    Exec("RELEASE document");
                }
                catch
                {
                    Exec("ROLLBACK TO document");
                    Exec("RELEASE document");
                    throw;
                }

                batch.Saved();
            }
            else
            {
                Exec("BEGIN");
                try
                {
                    Write(analysis, existing is not null);
                    Exec("COMMIT");
                }
                catch
                {
                    // Some errors (a full disk, say) have already rolled the transaction back.
                    if (SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle!) == 0)
                    {
                        Exec("ROLLBACK");
                    }

                    throw;
                }
            }

            return existing is null ? SaveOutcome.Added : SaveOutcome.Replaced;
        });
    }

    /// <summary>
    /// Until disposed, <see cref="Save"/>s are committed together, every
    /// <paramref name="documentsPerCommit"/> documents; each document is still all or nothing (a
    /// savepoint), so a failing one costs no other. A commit per document rewrote the last page of
    /// every table and index each time: most of what an ingest wrote was those pages again.
    /// An interrupted batch loses at most its uncommitted documents, which the next ingest redoes.
    /// </summary>
    public IDisposable Batch(int documentsPerCommit = 64)
    {
        if (batch is not null)
        {
            throw new InvalidOperationException("a batch is already open on this store");
        }

        Run(() => Exec("BEGIN"));
        return batch = new SaveBatch(this, documentsPerCommit);
    }

    private int Exec(string sql)
    {
        RawSql.Exec(connection.Handle!, sql);
        return 0;
    }

    private sealed class SaveBatch(ConcordStore store, int documentsPerCommit) : IDisposable
    {
        private int pending;

        public void Saved()
        {
            if (++pending >= documentsPerCommit)
            {
                store.Exec("COMMIT");
                store.Exec("BEGIN");
                pending = 0;
            }
        }

        public void Dispose()
        {
            store.batch = null;
            store.Run(() => store.Exec("COMMIT"));
        }
    }

    private void Write(DocumentAnalysis analysis, bool replace)
    {
        var doc = analysis.Document;
        var src = doc.Source;
        if (replace)
        {
            RawSql.Run(connection.Handle!, "DELETE FROM documents WHERE name = ?1", src.Name);
        }

        var rows = Inserters;
        rows.Documents
            .Text(0, src.Name)
            .Text(1, System.IO.Path.GetFullPath(src.Path))
            .Text(2, src.Format)
            .Text(3, doc.Language)
            .Text(4, src.ContentHash)
            .Int(5, src.ByteSize)
            .Text(6, src.Text)
            .Text(7, DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture))
            .Int(8, doc.Sentences.Count)
            .Run();
        long id = rows.LastRowId;
        var (a, b, c) = (Clear(rows.A), Clear(rows.B), Clear(rows.C));
        SegmentBlob.WriteParagraphs(a, doc.Paragraphs);
        SegmentBlob.WriteSections(b, doc.Sections);
        SegmentBlob.WriteSentences(c, doc.Sentences);
        rows.Segments.Int(0, id).Blob(1, a.WrittenSpan).Blob(2, b.WrittenSpan).Blob(3, c.WrittenSpan).Run();

        var r = analysis.Recognitions;
        string text = src.Text;
        InsertRecognitions(id, "time", r.Times, text, RecognitionBlob.WriteTimes);
        InsertRecognitions(id, "number", r.Numbers, text, RecognitionBlob.WriteNumbers);
        InsertRecognitions(id, "place", r.Places, text, RecognitionBlob.WritePlaces);
        InsertRecognitions(id, "actor", r.Actors, text, RecognitionBlob.WriteActors);
        var mentions = ListSpan.Of(analysis.Mentions);
        if (mentions.Length == 0)
        {
            return;
        }

        ids.Clear();
        int events = 0;
        foreach (var m in mentions)
        {
            if (!ids.Add(m.Id))
            {
                throw new StoreException($"{Path}: {src.Name} has two mentions with the id {m.Id}");
            }

            events += m.Kind == MentionKind.Event ? 1 : 0;
        }

        var set = Clear(rows.Set);
        MentionSetBlob.Write(set, text, mentions, rows.Line, b);
        rows.Mentions.Int(0, id).Int(1, events).Int(2, mentions.Length - events).Blob(3, set.WrittenSpan).Run();
    }

    public IReadOnlyList<StoredDocument> Documents() => Run(() =>
    {
        var db = connection.Handle!;
        using var query = RawSql.Query(
            db,
            """
            SELECT d.id, d.name, d.path, d.format, d.language, d.byte_size, length(d.text), d.hash, d.ingested_at, d.sentences,
                   coalesce(m.events, 0), coalesce(m.figures, 0)
            FROM documents d LEFT JOIN mentions m ON m.doc_id = d.id ORDER BY d.name
            """);
        var documents = new List<StoredDocument>();
        while (RawSql.Step(db, query))
        {
            documents.Add(new StoredDocument(
                Id: SQLitePCL.raw.sqlite3_column_int64(query, 0),
                Name: RawSql.ColumnText(query, 1)!,
                Path: RawSql.ColumnText(query, 2)!,
                Format: RawSql.ColumnText(query, 3)!,
                Language: RawSql.ColumnText(query, 4)!,
                ByteSize: SQLitePCL.raw.sqlite3_column_int64(query, 5),
                Chars: SQLitePCL.raw.sqlite3_column_int64(query, 6),
                Hash: RawSql.ColumnText(query, 7)!,
                IngestedAt: RawSql.ColumnText(query, 8)!,
                Sentences: SQLitePCL.raw.sqlite3_column_int64(query, 9),
                Events: SQLitePCL.raw.sqlite3_column_int64(query, 10),
                Figures: SQLitePCL.raw.sqlite3_column_int64(query, 11)));
        }

        return documents;
    });

    public string? DocumentText(string name) => Run(() =>
    {
        var db = connection.Handle!;
        using var query = RawSql.Query(db, "SELECT text FROM documents WHERE name = ?1", name);
        return RawSql.Step(db, query) ? RawSql.ColumnText(query, 0) : null;
    });

    /// <summary>Mentions in document order; <paramref name="doc"/> matches a name or its prefix before '_' or '.'.</summary>
    public IReadOnlyList<Mention> Mentions(string? doc = null, MentionKind? kind = null) =>
        MentionRecords(doc, kind).Select(MentionJson.FromJson).ToList();

    /// <summary>
    /// The stored records of <see cref="Mentions"/>, in the same order, as <see cref="MentionJson.ToLine"/>
    /// writes them (with or without evidence), for exports that pass them through without rebuilding them.
    /// </summary>
    public IReadOnlyList<string> MentionRecords(string? doc = null, MentionKind? kind = null, bool explain = true)
    {
        var records = new List<string>();
        ForEachMentionRecord(records.Add, doc, kind, explain);
        return records;
    }

    /// <summary><see cref="MentionRecords"/> one at a time, without holding them all.</summary>
    public void ForEachMentionRecord(Action<string> record, string? doc = null, MentionKind? kind = null, bool explain = true) =>
        ForEachMentionLine(line => record(Encoding.UTF8.GetString(line)), doc, kind, explain);

    /// <summary>
    /// Every mention's line (<see cref="MentionRecords"/>, all documents, in the same order), each
    /// followed by a line break, as UTF-8 straight to <paramref name="output"/>.
    /// </summary>
    public void WriteMentionLines(Stream output, bool explain)
    {
        var newLine = Encoding.UTF8.GetBytes(Environment.NewLine);
        ForEachMentionLine(
            line =>
            {
                output.Write(line);
                output.Write(newLine);
            },
            null,
            null,
            explain);
    }

    /// <summary>A mention's line, valid only during the call.</summary>
    private delegate void LineAction(ReadOnlySpan<byte> line);

    private void ForEachMentionLine(LineAction onLine, string? doc, MentionKind? kind, bool explain) => Run(() =>
    {
        var sql = """
            SELECT m.doc_id, m.data FROM mentions m JOIN documents d ON d.id = m.doc_id
            WHERE (?1 IS NULL OR d.name = ?1 OR d.name LIKE ?1 || '\_%' ESCAPE '\' OR d.name LIKE ?1 || '.%')
            ORDER BY d.name
            """;
        var db = connection.Handle!;
        using var query = RawSql.Prepare(db, sql);
        using var textQuery = RawSql.Prepare(db, "SELECT text FROM documents WHERE id = ?1");
        RawSql.Check(db, doc is null ? SQLitePCL.raw.sqlite3_bind_null(query, 1) : SQLitePCL.raw.sqlite3_bind_text(query, 1, doc));
        int only = kind switch
        {
            MentionKind.Event => MentionSetBlob.Event,
            MentionKind.Figure => MentionSetBlob.Figure,
            _ => -1,
        };
        var lines = new StoredMentionLine();
        while (RawSql.Step(db, query))
        {
            // The document's text, which quotes and evidence point into: read once per document.
            RawSql.Check(db, SQLitePCL.raw.sqlite3_bind_int64(textQuery, 1, SQLitePCL.raw.sqlite3_column_int64(query, 0)));
            string text = RawSql.Step(db, textQuery) ? RawSql.ColumnText(textQuery, 0)! : "";
            SQLitePCL.raw.sqlite3_reset(textQuery);
            var mentions = new MentionSetBlob.Reader(SQLitePCL.raw.sqlite3_column_blob(query, 1));
            var names = explain ? new List<string>() : null;
            while (mentions.Next(out var m))
            {
                // Evidence names are numbered across the document: read every mention's, in order.
                var evidence = names is null ? null : EvidenceBlob.Read(m.Evidence, text, names);
                if (only >= 0 && m.Kind != only)
                {
                    continue;
                }

                var quote = m.QuoteAt < 0 ? default : text.AsSpan(m.Start, m.End - m.Start);
                onLine(lines.Build(m.Line, m.QuoteAt, quote, evidence));
            }
        }

        return 0;
    });

    public IReadOnlyList<Paragraph> Paragraphs(string docName) =>
        SegmentsOf(docName, "paragraphs") is { } data ? SegmentBlob.ReadParagraphs(data) : [];

    public IReadOnlyList<Sentence> Sentences(string docName) =>
        SegmentsOf(docName, "sentences") is { } data ? SegmentBlob.ReadSentences(data) : [];

    public IReadOnlyList<Section> Sections(string docName) =>
        SegmentsOf(docName, "sections") is { } data ? SegmentBlob.ReadSections(data) : [];

    /// <summary>What the recognisers found in a stored document (empty lists when it is not stored).</summary>
    public Recognitions Recognitions(string docName)
    {
        var text = DocumentText(docName) ?? "";
        var data = Run(() =>
        {
            var db = connection.Handle!;
            using var query = RawSql.Query(db, "SELECT r.kind, r.data FROM recognitions r JOIN documents d ON d.id = r.doc_id WHERE d.name = ?1", docName);
            var byKind = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            while (RawSql.Step(db, query))
            {
                byKind.Add(RawSql.ColumnText(query, 0)!, RawSql.ColumnBytes(query, 1)!);
            }

            return byKind;
        });
        return new Recognitions(
            data.TryGetValue("time", out var t) ? RecognitionBlob.ReadTimes(t, text) : [],
            data.TryGetValue("number", out var n) ? RecognitionBlob.ReadNumbers(n, text) : [],
            data.TryGetValue("place", out var p) ? RecognitionBlob.ReadPlaces(p, text) : [],
            data.TryGetValue("actor", out var a) ? RecognitionBlob.ReadActors(a, text) : []);
    }

    /// <summary>The underlying connection, for read-side components (search, web) that add their own tables.</summary>
    public SqliteConnection Connection => connection;

    private byte[]? SegmentsOf(string docName, string column) => Run(() =>
    {
        var db = connection.Handle!;
        using var query = RawSql.Query(db, $"SELECT s.{column} FROM segments s JOIN documents d ON d.id = s.doc_id WHERE d.name = ?1", docName);
        return RawSql.Step(db, query) ? RawSql.ColumnBytes(query, 0) : null;
    });

    /// <summary>One row per kind; a kind with nothing found has no row.</summary>
    private void InsertRecognitions<T>(long id, string kind, IReadOnlyList<T> values, string text, Action<ArrayBufferWriter<byte>, string, IReadOnlyList<T>> write)
    {
        if (values.Count == 0)
        {
            return;
        }

        var data = Clear(Inserters.A);
        write(data, text, values);
        Inserters.Recognitions.Int(0, id).Text(1, kind).Blob(2, data.WrittenSpan).Run();
    }

    private static ArrayBufferWriter<byte> Clear(ArrayBufferWriter<byte> buffer)
    {
        buffer.ResetWrittenCount();
        return buffer;
    }

    private T Run<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (SqliteException ex)
        {
            throw Translate(Path, ex);
        }
    }

    private static StoreException Translate(string path, SqliteException ex) => ex.SqliteErrorCode switch
    {
        26 => new StoreException($"{path}: not a Concord store (the file is not a SQLite database)", ex),
        5 or 6 => new StoreException($"{path}: the store is locked by another process; try again when it is done", ex),
        8 => new StoreException($"{path}: the store is read-only", ex),
        14 => new StoreException($"{path}: cannot open the store file", ex),
        11 => new StoreException($"{path}: the store file is corrupt", ex),
        _ => new StoreException($"{path}: store error: {ex.Message}", ex),
    };

    /// <summary>The prepared inserts, and the buffers their records are written to (reused for every document).</summary>
    private sealed class Inserts(SqliteConnection c) : IDisposable
    {
        public RowInserter Documents { get; } = new(c, "documents", "name", "path", "format", "language", "hash", "byte_size", "text", "ingested_at", "sentences");

        /// <summary>The id of the row inserted last on this connection (the document's, right after its insert).</summary>
        public long LastRowId => SQLitePCL.raw.sqlite3_last_insert_rowid(c.Handle);

        public RowInserter Segments { get; } = new(c, "segments", "doc_id", "paragraphs", "sections", "sentences");

        public RowInserter Recognitions { get; } = new(c, "recognitions", "doc_id", "kind", "data");

        public RowInserter Mentions { get; } = new(c, "mentions", "doc_id", "events", "figures", "data");

        public ArrayBufferWriter<byte> A { get; } = new(1 << 16);

        /// <summary>A mention's line (<see cref="MentionJson.WriteLineWithoutQuote"/>).</summary>
        public JsonLineBuffer Line { get; } = new();

        public ArrayBufferWriter<byte> B { get; } = new(1 << 16);

        public ArrayBufferWriter<byte> C { get; } = new(1 << 16);

        /// <summary>A document's mentions (<see cref="MentionSetBlob"/>).</summary>
        public ArrayBufferWriter<byte> Set { get; } = new(1 << 16);

        public void Dispose()
        {
            Documents.Dispose();
            Segments.Dispose();
            Recognitions.Dispose();
            Mentions.Dispose();
        }
    }
}
