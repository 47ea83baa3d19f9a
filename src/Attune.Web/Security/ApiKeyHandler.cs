using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Attune.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Attune.Web.Security;

/// <summary>
/// API authentication: <c>Authorization: Bearer &lt;key&gt;</c>, or for the SignalR hubs (paths under <c>/hubs/</c>)
/// <c>?access_token=&lt;key&gt;</c>, which is how SignalR clients send a token over WebSockets. Only the SHA-256 of a key is stored; a request
/// with a wrong or revoked key fails authentication (401), as does a request with none.
/// </summary>
public sealed class ApiKeyHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IAttuneStore store)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    /// <summary>Lower-case hex SHA-256 of a key's secret, as stored.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>The key in an Authorization header value, or null.</summary>
    public static string? Bearer(string? header) =>
        header is not null && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header.Length > 7 ? header[7..].Trim() : null;

    /// <summary>The key a request carries: the Authorization header, else <c>access_token</c> on a <c>/hubs/</c> path; or null.</summary>
    public static string? SecretOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Bearer(request.Headers.Authorization) is { } bearer)
        {
            return bearer;
        }

        return request.Path.StartsWithSegments("/hubs", StringComparison.OrdinalIgnoreCase)
            && request.Query["access_token"].ToString() is { Length: > 0 } token
            ? token.Trim()
            : null;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var secret = SecretOf(Request);
        if (secret is null)
        {
            return AuthenticateResult.NoResult();
        }

        var key = await store.FindApiKeyAsync(Hash(secret), Context.RequestAborted).ConfigureAwait(false);
        if (key is null)
        {
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }

        return AuthenticateResult.Success(new AuthenticationTicket(AttuneClaims.For(key, SchemeName), SchemeName));
    }
}
