using Attune.Storage.Model;
using Dapper;

namespace Attune.Storage.Sql;

internal sealed partial class SqlStore
{
    private static readonly string[] Outcomes = ["passed", "failed", "not_applicable"];

    public async Task SetOverrideAsync(CriterionOverride value, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(value);
        RequireOneOf(value.Outcome, "outcome", Outcomes);
        await ExecuteAsync(
            "INSERT INTO criterion_overrides (interaction_id, criterion_id, outcome, comment, user_id, at) " +
            "VALUES (@InteractionId, @CriterionId, @Outcome, @Comment, @UserId, @at) " +
            "ON CONFLICT (interaction_id, criterion_id) DO UPDATE SET outcome = excluded.outcome, comment = excluded.comment, " +
            "user_id = excluded.user_id, at = excluded.at",
            new { value.InteractionId, value.CriterionId, value.Outcome, Comment = value.Comment ?? "", value.UserId, at = When(value.At) }, ct).ConfigureAwait(false);
    }

    public async Task<bool> RemoveOverrideAsync(long interactionId, string criterionId, CancellationToken ct = default) =>
        await ExecuteAsync("DELETE FROM criterion_overrides WHERE interaction_id = @interactionId AND criterion_id = @criterionId",
            new { interactionId, criterionId }, ct).ConfigureAwait(false) > 0;

    public Task<IReadOnlyList<CriterionOverride>> GetOverridesAsync(long interactionId, CancellationToken ct = default) =>
        QueryAsync<CriterionOverride>(
            "SELECT interaction_id, criterion_id, outcome, comment, user_id, at FROM criterion_overrides " +
            "WHERE interaction_id = @interactionId ORDER BY criterion_id", new { interactionId }, ct);

    private const string DisputeColumns =
        "d.id, d.interaction_id, d.criterion_id, d.advisor_user_id, d.status, d.comment, d.resolved_by, d.resolution, d.created_at, d.resolved_at";

    /// <summary>Stores the dispute (status acknowledged or open) and sets its <see cref="Dispute.Id"/>.</summary>
    public async Task<Dispute> AddDisputeAsync(Dispute dispute, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(dispute);
        RequireOneOf(dispute.Status, "status", "acknowledged", "open");
        if (dispute.CreatedAt == default)
        {
            dispute.CreatedAt = time.GetUtcNow();
        }
        dispute.Id = await QuerySingleOrDefaultAsync<long>(
            "INSERT INTO disputes (interaction_id, criterion_id, advisor_user_id, status, comment, created_at) " +
            "VALUES (@InteractionId, @CriterionId, @AdvisorUserId, @Status, @Comment, @created_at) RETURNING id",
            new { dispute.InteractionId, dispute.CriterionId, dispute.AdvisorUserId, dispute.Status, Comment = dispute.Comment ?? "", created_at = dialect.Time(dispute.CreatedAt) },
            ct).ConfigureAwait(false);
        return dispute;
    }

    public async Task<bool> ResolveDisputeAsync(long disputeId, string status, string resolvedBy, string resolution, DateTimeOffset at, CancellationToken ct = default)
    {
        RequireOneOf(status, "status", "upheld", "rejected");
        return await ExecuteAsync(
            "UPDATE disputes SET status = @status, resolved_by = @resolvedBy, resolution = @resolution, resolved_at = @at " +
            "WHERE id = @disputeId AND status = 'open'",
            new { disputeId, status, resolvedBy, resolution, at = When(at) }, ct).ConfigureAwait(false) > 0;
    }

    public Task<IReadOnlyList<Dispute>> GetDisputesAsync(long interactionId, CancellationToken ct = default) =>
        QueryAsync<Dispute>($"SELECT {DisputeColumns} FROM disputes d WHERE d.interaction_id = @interactionId ORDER BY d.created_at, d.id",
            new { interactionId }, ct);

    public async Task<IReadOnlyList<Dispute>> GetOpenDisputesAsync(InteractionScope scope, int limit, CancellationToken ct = default)
    {
        var filter = SqlFilter.For(scope);
        filter.Add("d.status = 'open'");
        var take = filter.Parameter(Math.Max(0, limit));
        return await QueryAsync<Dispute>(
            $"SELECT {DisputeColumns} FROM disputes d JOIN interactions i ON i.id = d.interaction_id {filter.Where} " +
            $"ORDER BY d.created_at, d.id LIMIT {take}", filter.Parameters, ct).ConfigureAwait(false);
    }

