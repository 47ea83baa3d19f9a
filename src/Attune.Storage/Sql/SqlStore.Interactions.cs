using System.Data.Common;
using System.Globalization;
using System.Text;
using Attune.Storage.Model;
using Dapper;

namespace Attune.Storage.Sql;

internal sealed partial class SqlStore
{
    private const string SummaryColumns =
        "i.id, i.external_id, i.advisor_id, i.advisor_name, i.team_id, i.channel, i.started_at, i.duration_seconds, i.score, " +
        "i.auto_failed, i.sentiment, i.journey, i.distressed, i.incomplete, (i.audio_path IS NOT NULL) AS has_audio";

    private const string RecordColumns =
        "i.id, i.external_id, i.advisor_id, i.advisor_name, i.team_id, i.customer_id, i.channel, i.started_at, i.duration_seconds, " +
        "i.score, i.auto_failed, i.sentiment, i.sentiment_trend, i.journey, i.distressed, i.incomplete, d.transcript, d.analysis_json, " +
        "i.audio_path, i.created_at, i.updated_at";

    private const string InteractionValues =
        "@external_id, @advisor_id, @advisor_name, @team_id, @customer_id, @channel, @started_at, @duration_seconds, @score, " +
        "@auto_failed, @sentiment, @sentiment_trend, @journey, @distressed, @incomplete, @audio_path";

    private const string InteractionColumns =
        "external_id, advisor_id, advisor_name, team_id, customer_id, channel, started_at, duration_seconds, score, " +
        "auto_failed, sentiment, sentiment_trend, journey, distressed, incomplete, audio_path";

