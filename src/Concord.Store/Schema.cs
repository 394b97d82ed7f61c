namespace Concord.Store;

/// <summary>
/// The SQLite schema. Offsets are UTF-16 code units into documents.text. Mentions keep their
/// full record as JSON (the export contract) beside the columns used to filter and sort;
/// recognitions keep theirs compact (no span: it is in start/end; no nulls).
/// </summary>
internal static class Schema
{
    public const int Version = 1;

    public const string Create = """
        CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS documents(
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            path TEXT NOT NULL,
            format TEXT NOT NULL,
            language TEXT NOT NULL,
            hash TEXT NOT NULL,
            byte_size INTEGER NOT NULL,
            text TEXT NOT NULL,
            ingested_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS paragraphs(
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, end INTEGER NOT NULL, language TEXT NOT NULL, confidence REAL NOT NULL);
        CREATE TABLE IF NOT EXISTS sections(
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, end INTEGER NOT NULL, kind TEXT NOT NULL, title TEXT);
        CREATE TABLE IF NOT EXISTS sentences(
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
            language TEXT NOT NULL, section TEXT NOT NULL, heading TEXT,
            PRIMARY KEY(doc_id, idx));
        CREATE TABLE IF NOT EXISTS recognitions(
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            kind TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, json TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS recognitions_doc ON recognitions(doc_id, kind);
        CREATE TABLE IF NOT EXISTS mentions(
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            id TEXT NOT NULL,
            kind TEXT NOT NULL,
            start INTEGER NOT NULL, end INTEGER NOT NULL,
            date_start TEXT, date_end TEXT, event_type TEXT,
            repeat_of TEXT,
            json TEXT NOT NULL,
            PRIMARY KEY(doc_id, id));
        CREATE INDEX IF NOT EXISTS mentions_date ON mentions(date_start);
        """;
}
