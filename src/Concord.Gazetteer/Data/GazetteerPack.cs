namespace Concord.Gazetteer.Data;

/// <summary>Makes the gazetteer's binary forms in a data folder (run by the CLI's build; see <see cref="CitiesPack"/>).</summary>
public static class GazetteerPack
{
    /// <summary>Writes gazetteer/cities.pack from gazetteer/cities.tsv.gz in <paramref name="dataDir"/>; returns its path.</summary>
    public static string Write(string dataDir) => CitiesPack.Write(Path.Combine(dataDir, "gazetteer", "cities.tsv.gz"));
}
