using Attune.Storage.Tests.TestKit;
using Microsoft.Data.Sqlite;

namespace Attune.Storage.Tests.Sqlite;

/// <summary>The store suite on SQLite: a fresh temporary database file per test.</summary>
public sealed class SqliteStoreTests : StoreContractTests
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"attune-store-{Guid.NewGuid():N}.db");

    protected override Task<IAttuneStore> CreateStoreAsync(FakeClock clock) =>
        Task.FromResult(StoreFactory.Create(new StorageOptions { Provider = "sqlite" }, $"Data Source={path}", clock));

    protected override Task CleanupAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            if (File.Exists(file))
            {
                File.Delete(file);
            }
        }
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Open_NewFile_UsesWriteAheadLogAndForeignKeys()
    {
        await StoreAsync();
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }
}
