using System.Text.Json;
using Microsoft.Playwright;

namespace Concord.Tests.Web;

/// <summary>End to end in headless Chromium: what a person sees on each page. Screenshots go to artifacts/screenshots.</summary>
[Collection("web")]
public sealed class BrowserTests(WebAppFixture web)
{
    [BrowserFact]
    public async Task Timeline_loads_with_the_corpus_events()
    {
        // The axis shows dated events; undated ones have no place on it.
        var total = (await web.GetJson("api/events?limit=1000")).GetProperty("items").EnumerateArray()
            .Count(e => e.GetProperty("dateStart").ValueKind == JsonValueKind.String);
        var page = await web.NewPage();
        await page.GotoAsync(web.Url);
        await page.Locator("circle.dot").First.WaitForAsync();
        await page.Locator("#map circle.pt").First.WaitForAsync();
        Assert.Contains($"{total} event(s) in the selection", await page.Locator("#summary").InnerTextAsync());
        Assert.Equal(Math.Min(total, 300), await page.Locator("#events tbody tr").CountAsync());
        Assert.True(await page.Locator("circle.dot").CountAsync() >= 100, "one dot per dated event");
        Assert.True(await page.Locator("rect.bar").CountAsync() >= 20, "density bars across the years");
        await WebAppFixture.Screenshot(page, "timeline.png");

        // Filtering by source language narrows the list to events told in Latvian.
        await page.Locator("select[name=language]").SelectOptionAsync("lv");
        await page.Locator("#filters button[type=submit]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("language=lv"));
        var latvian = (await web.GetJson("api/events?language=lv&limit=1")).GetProperty("total").GetInt32();
        await Assertions.Expect(page.Locator("#summary")).ToContainTextAsync($"{latvian} event(s)");
        Assert.True(latvian < total);
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task Clicking_an_event_opens_its_page_with_quotes_from_several_documents()
    {
        var events = (await web.GetJson("api/events?limit=1000")).GetProperty("items").EnumerateArray().ToList();
        var chosen = events.First(e => e.GetProperty("sourceCount").GetInt32() >= 3 && e.GetProperty("languages").GetArrayLength() == 3);
        var id = chosen.GetProperty("id").GetString()!;
        var detail = await web.GetJson("api/events/" + Uri.EscapeDataString(id));

        var page = await web.NewPage();
        await page.GotoAsync(web.Url);
        await page.Locator($"#events tr[data-id='{id}'] a").ClickAsync();
        // Poll the address rather than wait for a load event: the navigation may finish before the wait starts.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/event\\?id="));
        await page.Locator(".quote").First.WaitForAsync();
        var docs = await page.Locator(".quote").EvaluateAllAsync<string[]>("qs => qs.map(q => q.dataset.doc)");
        Assert.True(docs.Distinct().Count() >= 3, "quotes from at least three documents");
        var shown = await page.Locator(".quote blockquote").AllInnerTextsAsync();
        foreach (var s in detail.GetProperty("sources").EnumerateArray())
        {
            Assert.Contains(shown, q => q.Contains(s.GetProperty("quote").GetString()!, StringComparison.Ordinal));
        }

        Assert.Contains("lv", await page.Locator(".quote blockquote").EvaluateAllAsync<string[]>("qs => qs.map(q => q.lang)"));
        await WebAppFixture.Screenshot(page, "event.png");
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task A_Latvian_search_typed_without_diacritics_finds_the_capture_of_Shusha()
    {
        // 001: "9. maijā armēņi ieņēma Šušu — administratīvi svarīgāko azerbaidžāņu apdzīvoto vietu"
        var page = await web.NewPage();
        await page.GotoAsync(web.Url + "search?q=" + Uri.EscapeDataString("armeni ienema Susu"));
        var first = page.Locator("a.event-hit").First;
        await first.WaitForAsync();
        Assert.Contains("Šušu", await page.Locator(".hit").First.InnerTextAsync());
        await WebAppFixture.Screenshot(page, "search.png");
        await first.ClickAsync();
        // Poll the address rather than wait for a load event: the navigation may finish before the wait starts.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/event\\?id="));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("1992-05-09");
        await Assertions.Expect(page.Locator(".quote blockquote[lang=lv]").First).ToContainTextAsync("armēņi ieņēma Šušu");
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task The_map_shows_the_events_with_a_place_as_points()
    {
        var items = (await web.GetJson("api/events?limit=1000")).GetProperty("items").EnumerateArray();
        var placed = items.Count(e => e.GetProperty("latitude").ValueKind == JsonValueKind.Number);
        var page = await web.NewPage();
        await page.GotoAsync(web.Url + "map");
        await page.Locator("circle.pt").First.WaitForAsync();
        Assert.Equal(placed, await page.Locator("circle.pt").CountAsync());
        Assert.True(await page.Locator("path.land").CountAsync() > 200, "Natural Earth country outlines drawn");
        await WebAppFixture.Screenshot(page, "map.png");

        // The map follows the timeline's selection.
        await page.GotoAsync(web.Url + "map?from=2020-09&to=2020-11");
        await page.Locator("circle.pt").First.WaitForAsync();
        var selected = (await web.GetJson("api/events?from=2020-09&to=2020-11&limit=1000")).GetProperty("items").EnumerateArray()
            .Count(e => e.GetProperty("latitude").ValueKind == JsonValueKind.Number);
        Assert.Equal(selected, await page.Locator("circle.pt").CountAsync());
        Assert.True(selected < placed);
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task The_API_answers_a_bad_parameter_with_a_400_problem()
    {
        var page = await web.NewPage();
        var response = await page.GotoAsync(web.Url + "api/events?from=last-week");
        Assert.NotNull(response);
        Assert.Equal(400, response.Status);
        Assert.StartsWith("application/problem+json", response.Headers["content-type"]);
        var body = JsonDocument.Parse(await response.TextAsync()).RootElement;
        Assert.Equal("from: 'last-week' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)", body.GetProperty("detail").GetString());
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task Disputes_and_sources_pages_list_what_the_api_returns()
    {
        var page = await web.NewPage();
        await page.GotoAsync(web.Url + "sources");
        await page.Locator("table tbody tr").First.WaitForAsync();
        Assert.True(await page.Locator("table tbody tr").CountAsync() >= 5, "the five corpus documents (and any upload)");
        await Assertions.Expect(page.Locator("tr", new() { HasText = "004_" })).ToContainTextAsync("copies 003_");
        await WebAppFixture.Screenshot(page, "sources.png");

        var disputes = (await web.GetJson("api/disputes")).GetArrayLength();
        await page.GotoAsync(web.Url + "disputes");
        await Assertions.Expect(page.Locator("#summary")).ToHaveTextAsync($"· {disputes}");
        await WebAppFixture.Screenshot(page, "disputes.png");
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task Uploading_a_document_ingests_it_and_lists_its_mentions()
    {
        var page = await web.NewPage();
        await page.GotoAsync(web.Url + "upload");
        await page.Locator("#file").SetInputFilesAsync(new FilePayload
        {
            Name = "uploaded-news.txt",
            MimeType = "text/plain",
            Buffer = await File.ReadAllBytesAsync(TestPaths.CorpusFile("002")),
        });
        await page.Locator("#date").FillAsync("2023-09-20");
        await page.Locator("#form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#stored")).ToContainTextAsync("Stored uploaded-news.txt");
        var mentions = (await web.GetJson("api/mentions?doc=uploaded-news.txt")).GetProperty("total").GetInt32();
        Assert.Equal(mentions, await page.Locator("#mentions tbody tr").CountAsync());

        // The document date reaches the pipeline: "On Wednesday" and "Last year" get dates.
        var dates = await page.Locator("#mentions tbody tr td:nth-child(2)").AllInnerTextsAsync();
        Assert.Contains(dates, d => d.StartsWith("2023", StringComparison.Ordinal) || d.StartsWith("2022", StringComparison.Ordinal));
        Assert.Contains((await web.GetJson("api/documents")).EnumerateArray(), d => d.GetProperty("name").GetString() == "uploaded-news.txt");
        await WebAppFixture.Screenshot(page, "upload.png");
        await page.CloseAsync();
    }
}
