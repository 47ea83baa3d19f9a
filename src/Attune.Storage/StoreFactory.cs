using Attune.Storage.Postgres;
using Attune.Storage.Sql;
using Attune.Storage.Sqlite;

namespace Attune.Storage;

/// <summary>Builds the configured provider's store. The store owns a connection pool: create one per process.</summary>
public static class StoreFactory
{
    public static IAttuneStore Create(StorageOptions options, string connectionString, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        SqlDialect dialect = (options.Provider ?? "").Trim().ToLowerInvariant() switch
        {
            "sqlite" => new SqliteDialect(connectionString),
            "postgres" or "postgresql" => new PostgresDialect(connectionString),
            _ => throw new ArgumentException(
                $"Unknown {StorageOptions.Section}:Provider '{options.Provider}': expected sqlite or postgres.", nameof(options)),
        };
        return new SqlStore(dialect, time);
    }
}
