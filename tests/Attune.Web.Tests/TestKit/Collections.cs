namespace Attune.Web.Tests.TestKit;

/// <summary>Test collections: each has its own application host (and so its own database); collections run in parallel.</summary>
public static class Collections
{
    public const string Sqlite = "web on SQLite";
    public const string Postgres = "web on PostgreSQL";
    public const string Browser = "web in Chromium";
    public const string Live = "web live (small outboxes)";
}

[CollectionDefinition(Collections.Sqlite)]
public sealed class SqliteCollection : ICollectionFixture<SqliteHost>;

[CollectionDefinition(Collections.Postgres)]
public sealed class PostgresCollection : ICollectionFixture<PostgresHost>;

[CollectionDefinition(Collections.Browser)]
public sealed class BrowserCollection : ICollectionFixture<BrowserHost>, ICollectionFixture<BrowserFixture>;

[CollectionDefinition(Collections.Live)]
public sealed class LiveCollection : ICollectionFixture<LiveHost>;
