using System.Text.RegularExpressions;
using Concord.Model;

namespace Concord.Gazetteer.Languages;

/// <summary>English: names hardly inflect; plurals ("Armenians") and possessives lose their -s.</summary>
public sealed partial class EnGazetteerLanguage() : SuffixStemmingLanguage(
    ["s"],
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "the", "a", "an", "in", "on", "at", "of", "by", "for", "as", "after", "before", "during", "since", "but",
        "and", "or", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his",
        "her", "their", "our", "there", "here", "when", "while", "although", "however", "also", "then", "thus",
        "new", "most", "police", "union", "mobile", "nice", "reading", "bath", "victoria", "independence",
        "liberty", "unity", "union", "university", "president", "prime", "minister", "general", "colonel",
        "city", "lake", "mount", "river", "north", "south", "east", "west", "central", "republic", "state",
        "army", "national", "federal", "democratic", "peace", "war", "battle", "operation", "day", "see",
        "according", "following", "between", "among", "amid", "with", "without", "from", "into", "over", "under",
        "about", "against", "all", "some", "many", "several", "both", "each", "other", "one", "two", "three",
        "four", "five", "six", "seven", "eight", "nine", "ten", "first", "second", "third", "last", "late",
        "early", "later", "only", "no", "not", "why", "what", "who", "how", "where", "which",
        "congress", "senate", "council", "assembly", "parliament", "government", "ministry", "court", "church",
        "freedom", "republic", "kingdom", "empire", "federation", "commonwealth", "alliance", "front", "party",
        "act", "resolution", "treaty", "agreement", "protocol", "declaration", "group", "mission", "committee",
        "summit", "accords", "accord", "talks", "statement", "format", "process", "principles",
    ],
    [
        "force", "forces", "army", "armies", "troops", "troop", "soldier", "soldiers", "military", "militia",
        "militias", "fighters", "fighter", "rebels", "separatists", "authorities", "officials", "government",
        "leadership", "units", "unit", "servicemen", "artillery", "sniper", "snipers", "positions",
        "defense", "defence", "tanks", "drones", "helicopter", "parliament", "president",
    ],
    ["border", "borders", "frontier"])
{
    public override string Language => "en";

    protected override int MinStem => 4;

    // "in Armenia", "at the Lachin corridor", "in the city of Ganja", "near the village of Talish";
    // not "outside" (the place is where it did not happen) nor "over" (mostly "a conflict over X");
    // "on" only before "the" ("on the Line of Contact"): "a rapporteur on Armenia" is about it.
    [GeneratedRegex(@"\b(?:(?:in|at|near|inside|within|throughout|across|along|into)\s+(?:the\s+)?|on\s+the\s+)(?:(?:[a-z-]+\s+){1,3}of\s+)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex LocativeBefore { get; }

    // "parts of southwestern Azerbaijan", "the outskirts of Stepanakert": a stretch of the place.
    [GeneratedRegex(@"\b(?:parts?|areas?|territory|territories|regions?|districts?|provinces?|outskirts|suburbs?|villages?|towns?|city)\s+of\s+(?:(?:north|south|east|west)[a-z]*\s+)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex PartOfBefore { get; }

    [GeneratedRegex(@"\b(?:the|this|that)\s+(?:same\s+)?(?:city|town|village|settlement)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TownAnaphor { get; }

    [GeneratedRegex(@"\bthe\s+same\s+(?:area|region|district|sector|place)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AreaAnaphor { get; }

    public override bool IsLocative(string text, TextSpan place) => MayBeLocative(text, place) && IsLocativeByRegex(text, place);

    /// <summary>The rule itself: a locative preposition or "parts of" right before the place (see <see cref="MayBeLocative"/>).</summary>
    public static bool IsLocativeByRegex(string text, TextSpan place)
    {
        var before = Before(text, place, stackalloc char[48]);
        return LocativeBefore.IsMatch(before) || PartOfBefore.IsMatch(before);
    }

    /// <summary>
    /// Whether <see cref="LocativeBefore"/> or <see cref="PartOfBefore"/> can match: both end in
    /// whitespace right after one of a few words (the preposition, "the", "of", or a compass
    /// word), so a place after any other word is not told as where, without lower-casing the
    /// window and running the regexes. Only a gate: the regexes decide.
    /// </summary>
    public static bool MayBeLocative(string text, TextSpan place)
    {
        int from = Math.Max(0, place.Start - 48);
        int end = place.Start;
        while (end > from && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end == place.Start)
        {
            return false;
        }

        // The last word as the lower-cased window has it: a run of a-z (the regexes' words hold only those).
        int start = end;
        while (start > from && char.ToLowerInvariant(text[start - 1]) is >= 'a' and <= 'z')
        {
            start--;
        }

        var last = text.AsSpan(start, end - start);
        foreach (var word in LocativeLastWords)
        {
            if (last.Length == word.Length && StartsLowerCased(last, word))
            {
                return true;
            }
        }

        foreach (var compass in CompassWords)
        {
            if (last.Length >= compass.Length && StartsLowerCased(last, compass))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] LocativeLastWords = ["in", "at", "near", "inside", "within", "throughout", "across", "along", "into", "the", "of"];

    private static readonly string[] CompassWords = ["north", "south", "east", "west"];

    private static bool StartsLowerCased(ReadOnlySpan<char> run, string lower)
    {
        for (int i = 0; i < lower.Length; i++)
        {
            if (char.ToLowerInvariant(run[i]) != lower[i])
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"\boutside\s+(?:of\s+)?(?:the\s+)?(?:enclave|region|oblast|province|autonomous|[a-z]+-?[a-z]*\s+(?:enclave|region|oblast))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Outside { get; }

    public override bool SaysOutside(ReadOnlySpan<char> foldedClause) => Outside.IsMatch(foldedClause);

    [GeneratedRegex(@"\b[Ww]ith\s+(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex With { get; }

    protected override Regex? PartnerBefore => With;

    [GeneratedRegex(@"\b(senate|congress|parliament|president|white house|state department|foreign ministry|ministry of foreign affairs|house of representatives|national assembly)\b", RegexOptions.CultureInvariant)]
    private static partial Regex StateOrgan { get; }

    protected override Regex? StateOrganNoun => StateOrgan;

    private const string Introducers =
        @"(?:including|such\s+as|namely|particularly|especially|notably|in\s+particular)(?:\s+the\s+(?:cities|towns|villages|settlements|districts|regions|provinces)\s+of)?";

    protected override string? EnumerationIntroducers => Introducers;

    protected override Regex? EnumerationBefore => EnumerationBeforeRegex();

    [GeneratedRegex(EnumerationPatternStart + Introducers + EnumerationPatternEnd, EnumerationOptions)]
    private static partial Regex EnumerationBeforeRegex();

    public override PlacePrecision? PlaceAnaphor(ReadOnlySpan<char> foldedClause) =>
        TownAnaphor.IsMatch(foldedClause) ? PlacePrecision.Settlement
        : AreaAnaphor.IsMatch(foldedClause) ? PlacePrecision.Unknown
        : null;
}
