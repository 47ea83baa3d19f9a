using System.Threading.RateLimiting;
using Attune.Storage;
using Attune.Storage.Model;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Attune.Web.Security;

/// <summary>
/// Who may do what: cookie sign-in for people (local accounts, ASP.NET Core Identity's password hasher), API keys for
/// machines, role policies, sign-in rate limiting, antiforgery on every form (Razor Pages' default) and security headers.
/// </summary>
public static class SecurityExtensions
{
    /// <summary>The scheme that picks cookie or API key per request.</summary>
    public const string Scheme = "Attune";

    /// <summary>Environment variable: on first start (no API key stored yet) it becomes an admin API key.</summary>
    public const string BootstrapKeyVariable = "ATTUNE_BOOTSTRAP_API_KEY";

    public static WebApplicationBuilder AddAttuneSecurity(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton<IPasswordHasher<UserAccount>, PasswordHasher<UserAccount>>();
        services.AddSingleton(TimeProvider.System);
        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Cookie or API key", o =>
                o.ForwardDefaultSelector = ctx => ApiKeyHandler.SecretOf(ctx.Request) is not null
                    ? ApiKeyHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyHandler>(ApiKeyHandler.SchemeName, null)
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, o =>
            {
                o.LoginPath = "/login";
                o.LogoutPath = "/logout";
                o.AccessDeniedPath = "/denied";
                o.Cookie.Name = "attune.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                // The API and the hubs answer 401/403, never a redirect to the sign-in page.
                o.Events.OnRedirectToLogin = ctx => Deny(ctx, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => Deny(ctx, StatusCodes.Status403Forbidden);
            });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Admin, p => p.RequireRole(nameof(Role.Admin)))
            .AddPolicy(Policies.Analyst, p => p.RequireRole(nameof(Role.QaAnalyst), nameof(Role.Admin)))
            .AddPolicy(Policies.Coach, p => p.RequireRole(nameof(Role.TeamLeader), nameof(Role.QaAnalyst), nameof(Role.Admin)))
            .AddPolicy(Policies.Ingest, p => p.RequireRole(nameof(Role.QaAnalyst), nameof(Role.Admin)))
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        services.AddRateLimiter(o =>
        {
            // Read when the options are built (after every configuration source, including AttuneWebApp.Create's
            // `configure` hook, has been added), not while the builder is still being set up.
            var perMinute = builder.Configuration.GetValue("Security:SignInAttemptsPerMinute", 10);
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Attempts are POSTs: showing the form is not limited, so signing in as several people in a minute (the
            // demo's roles) is not refused while password guessing still is.
            o.AddPolicy(Policies.SignInLimit, ctx => HttpMethods.IsPost(ctx.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("form"));
        });
        services.AddAntiforgery(o => o.Cookie.Name = "attune.csrf");
        return builder;
    }

    public static WebApplication UseAttuneSecurity(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(SecurityHeaders);
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    /// <summary>When <see cref="BootstrapKeyVariable"/> is set and no API key exists yet, it becomes an admin key (automation, tests).</summary>
    public static async Task ApplyBootstrapKeyAsync(this WebApplication app, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        var secret = app.Configuration[BootstrapKeyVariable];
        if (string.IsNullOrWhiteSpace(secret))
        {
            return;
        }

        var store = app.Services.GetRequiredService<IAttuneStore>();
        if (await store.CountApiKeysAsync(ct).ConfigureAwait(false) > 0)
        {
            return;
        }

        var clock = app.Services.GetRequiredService<TimeProvider>();
        await store.SaveApiKeyAsync(new ApiKeyRecord
        {
            Id = "bootstrap",
            Name = "Bootstrap key (" + BootstrapKeyVariable + ")",
            SecretHash = ApiKeyHandler.Hash(secret.Trim()),
            Role = Role.Admin,
            CreatedBy = "system",
            CreatedAt = clock.GetUtcNow(),
        }, ct).ConfigureAwait(false);
    }

    private static Task Deny(RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            || ctx.Request.Path.StartsWithSegments("/hubs", StringComparison.OrdinalIgnoreCase))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Security headers on every response. The pages need no script or style from elsewhere; inline styles are allowed
    /// because charts are inline SVG with style attributes, inline scripts are not (the pages' script is /assets/app.js).
    /// </summary>
    private static Task SecurityHeaders(HttpContext ctx, Func<Task> next)
    {
        var h = ctx.Response.Headers;
        h.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; media-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
        h.XContentTypeOptions = "nosniff";
        h.XFrameOptions = "DENY";
        h["Referrer-Policy"] = "no-referrer";
        h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        h["Cross-Origin-Opener-Policy"] = "same-origin";
        return next();
    }
}
