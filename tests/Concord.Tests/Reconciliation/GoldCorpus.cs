using Concord.Model;
using Concord.Reconciliation;
using Concord.Reconciliation.Input;

namespace Concord.Tests.Reconciliation;

/// <summary>The Karabakh corpus with its gold mentions, reconciled once for all tests in this folder.</summary>
public static class GoldCorpus
{
    private static readonly Lazy<(Dictionary<string, ReconDocument> Docs, IReadOnlyList<Mention> Mentions, ReconciliationResult Result)> Loaded = new(() =>
    {
        var docs = CorpusFolderReader.Read(TestPaths.KarabakhCorpus);
        var mentions = MentionFileReader.Read(TestPaths.Gold, docs);
        return (docs, mentions, new Reconciler().Run(docs.Values.ToList(), mentions));
    });

    public static Dictionary<string, ReconDocument> Documents => Loaded.Value.Docs;

    public static IReadOnlyList<Mention> Mentions => Loaded.Value.Mentions;

    public static ReconciliationResult Result => Loaded.Value.Result;

    public static string DocName(string prefix) => Path.GetFileName(TestPaths.CorpusFile(prefix));

    public static Mention Gold(string id) => Mentions.Single(m => m.Id == id);
}
