using System.Net;
using System.Text.Json;
using Concord.Store;
using Concord.Web;
using Concord.Web.Events;
using Concord.Web.Search;

namespace Concord.Tests.Web;

[Collection("web")]
public sealed class ApiTests(WebAppFixture web)
{
    [Fact]
    public async Task Events_filter_by_date_and_type_and_page()
    {
        var page = await web.GetJson("api/events?from=2020&to=2020&type=Battles&limit=1000");
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.Equal(page.GetProperty("total").GetInt32(), items.Count);
        Assert.All(items, e =>
        {
            Assert.Equal("Battles", e.GetProperty("type").GetString());
            Assert.True(string.CompareOrdinal(e.GetProperty("dateStart").GetString()![..4], "2020") <= 0);
            Assert.True(string.CompareOrdinal(e.GetProperty("dateEnd").GetString()![..4], "2020") >= 0);
        });

        var all = (await web.GetJson("api/events?limit=1000")).GetProperty("items").EnumerateArray().Select(Id).ToList();
        var second = (await web.GetJson("api/events?limit=5&offset=5")).GetProperty("items").EnumerateArray().Select(Id).ToList();
        Assert.Equal(all.Skip(5).Take(5), second);
    }

    [Fact]
    public async Task An_event_told_in_three_languages_is_one_event_with_each_quote()
    {
        // "2016. gada aprīlī" / "2016 m. balandi" / "April 2016": the four-day war in every document.
        var items = (await web.GetJson("api/events?from=2016-04&to=2016-04&type=Battles")).GetProperty("items").EnumerateArray();
        var merged = items.OrderByDescending(e => e.GetProperty("sourceCount").GetInt32()).First();
        var e = await web.GetJson("api/events/" + Id(merged));
        var sources = e.GetProperty("sources").EnumerateArray().ToList();
        Assert.Superset(new HashSet<string> { "en", "lt", "lv" }, sources.Select(s => s.GetProperty("language").GetString()!).ToHashSet());
        foreach (var s in sources)
        {
            var text = TestPaths.CorpusText(s.GetProperty("doc").GetString()![..3]);
            Assert.Contains(s.GetProperty("quote").GetString()!, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("api/events?limit=0", "limit")]
    [InlineData("api/events?limit=ten", "limit")]
    [InlineData("api/events?from=2020-13", "from")]
    [InlineData("api/events?from=2021&to=2020", "from")]
    [InlineData("api/events?form=2020", "form")]
    [InlineData("api/events?offset=-1", "offset")]
    [InlineData("api/mentions?kind=battle", "kind")]
    [InlineData("api/search", "q")]
    [InlineData("api/events/density?bucket=week", "bucket")]
    public async Task Bad_parameters_give_400_problem_details_naming_the_parameter(string url, string parameter)
    {
        using var response = await web.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.StartsWith(parameter + ":", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_upload_with_a_bad_document_date_is_a_400_problem_and_stores_nothing()
    {
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(await File.ReadAllBytesAsync(TestPaths.CorpusFile("002"))), "file", "bad-date.txt" },
            { new StringContent("next Tuesday"), "date" },
        };
        using var response = await web.Http.PostAsync("api/documents", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("date", problem.GetProperty("parameter").GetString());
        Assert.DoesNotContain((await web.GetJson("api/documents")).EnumerateArray(), d => d.GetProperty("name").GetString() == "bad-date.txt");
    }

    [Fact]
    public async Task Unknown_event_and_endpoint_are_404_problems()
    {
        using var one = await web.Http.GetAsync("api/events/no-such-event");
        using var two = await web.Http.GetAsync("api/no-such-endpoint");
        Assert.Equal(HttpStatusCode.NotFound, one.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, two.StatusCode);
        Assert.Equal("application/problem+json", two.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("kalnu karabachas", "000", "Kalnu Karabachas")]
    [InlineData("Suša", "001", "Šuša")]
    [InlineData("KALNU KARABAHAS NEATKARIBA", "001", "Kalnu Karabahas neatkarība")]
    [InlineData("Shusha", "001", "Šušas")] // through the gazetteer's aliases (data/conflicts)
    public async Task Search_ignores_case_and_diacritics_and_goes_through_aliases(string query, string doc, string found)
    {
        var hits = (await web.GetJson("api/search?limit=1000&q=" + Uri.EscapeDataString(query))).GetProperty("hits").EnumerateArray().ToList();
        var texts = hits.Where(h => h.GetProperty("doc").GetString()!.StartsWith(doc, StringComparison.Ordinal))
            .Select(h => h.GetProperty("snippet").GetString()!.Replace(SearchIndex.MarkOpen.ToString(), "").Replace(SearchIndex.MarkClose.ToString(), ""));
        Assert.Contains(texts, t => t.Contains(found, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_search_that_matches_nothing_answers_an_empty_list()
    {
        // With no row to look at, the reflection-based row mapping this replaced could not tell the
        // columns' types and the request failed with a 500.
        using var response = await web.Http.GetAsync("api/search?q=" + Uri.EscapeDataString("Zzyzxqw"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Zzyzxqw", body.RootElement.GetProperty("q").GetString());
        Assert.Empty(body.RootElement.GetProperty("hits").EnumerateArray());
    }

    [Fact]
    public async Task Search_goes_through_gazetteer_aliases()
    {
        // The English name appears in no Latvian sentence; the alias list links it to "Šuša".
        var aliases = Directory.CreateTempSubdirectory("concord-aliases-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(aliases.FullName, "places.json"), """[{ "name": "Shusha", "aliases": ["Shushi", "Šuša"] }]""");
            using var store = ConcordStore.Open(web.StorePath);
            var gate = new StoreGate(store);
            var search = new SearchIndex(gate, AliasTable.Load(aliases.FullName));
            search.Rebuild(new ReconciledEventSource(gate).Events);
            var withAliases = search.Search("Shusha", "document", 200, 0);
            var without = new SearchIndex(gate, AliasTable.Empty).Search("Shusha", "document", 200, 0);
            Assert.DoesNotContain(without, h => h.Doc.StartsWith("001", StringComparison.Ordinal));
            Assert.Contains(withAliases, h => h.Doc.StartsWith("001", StringComparison.Ordinal) && h.Snippet.Contains("Šuš", StringComparison.Ordinal));
        }
        finally
        {
            aliases.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Sources_mark_the_encyclopedia_that_copies_the_wikipedia_article()
    {
        var sources = (await web.GetJson("api/sources")).EnumerateArray().ToList();
        var kids = sources.Single(s => s.GetProperty("doc").GetString()!.StartsWith("004", StringComparison.Ordinal));
        Assert.Contains(kids.GetProperty("copies").EnumerateArray(), c => c.GetProperty("of").GetString()!.StartsWith("003", StringComparison.Ordinal));
        var wiki = sources.Single(s => s.GetProperty("doc").GetString()!.StartsWith("003", StringComparison.Ordinal));
        Assert.Empty(wiki.GetProperty("copies").EnumerateArray());
    }

    private static string Id(JsonElement e) => e.GetProperty("id").GetString()!;
}
