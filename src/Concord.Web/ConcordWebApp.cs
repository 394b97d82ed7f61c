using System.Net;
using Concord.Web.Api;
using Concord.Web.Assets;
using Concord.Web.Events;
using Concord.Web.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Concord.Web;

/// <summary>
/// The Concord web app: pages and a JSON API over one store, bound to 127.0.0.1 only. Start it,
/// read <see cref="Url"/>, dispose it to stop.
/// </summary>
public sealed class ConcordWebApp : IAsyncDisposable
{
    private readonly WebApplication app;

    private ConcordWebApp(WebApplication app, IEventSource events)
    {
        this.app = app;
        Events = events;
    }

    public string Url { get; private set; } = "";

    public IEventSource Events { get; }

    public static ConcordWebApp Create(ConcordWebOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, options.Port);
            k.Limits.MaxRequestBodySize = options.MaxUploadBytes + 64 * 1024;
        });
        builder.Services.AddProblemDetails();
        var app = builder.Build();

        var store = new StoreGate(options.Store);
        var events = new ReconciledEventSource(store);
        var search = new SearchIndex(store, AliasTable.Load(options.AliasFolder));
        search.Rebuild(events.Events);

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(async (context, next) =>
        {
            // Pages and assets come from the assembly; only the API goes through routing.
            if (HttpMethods.IsGet(context.Request.Method) && !context.Request.Path.StartsWithSegments("/api") && await EmbeddedAssets.TryServe(context))
            {
                return;
            }

            await next(context);
        });
        ApiEndpoints.Map(app, options, store, events, search);
        return new ConcordWebApp(app, events);
    }

    public async Task<string> StartAsync(CancellationToken cancel = default)
    {
        await app.StartAsync(cancel);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Url = address.TrimEnd('/') + "/";
        return Url;
    }

    public Task WaitForShutdownAsync(CancellationToken cancel = default) => app.WaitForShutdownAsync(cancel);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
