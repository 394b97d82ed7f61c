using System.Runtime.CompilerServices;
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
    /// <summary>
    /// A document is about a conflict when at least a quarter of the places below country level it
    /// names are that conflict's: one passing mention of a town of the file in a report on another
    /// war does not make the report part of this conflict, and a one-line note naming only Shusha does.
    /// </summary>
    public static IReadOnlyList<ConflictFile> Active(IEnumerable<PlaceMatch> places, GazetteerData? data = null)
    {
        data ??= GazetteerData.Default;
        var list = places as IReadOnlyCollection<PlaceMatch> ?? places.ToList();
        // How often each conflict-file place is named; a conflict counts the mentions of its places.
        var named = new Dictionary<string, int>(StringComparer.Ordinal);
        var belowCountry = 0;
        foreach (var p in list)
        {
            belowCountry += p.Precision != PlacePrecision.Country ? 1 : 0;
            if (p.Source == nameof(EntrySource.Conflict))
            {
                named[p.CanonicalName] = named.GetValueOrDefault(p.CanonicalName) + 1;
            }
        }

        // Most named first; equal counts in the files' order (a stable insertion sort of a few files).
        var active = new List<ConflictFile>();
        var counts = new List<int>();
        foreach (var c in data.Conflicts)
        {
            var n = MentionsOf(c, named);
            if (n <= 0 || n * 4 < belowCountry)
            {
                continue;
            }

            var at = counts.Count;
            while (at > 0 && counts[at - 1] < n)
            {
                at--;
            }

            active.Insert(at, c);
            counts.Insert(at, n);
        }

        return active;
    }

    private static int MentionsOf(ConflictFile conflict, Dictionary<string, int> named)
    {
        if (named.Count == 0)
        {
            return 0;
        }

        var n = 0;
        foreach (var name in DistinctPlaceNames(conflict))
        {
            n += named.GetValueOrDefault(name);
        }

        return n;
    }

    // Each conflict's place names, each once in file order: asked for every document (places,
    // actors and events each ask), so made once per file (again if its place list is replaced or grows).
    private static readonly ConditionalWeakTable<ConflictFile, PlaceNameList> PlaceNames = new();

    private sealed record PlaceNameList(List<ConflictPlace> Places, int Count, string[] Names);

    private static string[] DistinctPlaceNames(ConflictFile conflict)
    {
        if (PlaceNames.TryGetValue(conflict, out var known) && ReferenceEquals(known.Places, conflict.Places) && known.Count == conflict.Places.Count)
        {
            return known.Names;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var names = new List<string>();
        foreach (var p in conflict.Places)
        {
            if (seen.Add(p.Name))
            {
                names.Add(p.Name);
            }
        }

        var made = new PlaceNameList(conflict.Places, conflict.Places.Count, names.ToArray());
        PlaceNames.AddOrUpdate(conflict, made);
        return made.Names;
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

    /// <summary>
    /// As <see cref="CompleteSides(IReadOnlyList{string}, IReadOnlyList{string})"/>, counting the
    /// belligerents' *mentions*: "Shusha's Armenian population" names one party even though the
    /// nationality maps to two sides (Armenia and its kin de facto state).
    /// </summary>
    [ThreadStatic]
    private static List<ActorMatch>? ScratchActors;

    [ThreadStatic]
    private static List<TextSpan>? ScratchSpans;

    [ThreadStatic]
    private static List<string>? ScratchSides;

    public static IReadOnlyList<string> CompleteSides(IEnumerable<ActorMatch> actors, IReadOnlyList<string> belligerents)
    {
        // Called once per event: plain loops (the lists hold a handful of actors), no LINQ. The
        // working lists are this thread's, reused (cleared on entry); only the returned list is new.
        var list = ScratchActors ??= [];
        var partySpans = ScratchSpans ??= [];
        var sides = ScratchSides ??= [];
        list.Clear();
        partySpans.Clear();
        sides.Clear();
        foreach (var a in actors)
        {
            // Stable insertion by start: matches starting together keep their order.
            int at = list.Count;
            while (at > 0 && list[at - 1].Span.Start > a.Span.Start)
            {
                at--;
            }

            list.Insert(at, a);
        }

        var named = new List<string>(list.Count);
        foreach (var a in list)
        {
            if (!named.Contains(a.Actor))
            {
                named.Add(a.Actor);
            }

            if (Contains(belligerents, a.Actor))
            {
                if (!HoldsSpan(partySpans, a.Span))
                {
                    partySpans.Add(a.Span);
                }

                if (!sides.Contains(a.Actor))
                {
                    sides.Add(a.Actor);
                }
            }
        }

        if (partySpans.Count >= 2 && sides.Count >= 2)
        {
            return named;
        }

        foreach (var b in belligerents)
        {
            if (!named.Contains(b))
            {
                named.Add(b);
            }
        }

        return named;
    }

    /// <summary>List.Contains for spans without EqualityComparer&lt;TextSpan&gt; (its generic code was jitted per process).</summary>
    private static bool HoldsSpan(List<TextSpan> spans, TextSpan span)
    {
        foreach (var s in spans)
        {
            if (s.Start == span.Start && s.End == span.End)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(IReadOnlyList<string> names, string name)
    {
        for (int i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
