using System.Text.Json;

namespace Concord.Gazetteer.Data;

/// <summary>
/// Reads a conflict file's JSON tree into <see cref="ConflictFile"/> by hand. Every process reads
/// the files before its first document: the serializer (reflection, or its generated contract of
/// ~50 methods) costs more to compile than the files take to read, while JsonDocument is
/// precompiled with the framework. Same contract as the serializer's: property names in any case,
/// unknown properties ignored, the last of repeated properties wins, wrong value kinds refused.
/// </summary>
internal static class ConflictFileReader
{
    public static ConflictFile File(JsonElement root)
    {
        var file = new ConflictFile();
        foreach (var p in root.EnumerateObject())
        {
            if (Is(p, "conflict"))
            {
                file.Conflict = p.Value.GetString()!;
            }
            else if (Is(p, "area"))
            {
                file.Area = p.Value.ValueKind == JsonValueKind.Null ? null : Area(p.Value);
            }
            else if (Is(p, "places"))
            {
                file.Places = Objects(p.Value, Place);
            }
            else if (Is(p, "belligerents"))
            {
                file.Belligerents = Strings(p.Value)!;
            }
            else if (Is(p, "kin"))
            {
                file.Kin = StringLists(p.Value)!;
            }
            else if (Is(p, "actors"))
            {
                file.Actors = Objects(p.Value, Actor);
            }
        }

        return file;
    }

    private static bool Is(JsonProperty property, string name) =>
        string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase);

    private static BoundingBox Area(JsonElement value)
    {
        var box = new BoundingBox();
        foreach (var p in ObjectOf(value))
        {
            if (Is(p, "south"))
            {
                box.South = p.Value.GetDouble();
            }
            else if (Is(p, "west"))
            {
                box.West = p.Value.GetDouble();
            }
            else if (Is(p, "north"))
            {
                box.North = p.Value.GetDouble();
            }
            else if (Is(p, "east"))
            {
                box.East = p.Value.GetDouble();
            }
        }

        return box;
    }

    private static ConflictPlace Place(JsonElement value)
    {
        var place = new ConflictPlace();
        foreach (var p in ObjectOf(value))
        {
            if (Is(p, "name"))
            {
                place.Name = p.Value.GetString()!;
            }
            else if (Is(p, "kind"))
            {
                place.Kind = p.Value.GetString()!;
            }
            else if (Is(p, "lat"))
            {
                place.Lat = NullableDouble(p.Value);
            }
            else if (Is(p, "lon"))
            {
                place.Lon = NullableDouble(p.Value);
            }
            else if (Is(p, "country"))
            {
                place.Country = p.Value.GetString();
            }
            else if (Is(p, "side"))
            {
                place.Side = p.Value.GetString();
            }
            else if (Is(p, "aliases"))
            {
                place.Aliases = StringLists(p.Value)!;
            }
        }

        return place;
    }

    private static ConflictActor Actor(JsonElement value)
    {
        var actor = new ConflictActor();
        foreach (var p in ObjectOf(value))
        {
            if (Is(p, "name"))
            {
                actor.Name = p.Value.GetString()!;
            }
            else if (Is(p, "side"))
            {
                actor.Side = p.Value.GetString()!;
            }
            else if (Is(p, "aliases"))
            {
                actor.Aliases = StringLists(p.Value)!;
            }
        }

        return actor;
    }

    private static double? NullableDouble(JsonElement value) =>
        value.ValueKind == JsonValueKind.Null ? null : value.GetDouble();

    private static JsonElement.ObjectEnumerator ObjectOf(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object
            ? value.EnumerateObject()
            : throw new JsonException($"expected an object, found {value.ValueKind}");

    private static List<T> Objects<T>(JsonElement value, Func<JsonElement, T> read)
        where T : class
    {
        var list = new List<T>();
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null!;
        }

        foreach (var item in ArrayOf(value))
        {
            list.Add(item.ValueKind == JsonValueKind.Null ? null! : read(item));
        }

        return list;
    }

    private static List<string>? Strings(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var list = new List<string>();
        foreach (var item in ArrayOf(value))
        {
            list.Add(item.GetString()!);
        }

        return list;
    }

    private static Dictionary<string, List<string>>? StringLists(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var map = new Dictionary<string, List<string>>();
        foreach (var p in ObjectOf(value))
        {
            map[p.Name] = Strings(p.Value)!;
        }

        return map;
    }

    private static JsonElement.ArrayEnumerator ArrayOf(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : throw new JsonException($"expected an array, found {value.ValueKind}");
}
