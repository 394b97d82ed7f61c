using Concord.Gazetteer.Data;
using Concord.Gazetteer.Languages;
using Concord.Gazetteer.Matching;
using Concord.Gazetteer.Text;
using Concord.Model;

namespace Concord.Gazetteer;

/// <summary>A name found in one run of text, with its candidates and (once resolved) its place.</summary>
internal sealed class PlaceHit(TextRun run, List<NameToken> tokens, NameHit hit, List<PlaceEntry> candidates)
{
    /// <summary>
    /// Inside a longer organisation or force name ("OSCE Minsk Group") or spelled like a nationality
    /// ("Turkiem", Turks): not a town of its own. Countries and conflict places are kept.
    /// </summary>
    public bool InsideActorName { get; set; }

    /// <summary>No alias is written as the text has it: the match cut an ending ("Stepanakertā", "Pamiera").</summary>
    public bool ReachedByInflection { get; init; }

    public TextRun Run { get; } = run;

    public List<NameToken> Tokens { get; } = tokens;

    public NameHit Hit { get; } = hit;

    /// <summary>A concrete list, so the resolver's loops enumerate without boxing; read only (a one-alias hit shares <see cref="NameAlias.PlaceAsList"/>).</summary>
    public List<PlaceEntry> Candidates { get; } = candidates;

    public PlaceEntry? Resolved { get; set; }
}

/// <summary>
/// Chooses among homonyms. Conflict-file entries win, then countries; a GeoNames town is linked
/// only when it lies near the places the document certainly names (or in an active conflict's
/// area), in a country the document names, or is a capital or a city of a million: otherwise
/// it stays unlinked rather than guessed on another continent.
/// </summary>
internal static class PlaceResolver
{
    private const double NearKm = 400;
    private const long WorldCityPopulation = 1_000_000;
    private const long CountryTownPopulation = 5_000;

    /// <param name="scan">The document's words, to tell which it writes in lower case somewhere: common words, not names.</param>
    public static void Resolve(List<PlaceHit> hits, GazetteerData data, DocumentScan scan)
    {
        var deferred = new List<PlaceHit>();
        foreach (var h in hits)
        {
            if (CommonWords.IsCommonWordOnly(h.Run.Language, h.Tokens, h.Hit))
            {
                continue;
            }

            var best = BestCountryOrConflict(h.Candidates);
            if (best is not null)
            {
                h.Resolved = best;
            }
            else
            {
                deferred.Add(h);
            }
        }

        // Countries are too large to anchor a town by distance (their point is the capital); they
        // count through the country test below. Only whether some anchor is near counts, so each
        // point is kept once, in no order that matters.
        var anchors = new List<(double Lat, double Lon)>();
        var countries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var h in hits)
        {
            if (h.Resolved is not { } r)
            {
                continue;
            }

            if (r.CountryCode is not null)
            {
                countries.Add(r.CountryCode);
            }

            if (r is { Latitude: { } lat, Longitude: { } lon } && r.Precision != PlacePrecision.Country && !HoldsAnchor(anchors, lat, lon))
            {
                anchors.Add((lat, lon));
            }
        }

        var areas = new List<BoundingBox>();
        foreach (var c in data.Conflicts)
        {
            if (c.Area is not null && AnyConflictPlaceIn(c.Area, hits))
            {
                areas.Add(c.Area);
            }
        }

