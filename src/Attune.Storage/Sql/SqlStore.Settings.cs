using Attune.Storage.Model;
using Dapper;

namespace Attune.Storage.Sql;

internal sealed partial class SqlStore
{
    public Task<IReadOnlyList<ScorecardRecord>> ListScorecardsAsync(CancellationToken ct = default) =>
        QueryAsync<ScorecardRecord>("SELECT id, name, yaml, active, updated_at, updated_by FROM scorecards ORDER BY name, id", null, ct);

    public async Task SaveScorecardAsync(ScorecardRecord scorecard, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        ArgumentException.ThrowIfNullOrWhiteSpace(scorecard.Id);
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var transaction = await dialect.BeginAsync(connection, ct).ConfigureAwait(false);
        if (scorecard.Active)
        {
            // One active scorecard at a time: activating this one deactivates the others in the same transaction.
            await connection.ExecuteAsync(Command("UPDATE scorecards SET active = @no WHERE id <> @Id AND active = @yes",
                new { scorecard.Id, no = false, yes = true }, ct, transaction)).ConfigureAwait(false);
        }
        await connection.ExecuteAsync(Command(
            "INSERT INTO scorecards (id, name, yaml, active, updated_at, updated_by) VALUES (@Id, @Name, @Yaml, @Active, @updated_at, @UpdatedBy) " +
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, yaml = excluded.yaml, active = excluded.active, " +
            "updated_at = excluded.updated_at, updated_by = excluded.updated_by",
            new { scorecard.Id, Name = scorecard.Name ?? "", Yaml = scorecard.Yaml ?? "", scorecard.Active, updated_at = When(scorecard.UpdatedAt), scorecard.UpdatedBy },
            ct, transaction)).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<GlossaryEntry>> GetGlossaryAsync(CancellationToken ct = default)
    {
        var rows = await QueryAsync<GlossaryRow>("SELECT term, alternative, note FROM glossary ORDER BY term", null, ct).ConfigureAwait(false);
        return rows.Select(r => new GlossaryEntry(r.Term, r.Alternative, r.Note)).ToList();
    }

    public async Task SetGlossaryAsync(IReadOnlyList<GlossaryEntry> entries, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var transaction = await dialect.BeginAsync(connection, ct).ConfigureAwait(false);
        await connection.ExecuteAsync(Command("DELETE FROM glossary", null, ct, transaction)).ConfigureAwait(false);
        // A term listed twice keeps its last entry (the editor's latest line wins) instead of failing the whole save.
        var rows = entries
            .GroupBy(e => e.Term, StringComparer.Ordinal)
            .Select(g => g.Last())
            .Select(e => new { term = e.Term, alternative = e.Alternative, note = e.Note });
        await connection.ExecuteAsync(Command("INSERT INTO glossary (term, alternative, note) VALUES (@term, @alternative, @note)",
            rows, ct, transaction)).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
    }

    public Task<string?> GetSettingAsync(string key, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return QuerySingleOrDefaultAsync<string?>("SELECT value FROM settings WHERE key = @key", new { key }, ct);
    }

    public async Task SetSettingAsync(string key, string value, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(value);
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await connection.ExecuteAsync(Command(
            "INSERT INTO settings (key, value, updated_at) VALUES (@key, @value, @at) " +
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            new { key, value, at = Now() }, ct)).ConfigureAwait(false);
    }
}
