using System.Text.RegularExpressions;

namespace Concord.Extraction.Lexicons;

/// <summary>English date cues (folded text).</summary>
public sealed class EnDateCues : IDateCueLexicon
{
    public string Language => "en";

    public Regex ShortlyAfter { get; } = new(@"\b(?:shortly|soon|immediately|right|just)\s+after\b", RegexOptions.CultureInvariant);

    public Regex PeriodEnded { get; } = new(@"\b(?:war|conflict|fighting|hostilities)\s+(?:ended|came\s+to\s+an\s+end|was\s+over)\b", RegexOptions.CultureInvariant);

    public Regex ConflictBegan { get; } = new(@"\b(?:conflict|war|fighting)\s+(?:began|started|broke\s+out|erupted)\b", RegexOptions.CultureInvariant);
}
