using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Attune.Web.Apis;

/// <summary>
/// The pages' stylesheet and script, embedded in the assembly (Assets/) and served from /assets/NAME with a long cache
/// lifetime: the one `attune` binary needs no static-files folder beside it.
/// </summary>
public static class AssetsApi
{
    private static readonly ConcurrentDictionary<string, byte[]?> Cache = new(StringComparer.Ordinal);

    public static IEndpointRouteBuilder MapAssets(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/assets/{name}", (string name, HttpContext http) =>
        {
            var bytes = Cache.GetOrAdd(name, Load);
            if (bytes is null)
            {
                return Results.NotFound();
            }

            http.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Bytes(bytes, ContentType(name));
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static byte[]? Load(string name)
    {
        if (name.Contains('/', StringComparison.Ordinal) || name.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        var assembly = typeof(AssetsApi).Assembly;
        using var stream = assembly.GetManifestResourceStream("Attune.Web.Assets." + name);
        if (stream is null)
        {
            return null;
        }

        using var ms = new MemoryStream();
        stream.CopyTo(ms);
        return ms.ToArray();
    }

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };
}
