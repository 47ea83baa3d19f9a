using Npgsql;

namespace Attune.Web.Tests.TestKit;

/// <summary>
/// The application on PostgreSQL (Storage:Provider=postgres) with a fresh database for this fixture, on the server
/// ATTUNE_TEST_POSTGRES names (./test.sh starts a throwaway one). Without it the host is unavailable and its tests
/// report SKIPPED, never a silent pass.
/// </summary>
public sealed class PostgresHost : AttuneHost
{
    public const string Variable = "ATTUNE_TEST_POSTGRES";

    private readonly string database = $"attune_web_{Guid.NewGuid():N}";
    private string? server;

    protected override async Task<IReadOnlyDictionary<string, string?>?> StorageSettingsAsync()
    {
        server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
        {
            Unavailable = $"{Variable} is not set: no PostgreSQL server to test against (./test.sh starts one).";
            return null;
        }

        await ExecuteAsync($"CREATE DATABASE {database}");
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = database };
        return new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "postgres",
            ["ConnectionStrings:Attune"] = connection.ConnectionString,
        };
    }

    protected override async Task DropStorageAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
