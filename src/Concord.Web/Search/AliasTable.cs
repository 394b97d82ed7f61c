using System.Text.Json;

namespace Concord.Web.Search;

/// <summary>
/// Names that mean the same place or actor ("Shusha", "Šuša", "Šušas"), read from the
/// gazetteer's data files: any JSON object with a name (or canonical) and aliases, as a list or
/// as lists by language.
/// Keys are <see cref="TextKey"/>s, so lookups ignore case and diacritics.
/// </summary>
public sealed class AliasTable
{
    private readonly Dictionary<string, HashSet<string>> groups = new(StringComparer.Ordinal);

    public static AliasTable Empty { get; } = new();

    public int Count => groups.Count;

    public static AliasTable Load(string? folder)
    {
        var table = new AliasTable();
        if (folder is null || !Directory.Exists(folder))
        {
            return table;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            try
            {
                using var doc = JsonDocument.Parse(File.ReadAllText(file));
                table.Collect(doc.RootElement);
            }
            catch (JsonException)
            {
                // A file in another shape is not an alias list; search works without it.
            }
        }

        return table;
    }

    public void Add(IEnumerable<string> names)
    {
        var group = names.Where(n => !string.IsNullOrWhiteSpace(n)).ToHashSet(StringComparer.Ordinal);
        if (group.Count < 2)
        {
            return;
        }

        foreach (var name in group.ToList())
        {
            if (groups.TryGetValue(TextKey.Of(name), out var known))
            {
                group.UnionWith(known);
            }
        }

        foreach (var name in group)
        {
            groups[TextKey.Of(name)] = group;
        }
    }

    /// <summary>The other names of <paramref name="phrase"/> (empty when it has none).</summary>
    public IReadOnlyCollection<string> Expand(string phrase) =>
        groups.TryGetValue(TextKey.Of(phrase), out var group)
            ? group.Where(n => TextKey.Of(n) != TextKey.Of(phrase)).ToList()
            : [];

    private void Collect(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
            {
                Collect(item);
            }
        }
        else if (e.ValueKind == JsonValueKind.Object)
        {
            var names = new List<string>();
            foreach (var p in e.EnumerateObject())
            {
                if (p.Value.ValueKind == JsonValueKind.String && p.Name is "name" or "canonical" or "en")
                {
                    names.Add(p.Value.GetString()!);
                }
                else if (p.Name is "aliases" or "names" or "variants")
                {
                    names.AddRange(Strings(p.Value));
                }
                else
                {
                    Collect(p.Value);
                }
            }

            Add(names);
        }
    }

    /// <summary>Alias lists come flat (["Shushi", "Šuša"]) or by language ({"lv": ["Šuša"], ...}).</summary>
    private static IEnumerable<string> Strings(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => [e.GetString()!],
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };
}
