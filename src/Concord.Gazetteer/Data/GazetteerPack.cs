namespace Concord.Gazetteer.Data;

/// <summary>Makes the gazetteer's binary forms in a data folder (run by the CLI's build; see <see cref="CitiesPack"/>).</summary>
public static class GazetteerPack
{
    /// <summary>Writes gazetteer/cities.pack from gazetteer/cities.tsv.gz in <paramref name="dataDir"/>; returns its path.</summary>
    public static string Write(string dataDir) => CitiesPack.Write(Path.Combine(dataDir, "gazetteer", "cities.tsv.gz"));

    /// <summary>
    /// The Russian keyed first words of <paramref name="data"/>'s aliases (key, then the sorted
    /// first aliases of its words), as the Russian name index sees them: from the pack's prebuilt
    /// rows' part when the data came from a pack. For checks that the pack and the parse agree.
    /// </summary>
    public static IReadOnlyList<string> RussianKeyedFirstWords(GazetteerData data) =>
        [.. new Matching.FirstWords(data.Aliases).KeyedExceptions(new Languages.RuGazetteerLanguage())
            .Select(p => p.Key + ":" + string.Join(',', p.Value.Order()))
            .Order(StringComparer.Ordinal)];
}
