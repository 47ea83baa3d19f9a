using System.Data;
using System.Globalization;
using Dapper;

namespace Attune.Storage.Sql;

/// <summary>Reads a stored time as a UTC <see cref="DateTimeOffset"/>: SQLite's ISO-8601 text, PostgreSQL's UTC DateTime.</summary>
internal sealed class DateTimeOffsetHandler : SqlMapper.TypeHandler<DateTimeOffset>
{
    public override DateTimeOffset Parse(object value) => value switch
    {
        DateTimeOffset time => time.ToUniversalTime(),
        DateTime time => new DateTimeOffset(DateTime.SpecifyKind(time, time.Kind == DateTimeKind.Local ? DateTimeKind.Local : DateTimeKind.Utc)).ToUniversalTime(),
        string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        _ => throw new DataException($"Cannot read a time from a {value.GetType().Name}."),
    };

    // Parameters go through SqlDialect.Time; this keeps a stray DateTimeOffset parameter correct (UTC) on both providers.
    public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        parameter.Value = value.ToUniversalTime();
    }
}
