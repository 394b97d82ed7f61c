using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Concord.Model;

namespace Concord.Store;

/// <summary>
/// A document's recognitions of one kind as one JSON array of the model records, written by
/// generated code rather than reflection (a large ingest stores hundreds of thousands of them).
/// Compact: nulls, zeros and false (each member's default, which reading restores) are left out,
/// enums are numbers and a span is <c>[start, end]</c>.
/// </summary>
internal static class RecognitionJson
{
    public static JsonTypeInfo<IReadOnlyList<TimeExpression>> Times => RecognitionJsonContext.Default.IReadOnlyListTimeExpression;

    public static JsonTypeInfo<IReadOnlyList<NumberExpression>> Numbers => RecognitionJsonContext.Default.IReadOnlyListNumberExpression;

    public static JsonTypeInfo<IReadOnlyList<PlaceMatch>> Places => RecognitionJsonContext.Default.IReadOnlyListPlaceMatch;

    public static JsonTypeInfo<IReadOnlyList<ActorMatch>> Actors => RecognitionJsonContext.Default.IReadOnlyListActorMatch;

    public static void Write<T>(IBufferWriter<byte> output, IReadOnlyList<T> values, JsonTypeInfo<IReadOnlyList<T>> type)
    {
        using var w = new Utf8JsonWriter(output, StoreJson.Writer);
        JsonSerializer.Serialize(w, values, type);
    }

    public static IReadOnlyList<T> Read<T>(string json, JsonTypeInfo<IReadOnlyList<T>> type) =>
        JsonSerializer.Deserialize(json, type) ?? [];
}

/// <summary>A span as the two-number array <c>[start, end]</c>.</summary>
internal sealed class SpanArrayConverter : JsonConverter<TextSpan>
{
    public override TextSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray || !reader.Read())
        {
            throw new JsonException("a span is [start, end]");
        }

        int start = reader.GetInt32();
        reader.Read();
        int end = reader.GetInt32();
        if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray)
        {
            throw new JsonException("a span is [start, end]");
        }

        return new TextSpan(start, end);
    }

    public override void Write(Utf8JsonWriter writer, TextSpan value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.Start);
        writer.WriteNumberValue(value.End);
        writer.WriteEndArray();
    }
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault, Converters = [typeof(SpanArrayConverter)])]
[JsonSerializable(typeof(IReadOnlyList<TimeExpression>))]
[JsonSerializable(typeof(IReadOnlyList<NumberExpression>))]
[JsonSerializable(typeof(IReadOnlyList<PlaceMatch>))]
[JsonSerializable(typeof(IReadOnlyList<ActorMatch>))]
internal sealed partial class RecognitionJsonContext : JsonSerializerContext;
