using Attune.Storage.Model;
using Dapper;

namespace Attune.Storage.Sql;

/// <summary>
/// A WHERE clause over interactions (alias i) built from typed values: every value is a parameter, never SQL text.
/// The caller's scope is always the first condition.
/// </summary>
internal sealed class SqlFilter
{
    private readonly List<string> conditions = [];
    private int next;

    public DynamicParameters Parameters { get; } = new();

    public bool IsEmpty => conditions.Count == 0;

    public string Where => conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);

    /// <summary>The conditions joined with AND prefixed by " AND ", for appending to an existing WHERE.</summary>
    public string And => conditions.Count == 0 ? "" : " AND " + string.Join(" AND ", conditions);

    public string Parameter(object? value)
    {
        var name = "@p" + next++;
        Parameters.Add(name, value);
        return name;
    }

    public void Add(string condition) => conditions.Add(condition);

    public void Equal(string column, object? value)
    {
        if (value is string text && text.Contains('\0', StringComparison.Ordinal))
        {
            // No stored text holds a NUL (PostgreSQL refuses one in a parameter): such a value, like
            // InteractionScope.Nothing's, matches nothing.
            conditions.Add("1 = 0");
        }
        else if (value is not null)
        {
            conditions.Add($"{column} = {Parameter(value)}");
        }
    }

    public static SqlFilter For(InteractionScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var filter = new SqlFilter();
        filter.Equal("i.advisor_id", scope.AdvisorId);
        filter.Equal("i.team_id", scope.TeamId);
        return filter;
    }

    public static SqlFilter For(StatsQuery query, SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = For(query.Scope);
        filter.Equal("i.advisor_id", query.AdvisorId);
        filter.Equal("i.team_id", query.TeamId);
        filter.TimeRange(query.From, query.To, dialect);
        return filter;
    }

    public void TimeRange(DateTimeOffset? from, DateTimeOffset? to, SqlDialect dialect, string column = "i.started_at")
    {
        if (from is { } start)
        {
            conditions.Add($"{column} >= {Parameter(dialect.Time(start))}");
        }
        if (to is { } end)
        {
            conditions.Add($"{column} < {Parameter(dialect.Time(end))}");
        }
    }
}
