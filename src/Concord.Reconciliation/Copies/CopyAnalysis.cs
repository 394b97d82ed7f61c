using Concord.Model;

namespace Concord.Reconciliation.Copies;

/// <summary>A passage that repeats an earlier passage of the same document (a paste).</summary>
public sealed record RepeatedPassage(string Doc, TextSpan Span, TextSpan FirstSpan, double Similarity);

/// <summary>
/// One document copying much of another: the share of each one's words that also appear (as
/// 5-word shingles) in the other, and the likely direction: the copy is the document whose text
/// is mostly contained in the other. <see cref="DirectionKnown"/> is false when the shares are too
/// close to tell (mutual copies, or both from a third source).
/// </summary>
public sealed record CopyRelation(
    string Copy,
    string Source,
    double ShareOfCopyInSource,
    double ShareOfSourceInCopy,
    int SharedPassages,
    bool DirectionKnown);

/// <summary>What the duplicate detector found over a set of documents.</summary>
public sealed record CopyAnalysis(
    IReadOnlyList<RepeatedPassage> Repeats,
    IReadOnlyList<CopyRelation> Copies,
    IReadOnlyDictionary<string, string> IndependenceGroup)
{
    /// <summary>
    /// The source a document counts as: the first-named document of its copy group (a document and
    /// everything copied from or into it, transitively); a document outside every relation is its own.
    /// </summary>
    public string GroupOf(string doc) => IndependenceGroup.TryGetValue(doc, out var g) ? g : doc;

    public int IndependentCount(IEnumerable<string> docs) => docs.Select(GroupOf).Distinct().Count();
}
