using System.Globalization;
using System.Text.RegularExpressions;
using Concord.Model;
using Concord.Pipeline;

namespace Concord.Temporal;

/// <summary>First cut: plain digit groups. To be replaced by the per-language number reader (issue 3).</summary>
public sealed partial class NumberReader : INumberReader
{
    public IReadOnlyList<NumberExpression> Read(AnalyzedDocument document) =>
        NumberRegex().Matches(document.Text)
            .Select(m => new NumberExpression(new TextSpan(m.Index, m.Index + m.Length), m.Value, double.Parse(m.Value.Replace(",", ""), CultureInfo.InvariantCulture), null, NumberQualifier.Exact, Rule: "digits"))
            .ToList();

    [GeneratedRegex(@"\b\d{1,3}(,\d{3})+\b|\b\d+\b")]
    private static partial Regex NumberRegex();
}
