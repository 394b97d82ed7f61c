using System.Buffers;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Concord.Store;

/// <summary>
/// One INSERT statement prepared once on the store's connection and run for many rows, binding
/// values by position. Storing a document writes hundreds of rows; re-parsing the statement and
/// looking up every parameter by name per row (what a data-provider command does) cost more than
/// the inserts themselves. Runs inside the connection's open transaction like any other command.
/// </summary>
internal sealed class RowInserter : IDisposable
{
    private readonly sqlite3 db;
    private readonly sqlite3_stmt statement;
    private readonly int columns;

    public RowInserter(SqliteConnection connection, string table, params string[] columnNames)
    {
        db = connection.Handle!;
        columns = columnNames.Length;
        var sql = $"INSERT INTO {table}({string.Join(", ", columnNames)}) VALUES ({string.Join(", ", columnNames.Select(_ => "?"))})";
        Check(raw.sqlite3_prepare_v2(db, sql, out statement));
    }

    /// <summary>
    /// Inserts one row; values in column order: string, long/int, double, null, UTF-8 text
    /// already written to an <see cref="ArrayBufferWriter{T}"/> or a <see cref="BlobValue"/> (both
    /// bound without a copy).
    /// </summary>
    public void Insert(params object?[] values)
    {
        try
        {
            for (int i = 0; i < columns; i++)
            {
                Check(values[i] switch
                {
                    null => raw.sqlite3_bind_null(statement, i + 1),
                    string s => raw.sqlite3_bind_text(statement, i + 1, s),
                    ArrayBufferWriter<byte> utf8 => raw.sqlite3_bind_text(statement, i + 1, utf8.WrittenSpan),
                    BlobValue blob => raw.sqlite3_bind_blob(statement, i + 1, blob.Bytes.WrittenSpan),
                    int n => raw.sqlite3_bind_int64(statement, i + 1, n),
                    long n => raw.sqlite3_bind_int64(statement, i + 1, n),
                    double d => raw.sqlite3_bind_double(statement, i + 1, d),
                    var other => throw new ArgumentException($"cannot store a {other.GetType().Name}", nameof(values)),
                });
            }

            int rc = raw.sqlite3_step(statement);
            if (rc != raw.SQLITE_DONE)
            {
                Check(rc);
            }
        }
        finally
        {
            raw.sqlite3_reset(statement);
            raw.sqlite3_clear_bindings(statement);
        }
    }

    public void Dispose() => statement.Dispose();

    private void Check(int rc) => SqliteException.ThrowExceptionForRC(rc, db);
}

/// <summary>Bytes written to a buffer, stored as a BLOB (a bare buffer is stored as UTF-8 text).</summary>
internal readonly record struct BlobValue(ArrayBufferWriter<byte> Bytes);
