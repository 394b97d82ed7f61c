namespace Concord.Reconciliation.Evaluation;

/// <summary>Pairwise precision and recall of a clustering against a reference: over pairs of items put in the same cluster.</summary>
public sealed record PairwiseScore(long PredictedPairs, long GoldPairs, long CorrectPairs)
{
    public double Precision => PredictedPairs == 0 ? 1 : CorrectPairs / (double)PredictedPairs;

    public double Recall => GoldPairs == 0 ? 1 : CorrectPairs / (double)GoldPairs;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Scores predicted clusters of ids against gold clusters; only ids the gold knows (<paramref name="universe"/>) count.</summary>
    public static PairwiseScore Compute(IEnumerable<IReadOnlyCollection<string>> predicted, IEnumerable<IReadOnlyCollection<string>> gold, ISet<string> universe)
    {
        var goldPairs = Pairs(gold, universe);
        var predPairs = Pairs(predicted, universe);
        long correct = predPairs.Count(goldPairs.Contains);
        return new PairwiseScore(predPairs.Count, goldPairs.Count, correct);
    }

    private static HashSet<(string, string)> Pairs(IEnumerable<IReadOnlyCollection<string>> clusters, ISet<string> universe)
    {
        var pairs = new HashSet<(string, string)>();
        foreach (var c in clusters)
        {
            var ids = c.Where(universe.Contains).Distinct().Order(StringComparer.Ordinal).ToArray();
            for (int i = 0; i < ids.Length; i++)
            {
                for (int j = i + 1; j < ids.Length; j++)
                {
                    pairs.Add((ids[i], ids[j]));
                }
            }
        }

        return pairs;
    }

    public override string ToString() =>
        $"pairwise P={Precision:0.000} R={Recall:0.000} F1={F1:0.000} (pred {PredictedPairs}, gold {GoldPairs}, correct {CorrectPairs})";
}
