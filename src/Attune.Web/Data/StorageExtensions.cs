using Attune.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Attune.Web.Data;

/// <summary>Registers <see cref="IAttuneStore"/> from configuration: <c>Storage:Provider</c> and <c>ConnectionStrings:Attune</c>.</summary>
public static class StorageExtensions
{
    /// <summary>The SQLite database used when no connection string is configured: a file in the working directory.</summary>
    public const string DefaultSqliteFile = "attune-data/attune.db";

    public static WebApplicationBuilder AddAttuneStorage(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<StorageOptions>(builder.Configuration.GetSection(StorageOptions.Section));
        builder.Services.AddSingleton<IAttuneStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return StoreFactory.Create(options, ConnectionString(builder.Configuration, options));
        });
        builder.Services.AddSingleton<BlobStore>();
        return builder;
    }

    /// <summary>The configured connection string, or the default SQLite file (its folder is created).</summary>
    public static string ConnectionString(IConfiguration configuration, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        var configured = configuration.GetConnectionString("Attune");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        if (!string.Equals(options.Provider, "sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"Storage:Provider is '{options.Provider}' but no connection string is configured: set ConnectionStrings:Attune (environment variable ConnectionStrings__Attune).");
        }

        var path = Path.GetFullPath(DefaultSqliteFile);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return $"Data Source={path}";
    }

    public static async Task MigrateAttuneStorageAsync(this WebApplication app, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.Services.GetRequiredService<IAttuneStore>().MigrateAsync(ct).ConfigureAwait(false);
    }
}
