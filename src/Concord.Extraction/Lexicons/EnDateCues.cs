using System.Text.RegularExpressions;

namespace Concord.Extraction.Lexicons;

/// <summary>English date cues (folded text; <see cref="PeriodName"/> reads the original, whose capitals make a name).</summary>
public sealed class EnDateCues : IDateCueLexicon
{
    public string Language => "en";

    public Regex ShortlyAfter { get; } = new(@"\b(?:shortly|soon|immediately|right|just)\s+after\b", RegexOptions.CultureInvariant);

    public Regex PeriodEnded { get; } = new(@"\b(?:war|conflict|fighting|hostilities)\s+(?:ended|came\s+to\s+an\s+end|was\s+over)\b", RegexOptions.CultureInvariant);

    public Regex ConflictBegan { get; } = new(@"\b(?:conflict|war|fighting)\s+(?:began|started|broke\s+out|erupted)\b", RegexOptions.CultureInvariant);

    public Regex HostilitiesEnded { get; } = new(@"\b(?:ending|ended|end\s+to)\s+(?:all\s+)?(?:the\s+)?hostilities\b|\bhostilities\s+(?:ended|ceased)\b", RegexOptions.CultureInvariant);

    public Regex PeriodName { get; } = new(@"\b(?:[Tt]he\s+)?(?<name>(?:(?:\p{Lu}|\d{4})[\p{L}\p{N}’'-]*\s+){1,4})War\b", RegexOptions.CultureInvariant);

    public Regex DuringBefore { get; } = new(@"\b(?:during|throughout|in\s+the\s+course\s+of)\s+(?:the\s+)?$", RegexOptions.CultureInvariant);

    public Regex DuringTheWar { get; } = new(@"\b(?:during|throughout)\s+the\s+(?:war|conflict)\b(?!\s+(?:in|of)\b)", RegexOptions.CultureInvariant);

    public Regex AgreementFailed { get; } = new(@"\b(?:failed|collapsed|broke\s+down|were\s+violated|was\s+violated)\b", RegexOptions.CultureInvariant);

    public Regex ByBefore { get; } = new(@"\b(?:by|until|till|up\s+to)\s+$", RegexOptions.CultureInvariant);
}
