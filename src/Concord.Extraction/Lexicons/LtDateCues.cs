using System.Text.RegularExpressions;

namespace Concord.Extraction.Lexicons;

/// <summary>Lithuanian date cues (folded text, so the essay style without diacritics matches too: "karas baigėsi" → "karas baigesi").</summary>
public sealed class LtDateCues : IDateCueLexicon
{
    public string Language => "lt";

    public Regex ShortlyAfter { get; } = new(@"\b(?:netrukus|greitai|tuoj(?:\s+pat)?)\s+po\b", RegexOptions.CultureInvariant);

    public Regex PeriodEnded { get; } = new(@"\b(?:karas|konfliktas|kovos)\s+(?:baigesi|pasibaige)\b", RegexOptions.CultureInvariant);

    public Regex ConflictBegan { get; } = new(@"\b(?:konfliktas|karas)\s+(?:prasidejo|kilo|isiplieske)\b", RegexOptions.CultureInvariant);

    public Regex HostilitiesEnded { get; } = new(@"\b(?:karo\s+veiksm\w*|kovos)\s+(?:baigesi|buvo\s+nutrauktos)\b|\bnutraukiant\s+karo\s+veiksmus\b", RegexOptions.CultureInvariant);

    public Regex PeriodName { get; } = new(@"(?<name>(?:\p{Lu}[\p{L}-]*\s+){1,4})kar(?:as|o|ą|e|a)(?!\p{L})", RegexOptions.CultureInvariant);

    public Regex DuringBefore { get; } = new(@"$.", RegexOptions.CultureInvariant);

    public Regex DuringTheWar { get; } = new(@"\b(?:karo|konflikto)\s+(?:metu|laikotarpiu)\b", RegexOptions.CultureInvariant);

    public Regex AgreementFailed { get; } = new(@"\b(?:zlugo|nepavyko|buvo\s+pazeist\w*)\b", RegexOptions.CultureInvariant);

    public Regex ByBefore { get; } = new(@"\biki\s+$", RegexOptions.CultureInvariant);
}
