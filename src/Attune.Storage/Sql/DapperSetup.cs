using Dapper;

namespace Attune.Storage.Sql;

/// <summary>
/// Dapper's process-wide mapping, registered once: snake_case columns onto PascalCase properties, and readers for what
/// the providers return differently (SQLite: TEXT times and INTEGER booleans; PostgreSQL: UTC DateTime and boolean).
/// Parameters are converted explicitly by <see cref="SqlDialect.Time"/>, not here.
/// </summary>
internal static class DapperSetup
{
    private static int done;

    public static void EnsureRegistered()
    {
        if (Interlocked.Exchange(ref done, 1) == 1)
        {
            return;
        }
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        // Dapper maps DateTimeOffset and bool itself unless the built-in map is removed first.
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset));
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset?));
        SqlMapper.AddTypeHandler(new DateTimeOffsetHandler());
        SqlMapper.RemoveTypeMap(typeof(bool));
        SqlMapper.RemoveTypeMap(typeof(bool?));
        SqlMapper.AddTypeHandler(new BooleanHandler());
    }
}
