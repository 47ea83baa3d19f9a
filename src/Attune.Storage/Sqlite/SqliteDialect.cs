using System.Data.Common;
using System.Globalization;
using System.Text;
using Attune.Storage.Sql;
using Microsoft.Data.Sqlite;

namespace Attune.Storage.Sqlite;

/// <summary>
/// SQLite: a file, WAL journal (readers never wait for the writer), foreign keys on, a busy timeout so concurrent writers
/// queue instead of failing, one pooled connection per operation. Times are stored as fixed-width ISO-8601 UTC text so
/// text order is time order.
/// </summary>
internal sealed class SqliteDialect : SqlDialect
{
    /// <summary>Fixed width (7 fraction digits, always Z) so that comparing the text compares the times.</summary>
    public const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    private const int BusyTimeoutMs = 10_000;

    private readonly string connectionString;
    private int walChecked;
    private readonly SemaphoreSlim writer = new(1, 1);

    public SqliteDialect(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = true, ForeignKeys = true };
        if (builder.DefaultTimeout < BusyTimeoutMs / 1000)
        {
            builder.DefaultTimeout = BusyTimeoutMs / 1000;
        }
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }
        this.connectionString = builder.ToString();
    }

    public override string Name => "sqlite";

    public override string MigrationLock => "";

    public override async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            using var command = connection.CreateCommand();
            // WAL is a property of the file (persistent): set it once per store; the rest is per connection.
            var wal = Interlocked.Exchange(ref walChecked, 1) == 0 ? "PRAGMA journal_mode = WAL; " : "";
            // synchronous = NORMAL is durable in WAL mode except for the last transactions on power loss (not on a crash of
            // the process); memory-mapped reads and a larger page cache keep the aggregates over 100,000 rows fast.
            command.CommandText = wal + $"PRAGMA busy_timeout = {BusyTimeoutMs}; PRAGMA synchronous = NORMAL; " +
                "PRAGMA mmap_size = 268435456; PRAGMA cache_size = -32000;";
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public override object Time(DateTimeOffset value) =>
        value.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    public override string FullTextPredicate(string parameter) =>
        $"i.id IN (SELECT rowid FROM interactions_fts WHERE interactions_fts MATCH {parameter})";

    /// <summary>Each word as an FTS5 string ("…", quotes doubled): no user text is ever read as FTS5 syntax; juxtaposed strings mean AND.</summary>
    public override object FullTextValue(IReadOnlyList<string> words)
    {
        var query = new StringBuilder();
        foreach (var word in words)
        {
            if (query.Length > 0)
            {
                query.Append(' ');
            }
            query.Append('"').Append(word.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        return query.ToString();
    }

    public override string PeriodStart(string column, bool weekly) => weekly
        // 'weekday 0' moves forward to the next Sunday (or stays on a Sunday); 6 days back is that week's Monday.
        ? $"(date(substr({column}, 1, 10), 'weekday 0', '-6 days') || 'T00:00:00.0000000Z')"
        : $"(substr({column}, 1, 10) || 'T00:00:00.0000000Z')";

    public override bool IsUniqueViolation(DbException exception) =>
        // SQLITE_CONSTRAINT_UNIQUE (2067) and SQLITE_CONSTRAINT_PRIMARYKEY (1555).
        exception is SqliteException { SqliteExtendedErrorCode: 2067 or 1555 };

    /// <summary>
    /// SQLite has one writer at a time per file, and a connection that finds the lock taken waits in the busy handler,
    /// which polls with sleeps growing to 100 ms: under concurrent ingestion writers then sleep while the lock is free
    /// (throughput falls and latency tails grow with the number of clients). Writers of this process queue here
    /// instead, first come first served, and each finds the lock free; other processes still meet the busy timeout.
    /// </summary>
    public override async ValueTask<IDisposable> EnterWriterAsync(CancellationToken ct)
    {
        await writer.WaitAsync(ct).ConfigureAwait(false);
        return new Releaser(writer);
    }

    private sealed class Releaser(SemaphoreSlim gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                gate.Release();
            }
        }
    }

    public override ValueTask<DbTransaction> BeginAsync(DbConnection connection, CancellationToken ct) =>
        // Microsoft.Data.Sqlite's default (deferred: false) is BEGIN IMMEDIATE: the write lock is taken up front.
        ValueTask.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));
}
