using System.Text.Encodings.Web;
using System.Text.Json;

namespace Concord.Store;

/// <summary>How the store writes its JSON: compact, with non-ASCII text kept as it is (not \u-escaped).</summary>
internal static class StoreJson
{
    public static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
}
