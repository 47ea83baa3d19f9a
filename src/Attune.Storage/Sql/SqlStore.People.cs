using System.Data.Common;
using Attune.Storage.Model;

namespace Attune.Storage.Sql;

internal sealed partial class SqlStore
{
    private const string UserColumns = "id, user_name, display_name, password_hash, role, team_id, advisor_id, disabled, created_at";

    private const string ApiKeyColumns = "id, name, secret_hash, role, created_by, created_at, revoked";

    public Task<UserAccount?> FindUserByNameAsync(string userName, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(userName);
        return QuerySingleOrDefaultAsync<UserAccount>(
            $"SELECT {UserColumns} FROM users WHERE user_name = @name", new { name = userName.Trim().ToLowerInvariant() }, ct);
    }

    public Task<UserAccount?> GetUserAsync(string id, CancellationToken ct = default) =>
        QuerySingleOrDefaultAsync<UserAccount>($"SELECT {UserColumns} FROM users WHERE id = @id", new { id }, ct);

    public Task<IReadOnlyList<UserAccount>> ListUsersAsync(CancellationToken ct = default) =>
        QueryAsync<UserAccount>($"SELECT {UserColumns} FROM users ORDER BY user_name", null, ct);

    /// <summary>Creates or updates by id; the user name is stored lower-case. A name another user has: <see cref="StoreConflictException"/>.</summary>
    public async Task SaveUserAsync(UserAccount user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentException.ThrowIfNullOrWhiteSpace(user.Id);
        ArgumentException.ThrowIfNullOrWhiteSpace(user.UserName);
        var userName = user.UserName.Trim().ToLowerInvariant();
        try
        {
            await ExecuteAsync(
                $"INSERT INTO users ({UserColumns}) VALUES (@Id, @userName, @DisplayName, @PasswordHash, @Role, @TeamId, @AdvisorId, @Disabled, @created_at) " +
                "ON CONFLICT (id) DO UPDATE SET user_name = excluded.user_name, display_name = excluded.display_name, " +
                "password_hash = excluded.password_hash, role = excluded.role, team_id = excluded.team_id, " +
                "advisor_id = excluded.advisor_id, disabled = excluded.disabled",
                new
                {
                    user.Id, userName, DisplayName = user.DisplayName ?? "", PasswordHash = user.PasswordHash ?? "", Role = (int)user.Role,
                    user.TeamId, user.AdvisorId, user.Disabled, created_at = When(user.CreatedAt),
                }, ct).ConfigureAwait(false);
        }
        catch (DbException e) when (dialect.IsUniqueViolation(e))
        {
            throw new StoreConflictException($"The user name '{userName}' is already taken.", e);
        }
    }

    public Task<IReadOnlyList<Team>> ListTeamsAsync(CancellationToken ct = default) =>
        QueryAsync<Team>("SELECT id, name FROM teams ORDER BY name, id", null, ct);

    public async Task SaveTeamAsync(Team team, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentException.ThrowIfNullOrWhiteSpace(team.Id);
        await ExecuteAsync("INSERT INTO teams (id, name) VALUES (@Id, @Name) ON CONFLICT (id) DO UPDATE SET name = excluded.name",
            new { team.Id, Name = team.Name ?? "" }, ct).ConfigureAwait(false);
    }

    /// <summary>Creates or updates by id (revoking is saving with <see cref="ApiKeyRecord.Revoked"/>).</summary>
    public async Task SaveApiKeyAsync(ApiKeyRecord key, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(key.Id);
        ArgumentException.ThrowIfNullOrWhiteSpace(key.SecretHash);
        try
        {
            await ExecuteAsync(
                $"INSERT INTO api_keys ({ApiKeyColumns}) VALUES (@Id, @Name, @SecretHash, @Role, @CreatedBy, @created_at, @Revoked) " +
                "ON CONFLICT (id) DO UPDATE SET name = excluded.name, secret_hash = excluded.secret_hash, role = excluded.role, " +
                "revoked = excluded.revoked",
                new { key.Id, Name = key.Name ?? "", key.SecretHash, Role = (int)key.Role, key.CreatedBy, created_at = When(key.CreatedAt), key.Revoked },
                ct).ConfigureAwait(false);
        }
        catch (DbException e) when (dialect.IsUniqueViolation(e))
        {
            throw new StoreConflictException("Another API key has the same secret.", e);
        }
    }

    public Task<ApiKeyRecord?> FindApiKeyAsync(string secretHash, CancellationToken ct = default) =>
        QuerySingleOrDefaultAsync<ApiKeyRecord>(
            $"SELECT {ApiKeyColumns} FROM api_keys WHERE secret_hash = @secretHash AND revoked = @no", new { secretHash, no = false }, ct);

    public Task<IReadOnlyList<ApiKeyRecord>> ListApiKeysAsync(CancellationToken ct = default) =>
        QueryAsync<ApiKeyRecord>($"SELECT {ApiKeyColumns} FROM api_keys ORDER BY created_at, id", null, ct);

    public async Task<long> CountApiKeysAsync(CancellationToken ct = default) =>
        await QuerySingleOrDefaultAsync<long>("SELECT COUNT(*) FROM api_keys", null, ct).ConfigureAwait(false);

    public async Task AuditAsync(AuditEntry entry, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await ExecuteAsync(
            "INSERT INTO audit_log (at, actor, action, interaction_id, detail) VALUES (@at, @Actor, @Action, @InteractionId, @Detail)",
            new { at = When(entry.At), entry.Actor, entry.Action, entry.InteractionId, Detail = entry.Detail ?? "" }, ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<AuditEntry>> GetAuditAsync(long? interactionId, int limit, CancellationToken ct = default)
    {
        const string Columns = "id, at, actor, action, interaction_id, detail";
        var take = Math.Max(0, limit);
        return interactionId is null
            ? await QueryAsync<AuditEntry>($"SELECT {Columns} FROM audit_log ORDER BY id DESC LIMIT @take", new { take }, ct).ConfigureAwait(false)
            : await QueryAsync<AuditEntry>($"SELECT {Columns} FROM audit_log WHERE interaction_id = @interactionId ORDER BY id DESC LIMIT @take",
                new { interactionId, take }, ct).ConfigureAwait(false);
    }
}
