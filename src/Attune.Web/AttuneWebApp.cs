using Attune.Web.Apis;
using Attune.Web.Hubs;
using Attune.Web.Ingest;
using Attune.Web.Live;
using Attune.Web.Live.Telephony;
using Attune.Web.Security;
using Attune.Web.Data;
using Attune.Web.Demo;
using Attune.Web.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Attune.Web;

/// <summary>
/// The web workspace, as a table of contents: storage, analysis, security, pages and APIs. Configuration follows the
/// ASP.NET conventions (appsettings.json, environment variables such as <c>ConnectionStrings__Attune</c> and
/// <c>Storage__Provider</c>, command-line <c>--key=value</c>); `attune serve` and `attune demo` build it, tests too.
/// </summary>
public static class AttuneWebApp
{
    /// <param name="args">ASP.NET command-line configuration (e.g. <c>--urls=http://127.0.0.1:5000</c>).</param>
    /// <param name="configure">Last word on the builder (tests: in-memory settings, a fixed clock).</param>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(AttuneWebApp).Assembly.GetName().Name,
        });
        builder.AddAttuneStorage();
        builder.AddAttuneIngest();
        builder.AddAttuneLive();
        builder.AddAttuneTelephony();
        builder.AddAttuneSecurity();
        builder.Services.AddRazorPages();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddHealthChecks();
        builder.Services.AddSingleton<GeneratedDataSeeder>();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseServerTimingWhenConfigured();
        app.UseAttuneSecurity();
        app.UseWebSockets();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapAssets();
        app.MapInteractionsApi();
        app.MapLiveApi();
        app.MapLiveHub();
        app.MapTelephonyIngest();
        app.MapRazorPages();
        return app;
    }

    /// <summary>Migrates the database and applies the start-up configuration (bootstrap API key) before serving.</summary>
    public static async Task PrepareAsync(this WebApplication app, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.MigrateAttuneStorageAsync(ct).ConfigureAwait(false);
        await app.ApplyBootstrapKeyAsync(ct).ConfigureAwait(false);
    }
}
