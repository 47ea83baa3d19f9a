using System.Data.Common;
using Attune.Storage.Sql;
using Npgsql;

namespace Attune.Storage.Postgres;

/// <summary>
/// PostgreSQL through one <see cref="NpgsqlDataSource"/> (Npgsql's pool). Times are timestamptz written as UTC;
/// full-text search uses the generated tsvector column with the 'simple' configuration.
/// </summary>
internal sealed class PostgresDialect(string connectionString) : SqlDialect, IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource dataSource = NpgsqlDataSource.Create(connectionString);

    public override string Name => "postgres";

    // A transaction-scoped advisory lock: two nodes starting together migrate one after the other.
    public override string MigrationLock => "SELECT pg_advisory_xact_lock(7428117301);";

    public override async Task<DbConnection> OpenAsync(CancellationToken ct) =>
        await dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);

    public override object Time(DateTimeOffset value) => value.ToUniversalTime();

    public override string FullTextPredicate(string parameter) =>
        $"i.id IN (SELECT d.id FROM interaction_documents d WHERE d.transcript_tsv @@ plainto_tsquery('simple', {parameter}))";

    public override object FullTextValue(IReadOnlyList<string> words) => string.Join(' ', words);

    public override string PeriodStart(string column, bool weekly) =>
        $"date_trunc('{(weekly ? "week" : "day")}', {column}, 'UTC')";

    public override bool IsUniqueViolation(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();

    public void Dispose() => dataSource.Dispose();
}
