using System.Text.RegularExpressions;

namespace Concord.Extraction.Lexicons;

/// <summary>Latvian date cues (folded text: "neilgi pēc" → "neilgi pec", "karš beidzās" → "kars beidzas").</summary>
public sealed class LvDateCues : IDateCueLexicon
{
    public string Language => "lv";

    public Regex ShortlyAfter { get; } = new(@"\b(?:neilgi|driz|tulit|tulin)\s+pec\b", RegexOptions.CultureInvariant);

    public Regex PeriodEnded { get; } = new(@"\b(?:kars|konflikts|karadarbiba|kaujas)\s+(?:beidzas|noslegas|izbeidzas)\b", RegexOptions.CultureInvariant);

    public Regex ConflictBegan { get; } = new(@"\b(?:konflikts|kars)\s+(?:sakas|aizsakas|izcelas|uzliesmoja)\b", RegexOptions.CultureInvariant);
}
