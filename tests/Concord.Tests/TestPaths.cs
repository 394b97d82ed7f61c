namespace Concord.Tests;

/// <summary>Locates the repository and the shared corpus (../shared beside the clone).</summary>
public static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static string KarabakhCorpus => Path.Combine(Shared, "corpus", "karabakh");

    public static string Gold => Path.Combine(Shared, "eval", "gold", "karabakh.jsonl");

    public static string Samples => Path.Combine(RepoRoot, "samples");

    /// <summary>The text of a corpus document by its number prefix ("003").</summary>
    public static string CorpusText(string prefix) =>
        File.ReadAllText(Directory.GetFiles(KarabakhCorpus, prefix + "_*.txt").Single());

    public static string CorpusFile(string prefix) => Directory.GetFiles(KarabakhCorpus, prefix + "_*.txt").Single();

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Concord.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Concord.sln not found above " + AppContext.BaseDirectory);
    }
}
