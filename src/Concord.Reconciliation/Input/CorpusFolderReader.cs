namespace Concord.Reconciliation.Input;

/// <summary>
/// Reads plain-text documents from a folder (name = file name), for running reconciliation on a
/// mentions file without a store. The language comes from the caller (a store, or a mention's own
/// language field); "und" when nobody knows.
/// </summary>
public static class CorpusFolderReader
{
    public static Dictionary<string, ReconDocument> Read(string folder, Func<string, string?>? languageOf = null)
    {
        var docs = new Dictionary<string, ReconDocument>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            docs[name] = new ReconDocument(name, languageOf?.Invoke(name) ?? "und", File.ReadAllText(path));
        }

        return docs;
    }
}
