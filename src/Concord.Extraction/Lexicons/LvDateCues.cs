using System.Text.RegularExpressions;

namespace Concord.Extraction.Lexicons;

/// <summary>Latvian date cues (folded text: "neilgi pēc" → "neilgi pec", "karš beidzās" → "kars beidzas").</summary>
public sealed class LvDateCues : IDateCueLexicon
{
    public string Language => "lv";

    public Regex ShortlyAfter => field ??= LexiconRegex.Build(@"\b(?:neilgi|driz|tulit|tulin)\s+pec\b", RegexOptions.CultureInvariant);

    public Regex PeriodEnded => field ??= LexiconRegex.Build(@"\b(?:kars|konflikts|karadarbiba|kaujas)\s+(?:beidzas|noslegas|izbeidzas)\b", RegexOptions.CultureInvariant);

    public Regex ConflictBegan => field ??= LexiconRegex.Build(@"\b(?:konflikts|kars)\s+(?:sakas|aizsakas|izcelas|uzliesmoja)\b", RegexOptions.CultureInvariant);

    public Regex HostilitiesEnded => field ??= LexiconRegex.Build(@"\b(?:karadarbib\w*|kaujas\s+darbib\w*)\s+(?:beidzas|izbeidzas|tika\s+partraukt\w*)\b|\bizbeidzot\s+karadarbib\w*", RegexOptions.CultureInvariant);

    public Regex PeriodName => field ??= LexiconRegex.Build(@"(?<name>(?:\p{Lu}[\p{L}-]*\s+){1,4})kar(?:š|a|am|u|ā)(?!\p{L})", RegexOptions.CultureInvariant);

    public Regex DuringBefore => field ??= LexiconRegex.Build(@"$.", RegexOptions.CultureInvariant);

    public Regex DuringTheWar => field ??= LexiconRegex.Build(@"\b(?:kara|konflikta)\s+laika\b", RegexOptions.CultureInvariant);

    public Regex AgreementFailed => field ??= LexiconRegex.Build(@"\b(?:neizdevas|izjuka|netika\s+ieverot\w*|tika\s+parkapt\w*)\b", RegexOptions.CultureInvariant);

    public Regex ByBefore => field ??= LexiconRegex.Build(@"\blidz\s+$", RegexOptions.CultureInvariant);
}
