using System.Text.RegularExpressions;

namespace Concord.Extraction.Lexicons;

/// <summary>English date cues (folded text; <see cref="PeriodName"/> reads the original, whose capitals make a name).</summary>
public sealed class EnDateCues : IDateCueLexicon
{
    public string Language => "en";

    public Regex ShortlyAfter => field ??= LexiconRegex.Build(@"\b(?:shortly|soon|immediately|right|just)\s+after\b", RegexOptions.CultureInvariant);

    public Regex PeriodEnded => field ??= LexiconRegex.Build(@"\b(?:war|conflict|fighting|hostilities)\s+(?:ended|came\s+to\s+an\s+end|was\s+over)\b", RegexOptions.CultureInvariant);

    public Regex ConflictBegan => field ??= LexiconRegex.Build(@"\b(?:conflict|war|fighting)\s+(?:began|started|broke\s+out|erupted)\b", RegexOptions.CultureInvariant);

    public Regex HostilitiesEnded => field ??= LexiconRegex.Build(@"\b(?:ending|ended|end\s+to)\s+(?:all\s+)?(?:the\s+)?hostilities\b|\bhostilities\s+(?:ended|ceased)\b", RegexOptions.CultureInvariant);

    public Regex PeriodName => field ??= LexiconRegex.Build(@"\b(?:[Tt]he\s+)?(?<name>(?:(?:\p{Lu}|\d{4})[\p{L}\p{N}’'-]*\s+){1,4})War\b", RegexOptions.CultureInvariant);

    public Regex DuringBefore => field ??= LexiconRegex.Build(@"\b(?:during|throughout|in\s+the\s+course\s+of)\s+(?:the\s+)?$", RegexOptions.CultureInvariant);

    public Regex DuringTheWar => field ??= LexiconRegex.Build(@"\b(?:during|throughout)\s+the\s+(?:war|conflict)\b(?!\s+(?:in|of)\b)", RegexOptions.CultureInvariant);

    public Regex AgreementFailed => field ??= LexiconRegex.Build(@"\b(?:failed|collapsed|broke\s+down|were\s+violated|was\s+violated)\b", RegexOptions.CultureInvariant);

    public Regex ByBefore => field ??= LexiconRegex.Build(@"\b(?:by|until|till|up\s+to)\s+$", RegexOptions.CultureInvariant);
}
