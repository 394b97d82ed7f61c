using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Concord.Store;

/// <summary>
/// Statements run straight on the connection's SQLite handle: every read and write of the store.
/// Every Concord command opens a store, and the data-provider paths cost a short process (an
/// export) more in start-up (their types loaded and compiled) than the statements themselves;
/// columns are read by position into typed values, with no reflection-based mapping (which a
/// Native AOT build cannot run). Errors are thrown as the provider throws them
/// (<see cref="SqliteException"/>).
/// </summary>
internal static class RawSql
{
    /// <summary>Runs one or more statements that return no rows.</summary>
    public static void Exec(sqlite3 db, string sql) => Check(db, raw.sqlite3_exec(db, sql));

    /// <summary>The first column of the first row as a number (0 when there is no row).</summary>
    public static long Long(sqlite3 db, string sql)
    {
        using var statement = Prepare(db, sql);
        return Step(db, statement) ? raw.sqlite3_column_int64(statement, 0) : 0;
    }

    /// <summary>The first column of the first row as text (null when there is no row or it is NULL).</summary>
    public static string? Text(sqlite3 db, string sql)
    {
        using var statement = Prepare(db, sql);
        return Step(db, statement) ? ColumnText(statement, 0) : null;
    }

    /// <summary>
    /// <paramref name="sql"/> prepared with <paramref name="texts"/> bound to ?1, ?2, ... (a null as
    /// NULL), to be stepped through its rows with <see cref="Step"/> and disposed.
    /// </summary>
    public static sqlite3_stmt Query(sqlite3 db, string sql, params ReadOnlySpan<string?> texts)
    {
        var statement = Prepare(db, sql);
        try
        {
            for (int i = 0; i < texts.Length; i++)
            {
                Check(db, texts[i] is { } text ? raw.sqlite3_bind_text(statement, i + 1, text) : raw.sqlite3_bind_null(statement, i + 1));
            }

            return statement;
        }
        catch
        {
            statement.Dispose();
            throw;
        }
    }

    /// <summary>Runs one statement that returns no rows, with <paramref name="texts"/> bound as in <see cref="Query"/>.</summary>
    public static void Run(sqlite3 db, string sql, params ReadOnlySpan<string?> texts)
    {
        using var statement = Query(db, sql, texts);
        Step(db, statement);
    }

    public static sqlite3_stmt Prepare(sqlite3 db, string sql)
    {
        Check(db, raw.sqlite3_prepare_v2(db, sql, out var statement));
        return statement;
    }

    /// <summary>Steps <paramref name="statement"/>: true when it gave a row, false when it is done.</summary>
    public static bool Step(sqlite3 db, sqlite3_stmt statement)
    {
        int rc = raw.sqlite3_step(statement);
        if (rc == raw.SQLITE_ROW)
        {
            return true;
        }

        if (rc != raw.SQLITE_DONE)
        {
            Check(db, rc);
        }

        return false;
    }

    public static string? ColumnText(sqlite3_stmt statement, int column) =>
        raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL ? null : Encoding.UTF8.GetString(raw.sqlite3_column_blob(statement, column));

    /// <summary>A copy of a blob column (null when it is NULL; empty for an empty blob).</summary>
    public static byte[]? ColumnBytes(sqlite3_stmt statement, int column) =>
        raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL ? null : raw.sqlite3_column_blob(statement, column).ToArray();

    public static void Check(sqlite3 db, int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, db);
        }
    }
}
