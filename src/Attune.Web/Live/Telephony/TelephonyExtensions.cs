using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Attune.Web.Live.Telephony;

public static class TelephonyExtensions
{
    /// <summary>Live calls from telephony streams (<see cref="LiveCalls"/>).</summary>
    public static WebApplicationBuilder AddAttuneTelephony(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<LiveCalls>();
        return builder;
    }

    /// <summary>
    /// The telephony WebSocket endpoints <c>/ingest/twilio</c> and <c>/ingest/audiohook</c> (WebSockets must be enabled:
    /// <c>app.UseWebSockets()</c>). Anonymous at the HTTP level: each protocol carries its own API key (Twilio's start
    /// parameters, AudioHook's X-API-KEY header), checked by the endpoint.
    /// </summary>
    public static IEndpointRouteBuilder MapTelephonyIngest(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Map(TwilioEndpoint.Path, (HttpContext http, LiveCalls calls) => TwilioEndpoint.HandleAsync(http, calls))
            .AllowAnonymous().ExcludeFromDescription();
        app.Map(AudioHookEndpoint.Path, (HttpContext http, LiveCalls calls) => AudioHookEndpoint.HandleAsync(http, calls))
            .AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
