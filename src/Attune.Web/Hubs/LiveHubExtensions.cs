using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Attune.Web.Hubs;

public static class LiveHubExtensions
{
    public const string Path = "/hubs/live";

    /// <summary>Maps <see cref="LiveHub"/> at <c>/hubs/live</c>.</summary>
    public static IEndpointRouteBuilder MapLiveHub(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHub<LiveHub>(Path);
        return app;
    }
}