    public async Task SetCalibrationScoreAsync(CalibrationScore score, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(score);
        RequireOneOf(score.Outcome, "outcome", Outcomes);
        await ExecuteAsync(
            "INSERT INTO calibration_scores (interaction_id, user_id, criterion_id, outcome, comment, at) " +
            "VALUES (@InteractionId, @UserId, @CriterionId, @Outcome, @Comment, @at) " +
            "ON CONFLICT (interaction_id, user_id, criterion_id) DO UPDATE SET outcome = excluded.outcome, comment = excluded.comment, at = excluded.at",
            new { score.InteractionId, score.UserId, score.CriterionId, score.Outcome, Comment = score.Comment ?? "", at = When(score.At) }, ct).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<CalibrationScore>> GetCalibrationScoresAsync(long interactionId, CancellationToken ct = default) =>
        QueryAsync<CalibrationScore>(
            "SELECT interaction_id, user_id, criterion_id, outcome, comment, at FROM calibration_scores " +
            "WHERE interaction_id = @interactionId ORDER BY criterion_id, user_id", new { interactionId }, ct);

    /// <summary>Stores the note and sets its <see cref="CoachingNote.Id"/>.</summary>
    public async Task<CoachingNote> AddCoachingNoteAsync(CoachingNote note, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(note);
        if (note.At == default)
        {
            note.At = time.GetUtcNow();
        }
        note.Id = await QuerySingleOrDefaultAsync<long>(
            "INSERT INTO coaching_notes (advisor_id, author_user_id, text, interaction_id, at) " +
            "VALUES (@AdvisorId, @AuthorUserId, @Text, @InteractionId, @at) RETURNING id",
            new { note.AdvisorId, note.AuthorUserId, Text = note.Text ?? "", note.InteractionId, at = dialect.Time(note.At) }, ct).ConfigureAwait(false);
        return note;
    }

    public Task<IReadOnlyList<CoachingNote>> GetCoachingNotesAsync(string advisorId, CancellationToken ct = default) =>
        QueryAsync<CoachingNote>(
            "SELECT id, advisor_id, author_user_id, text, interaction_id, at FROM coaching_notes " +
            "WHERE advisor_id = @advisorId ORDER BY at DESC, id DESC", new { advisorId }, ct);

    /// <summary>Stores the pin and sets its <see cref="ExemplarPin.Id"/>.</summary>
    public async Task<ExemplarPin> PinExemplarAsync(ExemplarPin pin, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(pin);
        if (pin.At == default)
        {
            pin.At = time.GetUtcNow();
        }
        pin.Id = await QuerySingleOrDefaultAsync<long>(
            "INSERT INTO exemplar_pins (interaction_id, turn, journey, signal, note, pinned_by, at) " +
            "VALUES (@InteractionId, @Turn, @Journey, @Signal, @Note, @PinnedBy, @at) RETURNING id",
            new { pin.InteractionId, pin.Turn, pin.Journey, pin.Signal, Note = pin.Note ?? "", pin.PinnedBy, at = dialect.Time(pin.At) }, ct).ConfigureAwait(false);
        return pin;
    }

    public async Task<bool> UnpinExemplarAsync(long pinId, CancellationToken ct = default) =>
        await ExecuteAsync("DELETE FROM exemplar_pins WHERE id = @pinId", new { pinId }, ct).ConfigureAwait(false) > 0;

    public Task<IReadOnlyList<ExemplarPin>> GetExemplarPinsAsync(string? journey, CancellationToken ct = default) =>
        journey is null
            ? QueryAsync<ExemplarPin>(
                "SELECT id, interaction_id, turn, journey, signal, note, pinned_by, at FROM exemplar_pins ORDER BY at DESC, id DESC", null, ct)
            : QueryAsync<ExemplarPin>(
                "SELECT id, interaction_id, turn, journey, signal, note, pinned_by, at FROM exemplar_pins " +
                "WHERE journey = @journey ORDER BY at DESC, id DESC", new { journey }, ct);
}
