using System.Net.Http.Json;
using System.Text.Json;
using Concord.Cli.Commands;
using Concord.Store;
using Concord.Web;
using Microsoft.Playwright;

namespace Concord.Tests.Web;

/// <summary>
/// The web app started in-process on a free loopback port over the gold-annotated corpus store,
/// and (on first use) headless Debian Chromium driven by Playwright.
/// </summary>
public sealed class WebAppFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly string folder = Directory.CreateTempSubdirectory("concord-web-tests-").FullName;
    private ConcordStore? store;
    private ConcordWebApp? app;
    private IPlaywright? playwright;
    private IBrowserContext? browser;

    public string Url { get; private set; } = "";

    public string StorePath { get; private set; } = "";

    public HttpClient Http { get; } = new();

    public static string ScreenshotFolder { get; } = Path.Combine(TestPaths.RepoRoot, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        StorePath = GoldStore.Build(folder);
        store = ConcordStore.Open(StorePath);
        app = ConcordWebApp.Create(ServeCommand.Options(store, 0));
        Url = await app.StartAsync();
        Http.BaseAddress = new Uri(Url);
    }

    public async Task<JsonElement> GetJson(string relative) =>
        await Http.GetFromJsonAsync<JsonElement>(relative);

    /// <summary>A fresh page in headless Chromium; fails with the reason when Chromium is not installed.</summary>
    public async Task<IPage> NewPage()
    {
        if (browser is null)
        {
            if (!File.Exists(ChromiumPath))
            {
                throw new InvalidOperationException(
                    $"{ChromiumPath} not found: install Debian's chromium (apt-get install -y chromium), or set {BrowserFactAttribute.SkipVariable}=1 to skip the browser tests");
            }

            playwright = await Playwright.CreateAsync();
            // A fresh profile per run: Playwright passes it to Chromium as --user-data-dir.
            browser = await playwright.Chromium.LaunchPersistentContextAsync(Path.Combine(folder, "chromium-profile"), new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
                Args =
                [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                ],
            });
        }

        var page = await browser.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        return page;
    }

    /// <summary>Saves what the window shows (long lists are cut at the window's height).</summary>
    public static async Task Screenshot(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name) });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        store?.Dispose();
        Http.Dispose();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be releasing its profile; the temp folder is harmless.
        }
    }
}

[CollectionDefinition("web")]
public sealed class WebCollection : ICollectionFixture<WebAppFixture>;

/// <summary>A browser test; skipped only when CONCORD_SKIP_BROWSER_TESTS=1 says so.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string SkipVariable = "CONCORD_SKIP_BROWSER_TESTS";

    public BrowserFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(SkipVariable) == "1")
        {
            Skip = $"{SkipVariable}=1";
        }
    }
}
