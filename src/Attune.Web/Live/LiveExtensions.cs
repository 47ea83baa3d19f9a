using Attune.Web.Live.Alerts;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Attune.Web.Live;

public static class LiveExtensions
{
    /// <summary>Live interactions: the open sessions, the idle sweep, the SignalR hub's feed and the live counters.</summary>
    public static WebApplicationBuilder AddAttuneLive(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSignalR();
        builder.Services.AddSingleton<LiveStats>();
        builder.Services.AddSingleton<LiveFeed>();
        builder.Services.AddSingleton<LiveSessions>();
        builder.Services.AddSingleton<LiveAlertSettings>();
        builder.Services.AddHostedService<LiveIdleSweeper>();
        builder.Services.AddHostedService<LiveAlertClock>();
        builder.Services.AddHostedService<LiveWarmup>();
        return builder;
    }
}
