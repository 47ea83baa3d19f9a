using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Attune.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Attune.Web.Security;

/// <summary>
/// API authentication: <c>Authorization: Bearer &lt;key&gt;</c>. Only the SHA-256 of a key is stored; a request
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

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var secret = Bearer(Request.Headers.Authorization);
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
