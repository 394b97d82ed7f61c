namespace Concord.Store;

/// <summary>A store problem worth one line to the user: not a database, locked, unwritable.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
