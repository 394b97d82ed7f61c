using Concord.Export;
using Concord.Model;
using Concord.Web.Events;
using Concord.Web.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Concord.Web.Api;

/// <summary>The JSON API under /api/. Every failure is an RFC 7807 problem.</summary>
public static class ApiEndpoints
{
    private const int MaxLimit = 1000;

    public static void Map(IEndpointRouteBuilder app, ConcordWebOptions options, StoreGate store, IEventSource events, SearchIndex search)
    {
        var api = app.MapGroup("/api");

        api.MapGet("/events", (HttpRequest r) => Checked(() =>
        {
            var q = new QueryReader(r.Query);
            q.AllowOnly([.. EventFilter.Parameters, "limit", "offset"]);
            var filter = EventFilter.Read(q);
            var limit = q.Int("limit", 100, 1, MaxLimit);
            var offset = q.Int("offset", 0, 0, int.MaxValue);
            var matched = filter.Apply(events.Events, search).ToList();
            return Results.Ok(new Page<EventSummary>(matched.Count, offset, limit, matched.Skip(offset).Take(limit).Select(EventSummary.Of).ToList()));
        }));

        api.MapGet("/events/density", (HttpRequest r) => Checked(() =>
        {
            var q = new QueryReader(r.Query);
            q.AllowOnly([.. EventFilter.Parameters, "bucket"]);
            var filter = EventFilter.Read(q);
            var bucket = q.OneOf("bucket", "year", "month") ?? "year";
            var counts = filter.Apply(events.Events, search)
                .Where(e => e.FirstDay is not null)
                .GroupBy(e => bucket == "year" ? $"{e.FirstDay!.Value.Year:D4}" : $"{e.FirstDay!.Value.Year:D4}-{e.FirstDay!.Value.Month:D2}")
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new DensityBucket(g.Key, g.Count()))
                .ToList();
            return Results.Ok(new { bucket, counts });
        }));

        api.MapGet("/events/{id}", (string id) =>
            events.Find(id) is { } e ? Results.Ok(e) : NotFound($"no event '{id}'"));

        api.MapGet("/facets", () =>
        {
            var all = events.Events;
            return Results.Ok(new
            {
                types = all.Select(e => e.Type).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal),
                actors = all.SelectMany(e => e.Actors).GroupBy(a => a, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(200).Select(g => g.Key).Order(StringComparer.Ordinal),
                languages = all.SelectMany(e => e.Languages).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal),
                first = all.Where(e => e.FirstDay is not null).Select(e => e.FirstDay).Min(),
                last = all.Where(e => e.LastDay is not null).Select(e => e.LastDay).Max(),
                count = all.Count,
            });
        });

        api.MapGet("/disputes", () => Results.Ok(events.Disputes));
        api.MapGet("/sources", () => Results.Ok(events.Sources));
        api.MapGet("/documents", () => Results.Ok(store.Read(s => s.Documents())));
        api.MapGet("/documents/{name}", (string name) =>
        {
            var found = store.Read(s => (s.Documents().FirstOrDefault(d => d.Name == name), s.DocumentText(name)));
            return found.Item1 is null ? NotFound($"no document '{name}'") : Results.Ok(new { document = found.Item1, text = found.Item2 });
        });

        api.MapGet("/search", (HttpRequest r) => Checked(() =>
        {
            var q = new QueryReader(r.Query);
            q.AllowOnly("q", "kind", "limit", "offset");
            var text = q.RequiredText("q");
            var kind = q.OneOf("kind", "event", "document");
            var limit = q.Int("limit", 20, 1, MaxLimit);
            var offset = q.Int("offset", 0, 0, int.MaxValue);
            return Results.Ok(new { q = text, hits = search.Search(text, kind, limit, offset) });
        }));

        api.MapGet("/mentions", (HttpRequest r) => Checked(() =>
        {
            var q = new QueryReader(r.Query);
            q.AllowOnly("doc", "kind", "limit", "offset");
            var doc = q.Text("doc");
            var kind = q.OneOf("kind", "event", "figure") switch { "event" => MentionKind.Event, "figure" => (MentionKind?)MentionKind.Figure, _ => null };
            var limit = q.Int("limit", 100, 1, MaxLimit);
            var offset = q.Int("offset", 0, 0, int.MaxValue);
            var all = store.Read(s => s.Mentions(doc, kind));
            return Results.Ok(new { total = all.Count, offset, limit, items = all.Skip(offset).Take(limit).Select(m => MentionJson.ToJson(m)).ToList() });
        }));

        api.MapPost("/documents", async (HttpRequest r) =>
        {
            if (options.Ingest is null)
            {
                return Problem(StatusCodes.Status403Forbidden, "Uploads disabled", "this server was started without an ingest pipeline");
            }

            if (!r.HasFormContentType)
            {
                return BadRequest("file", "send multipart/form-data with a 'file' field");
            }

            var form = await r.ReadFormAsync();
            var file = form.Files["file"];
            if (file is null || file.Length == 0)
            {
                return BadRequest("file", "no file, or an empty one");
            }

            if (file.Length > options.MaxUploadBytes)
            {
                return BadRequest("file", $"larger than {options.MaxUploadBytes} bytes");
            }

            DateOnly? documentDate = null;
            if (form["date"].ToString().Trim() is { Length: > 0 } dateText)
            {
                if (!PartialDate.TryFirstDay(dateText, out var day))
                {
                    return BadRequest("date", $"'{dateText}' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)");
                }

                documentDate = day;
            }

            var name = Path.GetFileName(file.FileName);
            if (name.Length == 0 || name.StartsWith('.') || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
            {
                return BadRequest("file", $"'{file.FileName}' is not a usable file name");
            }

            var folder = Directory.CreateTempSubdirectory("concord-upload-");
            try
            {
                var path = Path.Combine(folder.FullName, name);
                await using (var target = File.Create(path))
                {
                    await file.CopyToAsync(target);
                }

                var outcome = store.Read(s => options.Ingest(s, path, documentDate));
                if (outcome.Document is null)
                {
                    return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Not ingested", detail: string.Join("; ", outcome.Problems));
                }

                events.Refresh();
                search.Rebuild(events.Events);
                var mentions = store.Read(s => s.Mentions(outcome.Document));
                return Results.Ok(new { document = outcome.Document, problems = outcome.Problems, mentions = mentions.Select(m => MentionJson.ToJson(m)).ToList() });
            }
            finally
            {
                folder.Delete(recursive: true);
            }
        }).DisableAntiforgery();

        api.MapFallback((HttpContext c) => NotFound($"no API endpoint {c.Request.Method} {c.Request.Path}"));
    }

    private static IResult Checked(Func<IResult> handle)
    {
        try
        {
            return handle();
        }
        catch (BadRequestException ex)
        {
            return BadRequest(ex.Parameter, ex.Message);
        }
    }

    private static IResult BadRequest(string parameter, string reason) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad parameter", detail: reason.StartsWith(parameter + ":", StringComparison.Ordinal) ? reason : $"{parameter}: {reason}", extensions: new Dictionary<string, object?> { ["parameter"] = parameter });

    private static IResult NotFound(string detail) => Problem(StatusCodes.Status404NotFound, "Not found", detail);

    private static IResult Problem(int status, string title, string detail) => Results.Problem(statusCode: status, title: title, detail: detail);
}
