using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Concord.Export;
using Concord.Model;

namespace Concord.Store;

/// <summary>
/// The JSON kept for each recognition, written by generated code rather than reflection (a large
/// ingest stores hundreds of thousands of them, several times the size of the text). Compact: the
/// span is already in the row's start/end columns and nulls are left out.
/// </summary>
internal static class RecognitionJson
{
    // Built outside the generated context's type: its own static fields must be initialised first.
    private static readonly JsonSerializerOptions Compact = new(MentionJson.Options)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = JsonTypeInfoResolver.WithAddedModifier(RecognitionJsonContext.Default, WithoutSpan),
    };

    public static JsonTypeInfo<TimeExpression> Time { get; } = For<TimeExpression>();

    public static JsonTypeInfo<NumberExpression> Number { get; } = For<NumberExpression>();

    public static JsonTypeInfo<PlaceMatch> Place { get; } = For<PlaceMatch>();

    public static JsonTypeInfo<ActorMatch> Actor { get; } = For<ActorMatch>();

    private static JsonTypeInfo<T> For<T>() => (JsonTypeInfo<T>)Compact.GetTypeInfo(typeof(T));

    private static void WithoutSpan(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (int i = type.Properties.Count - 1; i >= 0; i--)
        {
            if (type.Properties[i].PropertyType == typeof(TextSpan))
            {
                type.Properties.RemoveAt(i);
            }
        }
    }
}

[JsonSerializable(typeof(TimeExpression))]
[JsonSerializable(typeof(NumberExpression))]
[JsonSerializable(typeof(PlaceMatch))]
[JsonSerializable(typeof(ActorMatch))]
internal sealed partial class RecognitionJsonContext : JsonSerializerContext;
