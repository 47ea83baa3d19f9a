using System.Data;
using Dapper;

namespace Attune.Storage.Sql;

/// <summary>Reads a boolean from PostgreSQL's boolean or SQLite's 0/1 integer.</summary>
internal sealed class BooleanHandler : SqlMapper.TypeHandler<bool>
{
    public override bool Parse(object value) => value switch
    {
        bool flag => flag,
        long number => number != 0,
        int number => number != 0,
        _ => Convert.ToBoolean(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    public override void SetValue(IDbDataParameter parameter, bool value)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        parameter.Value = value;
    }
}
