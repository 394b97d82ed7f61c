using System.Text.Json;
using Concord.Model;

namespace Concord.Gazetteer.Data;

/// <summary>
/// A conflict knowledge file (data/conflicts/*.json): the conflict's area, its places (towns,
/// districts, regions, corridors, lines of contact) and its actors, each with aliases per
/// language. The format is the same for every conflict; nothing in code names one.
/// </summary>
public sealed class ConflictFile
{
    public string Conflict { get; set; } = "";

    public BoundingBox? Area { get; set; }

    public List<ConflictPlace> Places { get; set; } = [];

    /// <summary>The principal sides: who "the fighting" or "the ceasefire" involves when a sentence names no one.</summary>
    public List<string> Belligerents { get; set; } = [];

    /// <summary>
    /// Sides that a nationality can also denote here, by ISO country code: in a document about this
    /// conflict, "Armenian forces" may be those of the de facto state as well as of Armenia.
    /// </summary>
    public Dictionary<string, List<string>> Kin { get; set; } = [];

    public List<ConflictActor> Actors { get; set; } = [];

    public static ConflictFile Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path), ReadOptions);
        return json.RootElement.ValueKind == JsonValueKind.Object
            ? ConflictFileReader.File(json.RootElement)
            : throw new InvalidDataException($"{path}: not a conflict file (expected a JSON object)");
    }

    private static readonly JsonDocumentOptions ReadOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };
}

public sealed class BoundingBox
{
    public double South { get; set; }

    public double West { get; set; }

    public double North { get; set; }

    public double East { get; set; }

    public bool Contains(double lat, double lon) => lat >= South && lat <= North && lon >= West && lon <= East;
}

public sealed class ConflictPlace
{
    public string Name { get; set; } = "";

    /// <summary>settlement, district, region, country or line (corridor, border, line of contact).</summary>
    public string Kind { get; set; } = "settlement";

    public double? Lat { get; set; }

    public double? Lon { get; set; }

    public string? Country { get; set; }

    /// <summary>The side whose forces or people a phrase like "⟨place⟩ soldiers" names.</summary>
    public string? Side { get; set; }

    public Dictionary<string, List<string>> Aliases { get; set; } = [];

    public PlacePrecision Precision => Kind.ToLowerInvariant() switch
    {
        "settlement" or "town" or "city" or "village" => PlacePrecision.Settlement,
        "district" or "province" => PlacePrecision.District,
        "region" or "enclave" => PlacePrecision.Region,
        "country" => PlacePrecision.Country,
        "line" or "corridor" or "border" or "road" => PlacePrecision.Line,
        "exact" or "site" => PlacePrecision.Exact,
        _ => PlacePrecision.Unknown,
    };
}

public sealed class ConflictActor
{
    public string Name { get; set; } = "";

    public string Side { get; set; } = "";

    public Dictionary<string, List<string>> Aliases { get; set; } = [];
}
