using Concord.Model;
using Concord.Reconciliation.Common;
using Concord.Reconciliation.Input;

namespace Concord.Reconciliation.Copies;

/// <summary>
/// Finds pasted repeats inside a document and copying between documents. Paragraphs are shingled
/// and MinHashed; LSH banding proposes candidate pairs (no all-pairs comparison); candidates are
/// verified on exact shingle sets. Document pairs with shared paragraphs are then measured whole:
/// the share of each one's words covered by shingles found in the other.
/// </summary>
public sealed class DuplicateDetector
{
    /// <summary>Verified Jaccard similarity from which a later paragraph counts as a repeat of an earlier one.</summary>
    public double RepeatSimilarity { get; init; } = 0.8;

    /// <summary>Verified Jaccard similarity from which two paragraphs of different documents count as shared.</summary>
    public double SharedSimilarity { get; init; } = 0.5;

    /// <summary>Share of a document's words found in another from which the two are a copy relation.</summary>
    public double CopyShare { get; init; } = 0.25;

    /// <summary>Shares closer than this leave the direction undecided.</summary>
    public double DirectionMargin { get; init; } = 0.1;

    public CopyAnalysis Analyze(IReadOnlyList<ReconDocument> documents)
    {
        var passages = new List<Passage>();
        var docShingles = new Dictionary<string, (List<WordToken> Words, ulong[] Shingles)>(StringComparer.Ordinal);
        foreach (var d in documents)
        {
            var words = Shingles.Words(d.Text, 0, d.Text.Length);
            docShingles[d.Name] = (words, Shingles.ShingleHashes(Shingles.WordHashes(d.Text, words)));
            foreach (var (span, pw) in Passage.Split(d.Text))
            {
                passages.Add(new Passage(passages.Count, d.Name, span, Shingles.ShingleHashes(Shingles.WordHashes(d.Text, pw))));
            }
        }

        var signatures = passages.Select(p => MinHash.Signature(p.Shingles)).ToList();
        var sets = new Dictionary<int, HashSet<ulong>>();
        HashSet<ulong> SetOf(int i) => sets.TryGetValue(i, out var s) ? s : sets[i] = [.. passages[i].Shingles];

        var repeatLinks = new UnionFind(passages.Count);
        var repeatSimilarity = new Dictionary<int, double>();
        var sharedPairs = new Dictionary<(string, string), int>();
        foreach (var (a, b) in MinHash.CandidatePairs(signatures).OrderBy(p => p))
        {
            var pa = passages[a];
            var pb = passages[b];
            double j = Jaccard(SetOf(a), SetOf(b));
            if (pa.Doc == pb.Doc)
            {
                if (j >= RepeatSimilarity)
                {
                    repeatLinks.Union(a, b);
                    repeatSimilarity[b] = Math.Max(repeatSimilarity.GetValueOrDefault(b), j);
                    repeatSimilarity[a] = Math.Max(repeatSimilarity.GetValueOrDefault(a), j);
                }
            }
            else if (j >= SharedSimilarity)
            {
                var key = string.CompareOrdinal(pa.Doc, pb.Doc) < 0 ? (pa.Doc, pb.Doc) : (pb.Doc, pa.Doc);
                sharedPairs[key] = sharedPairs.GetValueOrDefault(key) + 1;
            }
        }

        var repeats = new List<RepeatedPassage>();
        foreach (var group in repeatLinks.Groups().Where(g => g.Count > 1))
        {
            // Passages are numbered in document order, so the first member is the first statement.
            var first = passages[group[0]];
            foreach (var i in group.Skip(1))
            {
                repeats.Add(new RepeatedPassage(passages[i].Doc, passages[i].Span, first.Span, repeatSimilarity.GetValueOrDefault(i, 1)));
            }
        }

        var copies = new List<CopyRelation>();
        foreach (var ((x, y), count) in sharedPairs)
        {
            double xInY = Coverage(docShingles[x], docShingles[y].Shingles);
            double yInX = Coverage(docShingles[y], docShingles[x].Shingles);
            if (Math.Max(xInY, yInX) < CopyShare)
            {
                continue;
            }

            bool known = Math.Abs(xInY - yInX) >= DirectionMargin;
            copies.Add(xInY >= yInX
                ? new CopyRelation(x, y, xInY, yInX, count, known)
                : new CopyRelation(y, x, yInX, xInY, count, known));
        }

        copies.Sort((p, q) => q.ShareOfCopyInSource.CompareTo(p.ShareOfCopyInSource));
        return new CopyAnalysis(repeats.OrderBy(r => r.Doc, StringComparer.Ordinal).ThenBy(r => r.Span.Start).ToList(), copies, Groups(documents, copies));
    }

    private static Dictionary<string, string> Groups(IReadOnlyList<ReconDocument> documents, List<CopyRelation> copies)
    {
        var index = documents.Select((d, i) => (d.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        var uf = new UnionFind(documents.Count);
        foreach (var c in copies)
        {
            uf.Union(index[c.Copy], index[c.Source]);
        }

        var name = new Dictionary<int, string>();
        foreach (var d in documents.OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            name.TryAdd(uf.Find(index[d.Name]), d.Name);
        }

        return documents.ToDictionary(d => d.Name, d => name[uf.Find(index[d.Name])], StringComparer.Ordinal);
    }

    private static double Jaccard(HashSet<ulong> a, HashSet<ulong> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        int inter = a.Count < b.Count ? a.Count(b.Contains) : b.Count(a.Contains);
        return inter / (double)(a.Count + b.Count - inter);
    }

    /// <summary>Share of a document's word characters covered by shingles that also occur in the other document.</summary>
    private static double Coverage((List<WordToken> Words, ulong[] Shingles) doc, ulong[] other)
    {
        if (doc.Words.Count == 0)
        {
            return 0;
        }

        var otherSet = new HashSet<ulong>(other);
        var covered = new bool[doc.Words.Count];
        for (int s = 0; s < doc.Shingles.Length; s++)
        {
            if (otherSet.Contains(doc.Shingles[s]))
            {
                for (int k = s; k < Math.Min(s + Shingles.Size, covered.Length); k++)
                {
                    covered[k] = true;
                }
            }
        }

        long total = 0, hit = 0;
        for (int w = 0; w < covered.Length; w++)
        {
            int len = doc.Words[w].End - doc.Words[w].Start;
            total += len;
            if (covered[w])
            {
                hit += len;
            }
        }

        return hit / (double)total;
    }
}
