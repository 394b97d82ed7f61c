using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace Concord.Web.Assets;

/// <summary>
/// Serves the pages, scripts and map data compiled into this assembly (wwwroot/**), so the app
/// needs no files beside it and makes no outside request.
/// </summary>
public static class EmbeddedAssets
{
    private const string Prefix = "wwwroot/";
    private static readonly Assembly Assembly = typeof(EmbeddedAssets).Assembly;
    private static readonly HashSet<string> Names = Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
    private static readonly FileExtensionContentTypeProvider Types = new();

    public static bool Exists(string path) => Names.Contains(Prefix + path);

    public static async Task<bool> TryServe(HttpContext context)
    {
        var path = context.Request.Path.Value?.TrimStart('/') ?? "";
        if (path.Length == 0)
        {
            path = "index.html";
        }
        else if (!path.Contains('.', StringComparison.Ordinal) && Exists(path + ".html"))
        {
            path += ".html";
        }

        if (!Exists(path))
        {
            return false;
        }

        using var stream = Assembly.GetManifestResourceStream(Prefix + path)!;
        context.Response.ContentType = Types.TryGetContentType(path, out var type)
            ? type + (type.StartsWith("text/", StringComparison.Ordinal) || type.Contains("javascript", StringComparison.Ordinal) ? "; charset=utf-8" : "")
            : "application/octet-stream";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.ContentLength = stream.Length;
        await stream.CopyToAsync(context.Response.Body);
        return true;
    }
}
