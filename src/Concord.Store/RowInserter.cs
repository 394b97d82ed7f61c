using Microsoft.Data.Sqlite;

namespace Concord.Store;

/// <summary>
/// One INSERT statement prepared once and run for many rows: the parameters are created once and
/// only their values change per row. Binding by position on a reused statement is what makes
/// storing tens of thousands of rows cheap (a statement re-parsed and re-bound by name per row
/// costs more than the insert itself).
/// </summary>
internal sealed class RowInserter : IDisposable
{
    private readonly SqliteCommand command;
    private readonly SqliteParameter[] parameters;

    public RowInserter(SqliteConnection connection, string table, params string[] columns)
    {
        command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO {table}({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        parameters = new SqliteParameter[columns.Length];
        for (int i = 0; i < columns.Length; i++)
        {
            parameters[i] = command.Parameters.Add(new SqliteParameter("$p" + i, null));
        }
    }

    /// <summary>Inserts one row inside <paramref name="transaction"/>; values in column order (null is SQL NULL).</summary>
    public void Insert(SqliteTransaction transaction, params object?[] values)
    {
        command.Transaction = transaction;
        for (int i = 0; i < parameters.Length; i++)
        {
            parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    public void Dispose() => command.Dispose();
}