        var lowerCaseWords = LowerCaseWords(deferred, scan);
        foreach (var h in deferred)
        {
            if (h.InsideActorName || WrittenAsAcronym(h)
                || (h.Hit.TokenCount == 1 && lowerCaseWords.Contains(h.Tokens[h.Hit.FirstToken].Folded)))
            {
                continue;
            }

            // Part of a run of capitalised words ("Vladimir Putin", "Freedom Support Act"): a town
            // only when it lies right where the document's certain places are.
            // The first word of a sentence is capitalised whatever it is: reached only by cutting an
            // ending ("Pamiera", a Latvian common noun, cut to the French town Pamiers) it is a town
            // only right where the document's certain places are.
            var minScore = InCapitalizedRun(h) || (h.Hit.FirstToken == 0 && h.ReachedByInflection) ? 3 : 1;
            h.Resolved = BestScored(h.Candidates, minScore, anchors, countries, areas);
        }
    }

    private static bool AnyConflictPlaceIn(BoundingBox area, List<PlaceHit> hits)
    {
        foreach (var h in hits)
        {
            if (h.Resolved is { Source: EntrySource.Conflict, Latitude: { } lat, Longitude: { } lon } && area.Contains(lat, lon))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first candidate with the highest (score, source, population) among those scoring at least
    /// <paramref name="minScore"/>: what a stable sort on those keys, descending, puts first.
    /// </summary>
    private static PlaceEntry? BestScored(List<PlaceEntry> candidates, int minScore,
        List<(double Lat, double Lon)> anchors, HashSet<string> countries, List<BoundingBox> areas)
    {
        PlaceEntry? best = null;
        var bestScore = 0;
        foreach (var c in candidates)
        {
            var score = Score(c, anchors, countries, areas);
            if (score < minScore)
            {
                continue;
            }

            if (best is null || score > bestScore
                || (score == bestScore && (c.Source > best.Source || (c.Source == best.Source && c.Population > best.Population))))
            {
                best = c;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>
    /// The one-word names among <paramref name="deferred"/> hits that the document also writes in lower
    /// case somewhere; only those words are looked for, not every lower-case word collected.
    /// </summary>
    private static HashSet<string> LowerCaseWords(List<PlaceHit> deferred, DocumentScan scan)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        HashSet<string>? wanted = null;
        ulong lengths = 0; // bit n: a wanted word has n letters (longer words share bit 63)
        foreach (var h in deferred)
        {
            if (h.Hit.TokenCount == 1 && !h.InsideActorName && !WrittenAsAcronym(h))
            {
                var folded = h.Tokens[h.Hit.FirstToken].Folded;
                (wanted ??= new(StringComparer.Ordinal)).Add(folded);
                lengths |= 1UL << Math.Min(folded.Length, 63);
            }
        }

        if (wanted is null)
        {
            return found;
        }

        // Each lower-case spelling of the document once, not every word of it.
        foreach (var form in scan.LowerCaseForms)
        {
            if ((lengths & (1UL << Math.Min(form.Folded.Length, 63))) != 0 && wanted.Contains(form.Folded))
            {
                found.Add(form.Folded);
            }
        }

        return found;
    }

    /// <summary>The first candidate of the highest source, if a country or conflict-file entry (as a stable sort by source would put first).</summary>
    private static PlaceEntry? BestCountryOrConflict(List<PlaceEntry> candidates)
    {
        PlaceEntry? best = null;
        foreach (var c in candidates)
        {
            if (c.Source >= EntrySource.Country && (best is null || c.Source > best.Source))
            {
                best = c;
            }
        }

        return best;
    }

    /// <summary>List.Contains for coordinates (same Equals per value) without EqualityComparer of a tuple, generic code jitted per process.</summary>
    private static bool HoldsAnchor(List<(double Lat, double Lon)> anchors, double lat, double lon)
    {
        foreach (var a in anchors)
        {
            if (a.Lat.Equals(lat) && a.Lon.Equals(lon))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>0 = too far to link; higher = better grounded in the document.</summary>
    private static int Score(PlaceEntry c, List<(double Lat, double Lon)> anchors, HashSet<string> countries, List<BoundingBox> areas)
    {
        if (c.Latitude is not { } lat || c.Longitude is not { } lon)
        {
            return 0;
        }

        foreach (var a in areas)
        {
            if (a.Contains(lat, lon))
            {
                return 3;
            }
        }

        foreach (var a in anchors)
        {
            if (Geo.Within(a.Lat, a.Lon, lat, lon, NearKm))
            {
                return 3;
            }
        }

        if (c.CountryCode is not null && countries.Contains(c.CountryCode) && c.Population >= CountryTownPopulation)
        {
            return 2;
        }

        return c.IsCapital || c.Population >= WorldCityPopulation ? 1 : 0;
    }

    /// <summary>"UN", "EU" are abbreviations, not the towns Ūn or Eu.</summary>
    private static bool WrittenAsAcronym(PlaceHit h) =>
        h.Hit.TokenCount == 1 && h.Tokens[h.Hit.FirstToken].IsAllCaps && h.Tokens[h.Hit.FirstToken].Original.Length > 1;

    /// <summary>
    /// Next to another capitalised word that is not a common noun of the language: "Vladimir Putin"
    /// is, "Bishkek Protocol" is not (the protocol is named after the place).
    /// </summary>
    private static bool InCapitalizedRun(PlaceHit h)
    {
        var first = h.Hit.FirstToken;
        var last = first + h.Hit.TokenCount - 1;
        var tokens = h.Tokens;
        var language = GazetteerLanguages.For(h.Run.Language);
        bool IsName(NameToken t) => t.IsCapitalized && !t.Form.IsCommonWordIn(language);
        var before = first > 1 && IsName(tokens[first - 1]) && tokens[first].Span.Start - tokens[first - 1].Span.End <= 1;
        var after = last + 1 < tokens.Count && IsName(tokens[last + 1])
                    && tokens[last + 1].Span.Start - tokens[last].Span.End <= 1;
        return before || after;
    }
}
