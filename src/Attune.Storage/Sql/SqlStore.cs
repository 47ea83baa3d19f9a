using System.Data.Common;
using Attune.Storage.Model;
using Dapper;

namespace Attune.Storage.Sql;

/// <summary>
/// <see cref="IAttuneStore"/> in Dapper over either provider: the SQL is shared and the few differences are the
/// <see cref="SqlDialect"/>'s. One connection per operation (pooled); writes that touch several rows run in one
/// transaction. Every interaction query and aggregate applies the caller's scope through <see cref="SqlFilter"/>.
/// The members are split by area over the SqlStore.*.cs files.
/// </summary>
internal sealed partial class SqlStore : IAttuneStore, IAsyncDisposable, IDisposable
{
    private readonly SqlDialect dialect;
    private readonly TimeProvider time;

    static SqlStore() => DapperSetup.EnsureRegistered();

    public SqlStore(SqlDialect dialect, TimeProvider? time = null)
    {
        this.dialect = dialect;
        this.time = time ?? TimeProvider.System;
    }

    internal SqlDialect Dialect => dialect;

    public Task MigrateAsync(CancellationToken ct = default) => Migrations.ApplyAsync(dialect, time.GetUtcNow(), ct);

    private object Now() => dialect.Time(time.GetUtcNow());

    private object When(DateTimeOffset value) => dialect.Time(value == default ? time.GetUtcNow() : value);

    private Task<DbConnection> OpenAsync(CancellationToken ct) => dialect.OpenAsync(ct);

    private static CommandDefinition Command(string sql, object? parameters, CancellationToken ct, DbTransaction? transaction = null) =>
        new(sql, parameters, transaction, cancellationToken: ct);

    private async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        return (await connection.QueryAsync<T>(Command(sql, parameters, ct)).ConfigureAwait(false)).AsList();
    }

    private async Task<T?> QuerySingleOrDefaultAsync<T>(string sql, object? parameters, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<T>(Command(sql, parameters, ct)).ConfigureAwait(false);
    }

    private async Task<int> ExecuteAsync(string sql, object? parameters, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        return await connection.ExecuteAsync(Command(sql, parameters, ct)).ConfigureAwait(false);
    }

    private static void RequireOneOf(string value, string what, params string[] allowed)
    {
        if (Array.IndexOf(allowed, value) < 0)
        {
            throw new ArgumentException($"Unknown {what} '{value}': expected {string.Join(", ", allowed)}.", what);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (dialect is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync().ConfigureAwait(false);
        }
    }

    public void Dispose() => (dialect as IDisposable)?.Dispose();
}
