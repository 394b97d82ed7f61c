using Concord.Gazetteer.Languages;
using Concord.Model;

namespace Concord.Gazetteer;

/// <summary>
/// "the border between Azerbaijan and Armenia", "Armēnijas un Azerbaidžānas robežas": a border
/// noun with two states (or regions of different states) close by names the border between
/// them, "Armenia–Azerbaijan border" (names in alphabetical order).
/// </summary>
internal static class BorderRule
{
    private const int Window = 8;

    public static IEnumerable<PlaceMatch> Find(string text, IReadOnlyList<PlaceHit> runHits)
    {
        if (runHits.Count < 2)
        {
            yield break;
        }

        var run = runHits[0].Run;
        var tokens = runHits[0].Tokens;
        var language = GazetteerLanguages.For(run.Language);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!language.IsBorderNoun(tokens[i].Folded))
            {
                continue;
            }

            var sides = runHits
                .Where(h => h.Resolved is { Precision: PlacePrecision.Country or PlacePrecision.Region }
                            && Math.Abs(h.Hit.FirstToken - i) <= Window)
                .OrderBy(h => Math.Abs(h.Hit.FirstToken - i))
                .ToList();
            var first = sides.FirstOrDefault();
            var second = first is null ? null : sides.FirstOrDefault(h => h.Resolved!.Name != first.Resolved!.Name
                                                                         && h.Resolved.CountryCode != first.Resolved.CountryCode);
            if (first is null || second is null)
            {
                continue;
            }

            var names = new[] { first.Resolved!.Name, second.Resolved!.Name }.Order(StringComparer.Ordinal).ToArray();
            var start = Math.Min(tokens[i].Span.Start, Math.Min(first.Hit.Span.Start, second.Hit.Span.Start));
            var end = Math.Max(tokens[i].Span.End, Math.Max(first.Hit.Span.End, second.Hit.Span.End));
            var span = new TextSpan(start, end);
            yield return new PlaceMatch(span, span.Slice(text), $"{names[0]}–{names[1]} border", null, null,
                PlacePrecision.Line, "border-rule");
        }
    }
}
