using System.Globalization;
using System.Reflection;
using Dapper;

namespace Attune.Storage.Sql;

/// <summary>
/// The embedded scripts Migrations/&lt;dialect&gt;/NNN_name.sql, applied in number order inside one transaction and
/// recorded in schema_version, so running it again (or from two nodes at once) applies nothing twice.
/// </summary>
internal static class Migrations
{
    public sealed record Script(int Version, string Name, string Sql);

    public static IReadOnlyList<Script> For(string dialect)
    {
        var assembly = typeof(Migrations).Assembly;
        var prefix = $"{assembly.GetName().Name}.Migrations.{dialect}.";
        var scripts = new List<Script>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(prefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }
            var name = resource[prefix.Length..^".sql".Length];
            var digits = name.IndexOf('_', StringComparison.Ordinal);
            if (digits <= 0 || !int.TryParse(name[..digits], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                throw new InvalidOperationException($"Migration '{resource}' is not named NNN_name.sql.");
            }
            scripts.Add(new Script(version, name, Read(assembly, resource)));
        }
        scripts.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 1; i < scripts.Count; i++)
        {
            if (scripts[i].Version == scripts[i - 1].Version)
            {
                throw new InvalidOperationException($"Two migrations numbered {scripts[i].Version} for {dialect}.");
            }
        }
        return scripts;
    }

    public static async Task ApplyAsync(SqlDialect dialect, DateTimeOffset now, CancellationToken ct)
    {
        var scripts = For(dialect.Name);
        await using var connection = await dialect.OpenAsync(ct).ConfigureAwait(false);
        await using var transaction = await dialect.BeginAsync(connection, ct).ConfigureAwait(false);
        if (dialect.MigrationLock.Length > 0)
        {
            await connection.ExecuteAsync(new CommandDefinition(dialect.MigrationLock, transaction: transaction, cancellationToken: ct)).ConfigureAwait(false);
        }
        await connection.ExecuteAsync(new CommandDefinition(
            "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)",
            transaction: transaction, cancellationToken: ct)).ConfigureAwait(false);
        var applied = (await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT version FROM schema_version", transaction: transaction, cancellationToken: ct)).ConfigureAwait(false)).ToHashSet();
        foreach (var script in scripts)
        {
            if (applied.Contains(script.Version))
            {
                continue;
            }
            await connection.ExecuteAsync(new CommandDefinition(script.Sql, transaction: transaction, cancellationToken: ct)).ConfigureAwait(false);
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @at)",
                new { version = script.Version, name = script.Name, at = now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) },
                transaction, cancellationToken: ct)).ConfigureAwait(false);
        }
        await transaction.CommitAsync(ct).ConfigureAwait(false);
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Missing migration resource '{resource}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
