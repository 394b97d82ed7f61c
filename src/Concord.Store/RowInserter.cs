using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Concord.Store;

/// <summary>
/// One INSERT statement prepared once on the store's connection and run for many rows: bind every
/// column by position (<c>Text</c>, <c>Int</c>, <c>Blob</c>, <c>Null</c>), then <see cref="Run"/>.
/// Storing a document writes hundreds of rows; re-parsing the statement and looking up every
/// parameter by name per row (what a data-provider command does) cost more than the inserts
/// themselves, and so did boxing each value and allocating a UTF-8 copy of each string. Strings
/// are encoded into one reused buffer (SQLite copies what is bound). Runs inside the
/// connection's open transaction like any other command.
/// </summary>
internal sealed class RowInserter : IDisposable
{
    private readonly sqlite3 db;
    private readonly sqlite3_stmt statement;
    private byte[] utf8 = new byte[1 << 12];

    public RowInserter(SqliteConnection connection, string table, params string[] columnNames)
    {
        db = connection.Handle!;
        var sql = $"INSERT INTO {table}({string.Join(", ", columnNames)}) VALUES ({string.Join(", ", columnNames.Select(_ => "?"))})";
        statement = RawSql.Prepare(db, sql);
    }

    /// <summary>Binds a string (or NULL) to the 0-based <paramref name="column"/>.</summary>
    public RowInserter Text(int column, string? value)
    {
        if (value is null)
        {
            return Null(column);
        }

        int max = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (max > utf8.Length)
        {
            utf8 = new byte[Math.Max(max, utf8.Length * 2)];
        }

        int n = Encoding.UTF8.GetBytes(value, utf8);
        return Text(column, utf8.AsSpan(0, n));
    }

    /// <summary>Binds text already encoded as UTF-8.</summary>
    public RowInserter Text(int column, ReadOnlySpan<byte> value)
    {
        // An empty span has no address, which SQLite would bind as NULL.
        Check(value.IsEmpty ? raw.sqlite3_bind_text(statement, column + 1, "") : raw.sqlite3_bind_text(statement, column + 1, value));
        return this;
    }

    public RowInserter Int(int column, long value)
    {
        Check(raw.sqlite3_bind_int64(statement, column + 1, value));
        return this;
    }

    public RowInserter Blob(int column, ReadOnlySpan<byte> value)
    {
        Check(value.IsEmpty ? raw.sqlite3_bind_zeroblob(statement, column + 1, 0) : raw.sqlite3_bind_blob(statement, column + 1, value));
        return this;
    }

    public RowInserter Null(int column)
    {
        Check(raw.sqlite3_bind_null(statement, column + 1));
        return this;
    }

    /// <summary>Inserts the row bound so far; every column must have been bound for this row.</summary>
    public void Run()
    {
        try
        {
            int rc = raw.sqlite3_step(statement);
            if (rc != raw.SQLITE_DONE)
            {
                Check(rc);
            }
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    public void Dispose() => statement.Dispose();

    private void Check(int rc) => RawSql.Check(db, rc);
}
