using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Concord.Store;

/// <summary>
/// Statements run straight on the connection's SQLite handle, for opening a store and for the
/// export's per-row reads. Every Concord command opens a store, and the data-provider and Dapper
/// paths cost a short process (an export) more in start-up (their types loaded and compiled, Dapper
/// emitting code for each query shape) than the statements themselves. Errors are thrown as the
/// provider throws them (<see cref="SqliteException"/>).
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

    public static void Check(sqlite3 db, int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, db);
        }
    }
}
