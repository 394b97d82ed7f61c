using Concord.Gazetteer.Data;
using Concord.Model;

namespace Concord.Gazetteer;

/// <summary>
/// Which conflict files a document is about (those whose places it names, most named first), and
/// what follows from that: the conflict's principal sides, for the extraction stage to use when
/// a sentence reports fighting or a ceasefire without naming who.
/// </summary>
public static class ConflictContext
{
    public static IReadOnlyList<ConflictFile> Active(IEnumerable<PlaceMatch> places, GazetteerData? data = null)
    {
        data ??= GazetteerData.Default;
        var named = places.Where(p => p.Source == nameof(EntrySource.Conflict)).Select(p => p.CanonicalName).ToList();
        return data.Conflicts
            .Select(c => (c, n: named.Count(name => c.Places.Any(p => p.Name == name))))
            .Where(x => x.n > 0)
            .OrderByDescending(x => x.n)
            .Select(x => x.c)
            .ToList();
    }

    /// <summary>The principal sides of the document's main conflict, or none.</summary>
    public static IReadOnlyList<string> Belligerents(IEnumerable<PlaceMatch> places, GazetteerData? data = null) =>
        Active(places, data).FirstOrDefault()?.Belligerents ?? [];

    /// <summary>
    /// The sides of an event of the conflict: those named, completed with the belligerents when fewer
    /// than two of them are named ("fighting erupted", "a Russian-brokered ceasefire") — a fight or a
    /// truce of the conflict involves its principal sides unless the text says who.
    /// </summary>
    public static IReadOnlyList<string> CompleteSides(IReadOnlyList<string> named, IReadOnlyList<string> belligerents) =>
        named.Count(belligerents.Contains) >= 2 ? named : named.Concat(belligerents).Distinct(StringComparer.Ordinal).ToList();
}
