using Attune.Storage.Tests.TestKit;
using Npgsql;

namespace Attune.Storage.Tests.Postgres;

/// <summary>
/// The store suite on a real PostgreSQL server: ./test.sh starts a throwaway one and sets ATTUNE_TEST_POSTGRES.
/// Without it every test here reports SKIPPED (never a silent pass). Each test gets its own schema, dropped afterwards.
/// </summary>
public sealed class PostgresStoreTests : StoreContractTests
{
    public const string Variable = "ATTUNE_TEST_POSTGRES";

    private readonly string schema = $"attune_test_{Guid.NewGuid():N}";
    private string? server;

    protected override async Task<IAttuneStore> CreateStoreAsync(FakeClock clock)
    {
        server = Environment.GetEnvironmentVariable(Variable);
        Skip.If(string.IsNullOrWhiteSpace(server), $"{Variable} is not set: no PostgreSQL server to test against (./test.sh starts one).");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await command.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema };
        return StoreFactory.Create(new StorageOptions { Provider = "postgres" }, builder.ConnectionString, clock);
    }

    protected override async Task CleanupAsync()
    {
        if (string.IsNullOrWhiteSpace(server))
        {
            return;
        }
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }
}
