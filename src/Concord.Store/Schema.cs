namespace Concord.Store;

/// <summary>
/// The SQLite schema. Offsets are UTF-16 code units into documents.text.
/// <list type="bullet">
/// <item>A document's mentions are one binary record (<see cref="MentionSetBlob"/>), in export
/// order (start, then id; ids are unique within a document, checked when storing): each mention's
/// record without evidence as JSON (the export contract line) and its evidence beside it
/// (<see cref="EvidenceBlob"/>). When the quote is the document text under the mention's span
/// (always, so far) the line is stored with an empty quote and where the quote goes back in.
/// A row per mention (57,000 for a 20 MB ingest) cost more in SQLite's per-row work than the
/// bytes; nothing queries a single mention, and the filters (document, kind) and the counts per
/// kind work per document.</item>
/// <item>A document's segmentation (paragraphs, sections, sentences) is one row of three binary
/// records (<see cref="SegmentBlob"/>), and its recognitions one binary row per kind
/// (<see cref="RecognitionBlob"/>): they
/// are read per document or not at all, and hundreds of thousands of small rows cost more to
/// write than everything else an ingest stores.</item>
/// <item>Texts that are a slice of documents.text (quotes, evidence and recognised texts) are not
/// stored again: the database was nine times the size of the text, and writing it was most of
/// the time spent storing.</item>
/// </list>
/// </summary>
internal static class Schema
{
    /// <summary>
    /// 1: a row per paragraph, section, sentence and recognition; mentions with evidence inside.
    /// 2: segments, recognitions and evidence as JSON, with copies of the texts they point at.
    /// 3: binary records, texts that are slices stored as spans; mentions a rowid table with
    /// copies of fields of their line (dates, event type, repeat) and an index on the date.
    /// 4: mentions keyed (doc_id, start, id) WITHOUT ROWID; recognitions repeated every name.
    /// 5: a recognitions record writes each name (rule, source, place, actor, value) once and
    /// refers back to it by number after that.
    /// 6: a document's mentions are one record (<see cref="MentionSetBlob"/>) with the counts per
    /// kind beside it, not a row each.
    /// 7: in that record, the evidence's roles and rules are names (written once per document).
    /// </summary>
    public const int Version = 7;

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
            ingested_at TEXT NOT NULL,
            sentences INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS segments(
            doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            paragraphs BLOB NOT NULL,
            sections BLOB NOT NULL,
            sentences BLOB NOT NULL);
        CREATE TABLE IF NOT EXISTS recognitions(
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            data BLOB NOT NULL,
            PRIMARY KEY(doc_id, kind));
        CREATE TABLE IF NOT EXISTS mentions(
            doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            events INTEGER NOT NULL,
            figures INTEGER NOT NULL,
            data BLOB NOT NULL);
        """;
}
