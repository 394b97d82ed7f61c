using System.Text.Json;
using System.Text.Json.Serialization;
using Concord.Export;
using Concord.Model;

namespace Concord.Store;

/// <summary>
/// The JSON kept for each recognition, written by generated code rather than reflection (a large
/// ingest stores hundreds of thousands of them). Same options, so the same text, as the export's.
/// </summary>
[JsonSerializable(typeof(TimeExpression))]
[JsonSerializable(typeof(NumberExpression))]
[JsonSerializable(typeof(PlaceMatch))]
[JsonSerializable(typeof(ActorMatch))]
internal sealed partial class RecognitionJson : JsonSerializerContext
{
    public static RecognitionJson Instance { get; } = new(new JsonSerializerOptions(MentionJson.Options));
}
