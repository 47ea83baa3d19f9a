using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace Attune.Web.Diagnostics;

/// <summary>
/// Optional <c>Server-Timing: app;dur=…</c> response header (W3C Server Timing): the time from the request entering the
/// pipeline to the response headers being sent. Razor Pages buffer the rendered page, so for a page this is the whole
/// server-side render (queries included). Off unless <c>Diagnostics:ServerTiming</c> is true: it tells anyone how long
/// requests take, which a production server need not advertise. Used by `attune bench web pages`.
/// </summary>
public static class ServerTimingExtensions
{
    public const string Setting = "Diagnostics:ServerTiming";

    public static WebApplication UseServerTimingWhenConfigured(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Configuration.GetValue(Setting, false))
        {
            return app;
        }

        app.Use(static (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            context.Response.OnStarting(() =>
            {
                var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                context.Response.Headers["Server-Timing"] = "app;dur=" + ms.ToString("0.###", CultureInfo.InvariantCulture);
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}