    /// <summary>The sort orders the list accepts, each a fixed ORDER BY (user input only picks one of them).</summary>
    private static readonly Dictionary<string, string> Sorts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["newest"] = "i.started_at DESC, i.id DESC",
        ["oldest"] = "i.started_at ASC, i.id ASC",
        ["score"] = "i.score ASC NULLS LAST, i.id ASC",
        ["-score"] = "i.score DESC NULLS LAST, i.id DESC",
    };

    public const int MaxPageSize = 500;

    public async Task<UpsertResult> UpsertInteractionAsync(InteractionRecord interaction, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        using var writing = await dialect.EnterWriterAsync(ct).ConfigureAwait(false);
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var transaction = await dialect.BeginAsync(connection, ct).ConfigureAwait(false);
        var result = await UpsertAsync(connection, transaction, interaction, ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return result;
    }

    public async Task<IReadOnlyList<UpsertResult>> UpsertInteractionsAsync(IReadOnlyList<InteractionRecord> interactions, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        var results = new UpsertResult[interactions.Count];
        if (interactions.Count == 0)
        {
            return results;
        }

        // One transaction for the batch: one write-lock acquisition and one commit (one WAL sync point) instead of one
        // per interaction, which is what makes seeding 100,000 interactions or batching concurrent ingests cheap.
        using var writing = await dialect.EnterWriterAsync(ct).ConfigureAwait(false);
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var transaction = await dialect.BeginAsync(connection, ct).ConfigureAwait(false);
        for (var i = 0; i < interactions.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(interactions[i], nameof(interactions));
            results[i] = await UpsertAsync(connection, transaction, interactions[i], ct).ConfigureAwait(false);
        }

        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return results;
    }

    private async Task<UpsertResult> UpsertAsync(DbConnection connection, DbTransaction transaction, InteractionRecord interaction, CancellationToken ct)
    {
        var now = Now();
        var values = new DynamicParameters(new
        {
            external_id = interaction.ExternalId,
            advisor_id = interaction.AdvisorId,
            advisor_name = interaction.AdvisorName,
            team_id = interaction.TeamId,
            customer_id = interaction.CustomerId,
            channel = interaction.Channel,
            started_at = dialect.Time(interaction.StartedAt),
            duration_seconds = interaction.DurationSeconds,
            score = interaction.Score,
            auto_failed = interaction.AutoFailed,
            sentiment = interaction.Sentiment,
            sentiment_trend = interaction.SentimentTrend,
            journey = interaction.Journey,
            distressed = interaction.Distressed,
            incomplete = interaction.Incomplete,
            transcript = interaction.Transcript ?? "",
            analysis_json = interaction.AnalysisJson ?? "{}",
            audio_path = interaction.AudioPath,
        });
        values.Add("created_at", When(interaction.CreatedAt));
        values.Add("updated_at", interaction.UpdatedAt == default ? now : dialect.Time(interaction.UpdatedAt));

        // Insert unless the external id exists; then update that row. Both engines take the conflict path atomically,
        // and an existing row keeps its id and created_at.
        var id = await connection.QuerySingleOrDefaultAsync<long?>(Command(
            $"INSERT INTO interactions ({InteractionColumns}, created_at, updated_at) VALUES ({InteractionValues}, @created_at, @updated_at) " +
            "ON CONFLICT (external_id) DO NOTHING RETURNING id", values, ct, transaction)).ConfigureAwait(false);
        var created = id is not null;
        if (id is null)
        {
            id = await connection.QuerySingleAsync<long>(Command(
                "UPDATE interactions SET advisor_id = @advisor_id, advisor_name = @advisor_name, team_id = @team_id, " +
                "customer_id = @customer_id, channel = @channel, started_at = @started_at, duration_seconds = @duration_seconds, " +
                "score = @score, auto_failed = @auto_failed, sentiment = @sentiment, sentiment_trend = @sentiment_trend, " +
                "journey = @journey, distressed = @distressed, incomplete = @incomplete, " +
                "audio_path = @audio_path, updated_at = @updated_at WHERE external_id = @external_id RETURNING id",
                values, ct, transaction)).ConfigureAwait(false);
        }
        // The rest in one command (one round trip): replace the documents, signals and criteria of this interaction.
        values.Add("id", id.Value);
        var sql = new StringBuilder();
        if (!created)
        {
            sql.Append("DELETE FROM interaction_signals WHERE interaction_id = @id; DELETE FROM interaction_criteria WHERE interaction_id = @id; ");
        }
        sql.Append("INSERT INTO interaction_documents (id, transcript, analysis_json) VALUES (@id, @transcript, @analysis_json) ")
            .Append("ON CONFLICT (id) DO UPDATE SET transcript = excluded.transcript, analysis_json = excluded.analysis_json; ");
        AppendDetails(sql, values, interaction);
        await connection.ExecuteAsync(Command(sql.ToString(), values, ct, transaction)).ConfigureAwait(false);
        return new UpsertResult(id.Value, created);
    }

    /// <summary>Multi-row INSERTs of the signals and criteria, values as numbered parameters.</summary>
    private static void AppendDetails(StringBuilder sql, DynamicParameters values, InteractionRecord interaction)
    {
        if (interaction.Signals.Count > 0)
        {
            // Several findings of one signal arrive as one row; duplicates in the input are summed, not rejected.
            var signals = interaction.Signals
                .GroupBy(s => s.Signal, StringComparer.Ordinal)
                .Select(g => (Signal: g.Key, Count: g.Sum(s => s.Count)))
                .ToList();
            sql.Append("INSERT INTO interaction_signals (interaction_id, signal, count, started_at) VALUES ");
            for (var i = 0; i < signals.Count; i++)
            {
                sql.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"(@id, @s{i}, @sc{i}, @started_at)");
                values.Add($"s{i}", signals[i].Signal);
                values.Add($"sc{i}", signals[i].Count);
            }
            sql.Append("; ");
        }
        if (interaction.Criteria.Count > 0)
        {
            var criteria = interaction.Criteria.DistinctBy(c => c.CriterionId, StringComparer.Ordinal).ToList();
            sql.Append("INSERT INTO interaction_criteria (interaction_id, criterion_id, name, outcome, score, weight, started_at) VALUES ");
            for (var i = 0; i < criteria.Count; i++)
            {
                sql.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"(@id, @c{i}, @cn{i}, @co{i}, @cs{i}, @cw{i}, @started_at)");
                values.Add($"c{i}", criteria[i].CriterionId);
                values.Add($"cn{i}", criteria[i].Name);
                values.Add($"co{i}", criteria[i].Outcome);
                values.Add($"cs{i}", criteria[i].Score);
                values.Add($"cw{i}", criteria[i].Weight);
            }
            sql.Append("; ");
        }
    }

    public async Task<InteractionRecord?> GetInteractionAsync(long id, InteractionScope scope, CancellationToken ct = default)
    {
        var filter = SqlFilter.For(scope);
        filter.Add($"i.id = {filter.Parameter(id)}");
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        var record = await connection.QuerySingleOrDefaultAsync<InteractionRecord>(Command(
            $"SELECT {RecordColumns} FROM interactions i JOIN interaction_documents d ON d.id = i.id {filter.Where}", filter.Parameters, ct)).ConfigureAwait(false);
        if (record is null)
        {
            return null;
        }
        var signals = await connection.QueryAsync<SignalRow>(Command(
            "SELECT signal, count FROM interaction_signals WHERE interaction_id = @id ORDER BY signal", new { id }, ct)).ConfigureAwait(false);
        record.Signals = signals.Select(s => new SignalCount(s.Signal, (int)s.Count)).ToList();
        var criteria = await connection.QueryAsync<CriterionRow>(Command(
            "SELECT criterion_id, name, outcome, score, weight FROM interaction_criteria WHERE interaction_id = @id ORDER BY criterion_id",
            new { id }, ct)).ConfigureAwait(false);
        record.Criteria = criteria.Select(c => new CriterionResult(c.CriterionId, c.Name, c.Outcome, c.Score, c.Weight)).ToList();
        return record;
    }

    public async Task<Page<InteractionSummary>> ListInteractionsAsync(InteractionQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!Sorts.TryGetValue(query.Sort ?? "newest", out var order))
        {
            throw new ArgumentException($"Unknown sort '{query.Sort}': expected {string.Join(", ", Sorts.Keys)}.", nameof(query));
        }
        var pageNumber = Math.Max(1, query.Page);
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);

        var filter = SqlFilter.For(query.Scope);
        filter.Equal("i.advisor_id", query.AdvisorId);
        filter.Equal("i.team_id", query.TeamId);
        filter.TimeRange(query.From, query.To, dialect);
        filter.Equal("i.channel", query.Channel);
        if (query.MinScore is { } min)
        {
            filter.Add($"i.score >= {filter.Parameter(min)}");
        }
        if (query.MaxScore is { } max)
        {
            filter.Add($"i.score <= {filter.Parameter(max)}");
        }
        filter.Equal("i.journey", query.Journey);
        filter.Equal("i.distressed", query.Distressed);
        filter.Equal("i.incomplete", query.Incomplete);
        if (!string.IsNullOrEmpty(query.Signal))
        {
            filter.Add($"i.id IN (SELECT s.interaction_id FROM interaction_signals s WHERE s.signal = {filter.Parameter(query.Signal)})");
        }
        var words = SearchWords.Of(query.Text);
        if (words.Count > 0)
        {
            filter.Add(dialect.FullTextPredicate(filter.Parameter(dialect.FullTextValue(words))));
        }

        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        var total = await connection.ExecuteScalarAsync<long>(Command(
            $"SELECT COUNT(*) FROM interactions i {filter.Where}", filter.Parameters, ct)).ConfigureAwait(false);
        var take = filter.Parameter(pageSize);
        var skip = filter.Parameter((long)(pageNumber - 1) * pageSize);
        var items = total == 0 ? [] : (await connection.QueryAsync<InteractionSummary>(Command(
            $"SELECT {SummaryColumns} FROM interactions i {filter.Where} ORDER BY {order} LIMIT {take} OFFSET {skip}",
            filter.Parameters, ct)).ConfigureAwait(false)).AsList();
        return new Page<InteractionSummary>(items, pageNumber, pageSize, total);
    }

    public async Task<long> CountInteractionsAsync(InteractionScope scope, CancellationToken ct = default)
    {
        var filter = SqlFilter.For(scope);
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(Command(
            $"SELECT COUNT(*) FROM interactions i {filter.Where}", filter.Parameters, ct)).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<string>> GetTeamIdsAsync(CancellationToken ct = default)
    {
        // DISTINCT over the (team_id, started_at) index: one seek per team, not a scan of every interaction.
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        var ids = await connection.QueryAsync<string>(Command(
            "SELECT DISTINCT team_id FROM interactions WHERE team_id IS NOT NULL ORDER BY team_id", null, ct)).ConfigureAwait(false);
        return ids.AsList();
    }
}
