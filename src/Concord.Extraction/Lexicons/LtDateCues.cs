using System.Text.RegularExpressions;

namespace Concord.Extraction.Lexicons;

/// <summary>Lithuanian date cues (folded text, so the essay style without diacritics matches too: "karas baigėsi" → "karas baigesi").</summary>
public sealed class LtDateCues : IDateCueLexicon
{
    public string Language => "lt";

    public Regex ShortlyAfter => field ??= LexiconRegex.Build(@"\b(?:netrukus|greitai|tuoj(?:\s+pat)?)\s+po\b", RegexOptions.CultureInvariant);

    public Regex PeriodEnded => field ??= LexiconRegex.Build(@"\b(?:karas|konfliktas|kovos)\s+(?:baigesi|pasibaige)\b", RegexOptions.CultureInvariant);

    public Regex ConflictBegan => field ??= LexiconRegex.Build(@"\b(?:konfliktas|karas)\s+(?:prasidejo|kilo|isiplieske)\b", RegexOptions.CultureInvariant);

    public Regex HostilitiesEnded => field ??= LexiconRegex.Build(@"\b(?:karo\s+veiksm\w*|kovos)\s+(?:baigesi|buvo\s+nutrauktos)\b|\bnutraukiant\s+karo\s+veiksmus\b", RegexOptions.CultureInvariant);

    public Regex PeriodName => field ??= LexiconRegex.Build(@"(?<name>(?:\p{Lu}[\p{L}-]*\s+){1,4})kar(?:as|o|ą|e|a)(?!\p{L})", RegexOptions.CultureInvariant);

    public Regex DuringBefore => field ??= LexiconRegex.Build(@"$.", RegexOptions.CultureInvariant);

    public Regex DuringTheWar => field ??= LexiconRegex.Build(@"\b(?:karo|konflikto)\s+(?:metu|laikotarpiu)\b", RegexOptions.CultureInvariant);

    public Regex AgreementFailed => field ??= LexiconRegex.Build(@"\b(?:zlugo|nepavyko|buvo\s+pazeist\w*)\b", RegexOptions.CultureInvariant);

    public Regex ByBefore => field ??= LexiconRegex.Build(@"\biki\s+$", RegexOptions.CultureInvariant);
}
