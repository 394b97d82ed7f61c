using System.Text.RegularExpressions;

namespace Concord.Extraction.Lexicons;

/// <summary>Latvian date cues (folded text: "neilgi pēc" → "neilgi pec", "karš beidzās" → "kars beidzas").</summary>
public sealed class LvDateCues : IDateCueLexicon
{
    public string Language => "lv";

    public Regex ShortlyAfter { get; } = new(@"\b(?:neilgi|driz|tulit|tulin)\s+pec\b", RegexOptions.CultureInvariant);

    public Regex PeriodEnded { get; } = new(@"\b(?:kars|konflikts|karadarbiba|kaujas)\s+(?:beidzas|noslegas|izbeidzas)\b", RegexOptions.CultureInvariant);

    public Regex ConflictBegan { get; } = new(@"\b(?:konflikts|kars)\s+(?:sakas|aizsakas|izcelas|uzliesmoja)\b", RegexOptions.CultureInvariant);

    public Regex HostilitiesEnded { get; } = new(@"\b(?:karadarbib\w*|kaujas\s+darbib\w*)\s+(?:beidzas|izbeidzas|tika\s+partraukt\w*)\b|\bizbeidzot\s+karadarbib\w*", RegexOptions.CultureInvariant);

    public Regex PeriodName { get; } = new(@"(?<name>(?:\p{Lu}[\p{L}-]*\s+){1,4})kar(?:š|a|am|u|ā)(?!\p{L})", RegexOptions.CultureInvariant);

    public Regex DuringBefore { get; } = new(@"$.", RegexOptions.CultureInvariant);

    public Regex DuringTheWar { get; } = new(@"\b(?:kara|konflikta)\s+laika\b", RegexOptions.CultureInvariant);

    public Regex AgreementFailed { get; } = new(@"\b(?:neizdevas|izjuka|netika\s+ieverot\w*|tika\s+parkapt\w*)\b", RegexOptions.CultureInvariant);

    public Regex ByBefore { get; } = new(@"\blidz\s+$", RegexOptions.CultureInvariant);
}
