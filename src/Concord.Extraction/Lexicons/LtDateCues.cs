using System.Text.RegularExpressions;

namespace Concord.Extraction.Lexicons;

/// <summary>Lithuanian date cues (folded text, so the essay style without diacritics matches too: "karas baigėsi" → "karas baigesi").</summary>
public sealed class LtDateCues : IDateCueLexicon
{
    public string Language => "lt";

    public Regex ShortlyAfter { get; } = new(@"\b(?:netrukus|greitai|tuoj(?:\s+pat)?)\s+po\b", RegexOptions.CultureInvariant);

    public Regex PeriodEnded { get; } = new(@"\b(?:karas|konfliktas|kovos)\s+(?:baigesi|pasibaige)\b", RegexOptions.CultureInvariant);

    public Regex ConflictBegan { get; } = new(@"\b(?:konfliktas|karas)\s+(?:prasidejo|kilo|isiplieske)\b", RegexOptions.CultureInvariant);
}
