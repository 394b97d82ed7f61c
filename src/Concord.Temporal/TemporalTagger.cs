using System.Text.RegularExpressions;
using Concord.Model;
using Concord.Pipeline;

namespace Concord.Temporal;

/// <summary>First cut: four-digit years only. To be replaced by the per-language tagger (issue 3).</summary>
public sealed partial class TemporalTagger : ITemporalTagger
{
    public IReadOnlyList<TimeExpression> Tag(AnalyzedDocument document) =>
        YearRegex().Matches(document.Text)
            .Select(m => new TimeExpression(new TextSpan(m.Index, m.Index + m.Length), m.Value, TimexType.Date, m.Value, DatePrecision.Year, m.Value, m.Value, Rule: "year"))
            .ToList();

    [GeneratedRegex(@"\b(1[89]\d\d|20\d\d)\b")]
    private static partial Regex YearRegex();
}
