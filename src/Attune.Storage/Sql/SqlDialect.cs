using System.Data.Common;

namespace Attune.Storage.Sql;

/// <summary>
/// What differs between the providers at run time; everything else (the SQL of <see cref="SqlStore"/>) is shared. Both
/// support INSERT … ON CONFLICT, RETURNING and NULLS LAST; the schema differences live in the migrations.
/// </summary>
internal abstract class SqlDialect
{
    /// <summary>"sqlite" or "postgres": the folder of the migrations (Migrations/NAME/NNN_name.sql).</summary>
    public abstract string Name { get; }

    /// <summary>An open connection, ready (pragmas set); the caller disposes it (back to the pool).</summary>
    public abstract Task<DbConnection> OpenAsync(CancellationToken ct);

    /// <summary>A time as the parameter value the provider stores (SQLite: sortable ISO-8601 UTC text; PostgreSQL: a UTC timestamptz).</summary>
    public abstract object Time(DateTimeOffset value);

    /// <summary>Predicate on interactions (alias i): the transcript contains every word of <paramref name="parameter"/>.</summary>
    public abstract string FullTextPredicate(string parameter);

    /// <summary>The parameter value for <see cref="FullTextPredicate"/> from the search words (at least one).</summary>
    public abstract object FullTextValue(IReadOnlyList<string> words);

    /// <summary>Expression giving the UTC start of the day (or of the ISO week, Monday) of a time column.</summary>
    public abstract string PeriodStart(string column, bool weekly);

    /// <summary>SQL run first inside the migration transaction so concurrent starts migrate one at a time.</summary>
    public abstract string MigrationLock { get; }

    /// <summary>Whether the exception is a unique-constraint violation.</summary>
    public abstract bool IsUniqueViolation(DbException exception);

    /// <summary>
    /// Held around the interaction upserts (the write-heavy path). The default takes nothing: the engine arbitrates.
    /// </summary>
    public virtual ValueTask<IDisposable> EnterWriterAsync(CancellationToken ct) => ValueTask.FromResult<IDisposable>(NoLock.Instance);

    private sealed class NoLock : IDisposable
    {
        public static readonly NoLock Instance = new();

        public void Dispose()
        {
        }
    }

    /// <summary>Begins a write transaction (SQLite: IMMEDIATE, so two writers never deadlock upgrading a read lock).</summary>
    public virtual ValueTask<DbTransaction> BeginAsync(DbConnection connection, CancellationToken ct) =>
        connection.BeginTransactionAsync(ct);
}
