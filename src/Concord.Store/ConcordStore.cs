using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Concord.Export;
using Concord.Model;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Concord.Store;

/// <summary>
/// The SQLite store: documents with their original text, segmentation, recognitions and
/// mentions. Saving a document is one transaction, so a failure never leaves half a document.
/// </summary>
public sealed class ConcordStore : IDisposable
{
    private readonly SqliteConnection connection;
    private Inserts? inserts;

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
            conn.Execute("PRAGMA busy_timeout = 2000;");
            if (!readOnly)
            {
                // Schema creation doubles as the check that this is a database we may write.
                conn.Execute("PRAGMA foreign_keys = ON;");
                conn.Execute("PRAGMA journal_mode = WAL;");

                // In WAL mode NORMAL still never corrupts the store; it skips the sync on every
                // commit (one per document), which otherwise dominates the wall time of an ingest.
                conn.Execute("PRAGMA synchronous = NORMAL;");
                conn.Execute(Schema.Create);
                conn.Execute(
                    "INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', @v)",
                    new { v = Schema.Version.ToString(CultureInfo.InvariantCulture) });
            }
            else
            {
                conn.ExecuteScalar<long>("SELECT count(*) FROM documents");
            }

            return new ConcordStore(conn, path);
        }
        catch (SqliteException ex)
        {
            conn.Dispose();
            throw Translate(path, ex);
        }
    }

    /// <summary>The row inserts of <see cref="Save"/>, prepared on first use and reused for every document.</summary>
    private Inserts Inserters => inserts ??= new Inserts(connection);

    public void Dispose()
    {
        inserts?.Dispose();
        connection.Dispose();
    }

    /// <summary>The stored content hash of a document, or null when it is not stored.</summary>
    public string? HashOf(string name) =>
        Run(() => connection.ExecuteScalar<string?>("SELECT hash FROM documents WHERE name = @name", new { name }));

    /// <summary>
    /// Stores one analysed document. Unchanged (same name and hash): nothing happens. Changed:
    /// its old rows are replaced in the same transaction.
    /// </summary>
    public SaveOutcome Save(DocumentAnalysis analysis)
    {
        var doc = analysis.Document;
        var src = doc.Source;
        return Run(() =>
        {
            var existing = HashOf(src.Name);
            if (existing == src.ContentHash)
            {
                return SaveOutcome.Unchanged;
            }

            using var tx = connection.BeginTransaction();
            if (existing is not null)
            {
                connection.Execute("DELETE FROM documents WHERE name = @name", new { name = src.Name }, tx);
            }

            var id = connection.ExecuteScalar<long>(
                """
                INSERT INTO documents(name, path, format, language, hash, byte_size, text, ingested_at)
                VALUES (@Name, @Path, @Format, @Language, @Hash, @ByteSize, @Text, @At) RETURNING id
                """,
                new
                {
                    src.Name,
                    Path = System.IO.Path.GetFullPath(src.Path),
                    src.Format,
                    doc.Language,
                    Hash = src.ContentHash,
                    src.ByteSize,
                    src.Text,
                    At = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                },
                tx);
            var rows = Inserters;
            foreach (var p in doc.Paragraphs)
            {
                rows.Paragraphs.Insert(id, p.Span.Start, p.Span.End, p.Language, p.Confidence);
            }

            foreach (var s in doc.Sections)
            {
                rows.Sections.Insert(id, s.Span.Start, s.Span.End, s.Kind.ToString(), s.Title);
            }

            foreach (var s in doc.Sentences)
            {
                rows.Sentences.Insert(id, s.Index, s.Span.Start, s.Span.End, s.Language, s.Section.ToString(), s.Heading);
            }

            var r = analysis.Recognitions;
            InsertRecognitions(id, "time", r.Times, x => x.Span, RecognitionJson.Time);
            InsertRecognitions(id, "number", r.Numbers, x => x.Span, RecognitionJson.Number);
            InsertRecognitions(id, "place", r.Places, x => x.Span, RecognitionJson.Place);
            InsertRecognitions(id, "actor", r.Actors, x => x.Span, RecognitionJson.Actor);
            foreach (var m in analysis.Mentions)
            {
                rows.Mentions.Insert(
                    id,
                    m.Id,
                    m.Kind == MentionKind.Event ? "event" : "figure",
                    m.Span.Start,
                    m.Span.End,
                    m.DateStart,
                    m.DateEnd,
                    m.EventType,
                    m.RepeatOf,
                    MentionJson.ToLine(m, explain: true));
            }

            tx.Commit();
            return existing is null ? SaveOutcome.Added : SaveOutcome.Replaced;
        });
    }

    public IReadOnlyList<StoredDocument> Documents() => Run(() => connection.Query<StoredDocument>(
        """
        SELECT d.id AS Id, d.name AS Name, d.path AS Path, d.format AS Format, d.language AS Language,
               d.byte_size AS ByteSize, length(d.text) AS Chars, d.hash AS Hash, d.ingested_at AS IngestedAt,
               (SELECT count(*) FROM sentences s WHERE s.doc_id = d.id) AS Sentences,
               (SELECT count(*) FROM mentions m WHERE m.doc_id = d.id AND m.kind = 'event') AS Events,
               (SELECT count(*) FROM mentions m WHERE m.doc_id = d.id AND m.kind = 'figure') AS Figures
        FROM documents d ORDER BY d.name
        """).ToList());

    public string? DocumentText(string name) =>
        Run(() => connection.ExecuteScalar<string?>("SELECT text FROM documents WHERE name = @name", new { name }));

    /// <summary>Mentions in document order; <paramref name="doc"/> matches a name or its prefix before '_' or '.'.</summary>
    public IReadOnlyList<Mention> Mentions(string? doc = null, MentionKind? kind = null) =>
        MentionRecords(doc, kind).Select(MentionJson.FromJson).ToList();

    /// <summary>
    /// The stored records of <see cref="Mentions"/> as written (<see cref="MentionJson.ToLine"/> with
    /// evidence), in the same order, for exports that pass them through without rebuilding them.
    /// </summary>
    public IReadOnlyList<string> MentionRecords(string? doc = null, MentionKind? kind = null) => Run(() => connection.Query<string>(
        """
        SELECT m.json FROM mentions m JOIN documents d ON d.id = m.doc_id
        WHERE (@doc IS NULL OR d.name = @doc OR d.name LIKE @prefix || '\_%' ESCAPE '\' OR d.name LIKE @prefix || '.%')
          AND (@kind IS NULL OR m.kind = @kind)
        ORDER BY d.name, m.start, m.id
        """,
        new { doc, prefix = doc, kind = kind switch { MentionKind.Event => "event", MentionKind.Figure => "figure", _ => null } })
        .ToList());

    public IReadOnlyList<Sentence> Sentences(string docName) => Run(() => connection.Query<(long Idx, long Start, long End, string Language, string Section, string? Heading)>(
        """
        SELECT s.idx, s.start, s.end, s.language, s.section, s.heading
        FROM sentences s JOIN documents d ON d.id = s.doc_id WHERE d.name = @docName ORDER BY s.idx
        """,
        new { docName })
        .Select(r => new Sentence((int)r.Idx, new TextSpan((int)r.Start, (int)r.End), r.Language, Enum.Parse<SectionKind>(r.Section), r.Heading))
        .ToList());

    public IReadOnlyList<Section> Sections(string docName) => Run(() => connection.Query<(long Start, long End, string Kind, string? Title)>(
        "SELECT s.start, s.end, s.kind, s.title FROM sections s JOIN documents d ON d.id = s.doc_id WHERE d.name = @docName ORDER BY s.start",
        new { docName })
        .Select(r => new Section(new TextSpan((int)r.Start, (int)r.End), Enum.Parse<SectionKind>(r.Kind), r.Title))
        .ToList());

    /// <summary>The underlying connection, for read-side components (search, web) that add their own tables.</summary>
    public SqliteConnection Connection => connection;

    private void InsertRecognitions<T>(long id, string kind, IReadOnlyList<T> values, Func<T, TextSpan> spanOf, JsonTypeInfo<T> type)
    {
        foreach (var value in values)
        {
            var span = spanOf(value);
            Inserters.Recognitions.Insert(id, kind, span.Start, span.End, JsonSerializer.Serialize(value, type));
        }
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

    private sealed class Inserts(SqliteConnection c) : IDisposable
    {
        public RowInserter Paragraphs { get; } = new(c, "paragraphs", "doc_id", "start", "end", "language", "confidence");

        public RowInserter Sections { get; } = new(c, "sections", "doc_id", "start", "end", "kind", "title");

        public RowInserter Sentences { get; } = new(c, "sentences", "doc_id", "idx", "start", "end", "language", "section", "heading");

        public RowInserter Recognitions { get; } = new(c, "recognitions", "doc_id", "kind", "start", "end", "json");

        public RowInserter Mentions { get; } = new(c, "mentions", "doc_id", "id", "kind", "start", "end", "date_start", "date_end", "event_type", "repeat_of", "json");

        public void Dispose()
        {
            Paragraphs.Dispose();
            Sections.Dispose();
            Sentences.Dispose();
            Recognitions.Dispose();
            Mentions.Dispose();
        }
    }
}
