using Attune.Analysis;
using Attune.Analysis.Audio.Calls;
using Attune.Analysis.Conversations;
using Attune.Analysis.Reports;
using Attune.Storage;
using Attune.Web.Data;

namespace Attune.Web.Ingest;

/// <summary>
/// Analyses and stores one interaction: a transcript (any format the core imports) or a recording with an optional
/// transcript. Redaction is always on (PII never reaches storage); storing is idempotent by the interaction's external id.
/// The same path serves the API, `attune import` and the demo seed.
/// </summary>
public sealed class InteractionIngestor(IAttuneStore store, AnalysisSettings settings, AdvisorDirectory advisors, BlobStore blobs, TimeProvider clock)
{
    /// <summary>
    /// Analyses and stores a conversation. <paramref name="incomplete"/> marks an interaction that ended before its
    /// natural end (a live session idle or disconnected); <paramref name="notes"/> are added to the report's notes
    /// (e.g. a live session's mute log) — shown to QA, never scored.
    /// </summary>
    public async Task<IngestResult> IngestAsync(Conversation conversation, string source, CancellationToken ct, bool incomplete = false, IReadOnlyList<string>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var (scorecard, options) = await settings.GetAsync(ct).ConfigureAwait(false);
        var result = WithNotes(Analyzer.Analyze(conversation, options), notes);
        return await StoreAsync(AnalysisReport.Build(source, result, scorecard, redacted: true), null, ct, incomplete: incomplete).ConfigureAwait(false);
    }

    /// <summary>
    /// Analyses a recording already saved in the blob store (<paramref name="blob"/>), with its transcript when given.
    /// Returns the error that made the file unreadable as a value (the caller answers 400). <paramref name="externalId"/>
    /// identifies a recording whose transcript carries no id (or that has none), so storing it again updates it.
    /// </summary>
    /// <param name="incomplete">Marks the stored interaction incomplete (a live call whose stream went away).</param>
    /// <param name="notes">Added to the report's notes (a live session's mute log).</param>
    /// <param name="metadata">Who took part, for a recording without a transcript (a live call's stream parameters); a transcript's own metadata wins.</param>
    public async Task<(IngestResult? Result, ImportError? Error)> IngestRecordingAsync(string blob, Conversation? transcript, string source, CancellationToken ct, string? externalId = null,
        bool incomplete = false, IReadOnlyList<string>? notes = null, ConversationMetadata? metadata = null)
    {
        var path = blobs.PathOf(blob) ?? throw new ArgumentException($"No stored recording '{blob}'.", nameof(blob));
        var (scorecard, options) = await settings.GetAsync(ct).ConfigureAwait(false);
        var analysis = CallRecordingAnalyzer.AnalyzeFile(path, transcript, options, cancellationToken: ct);
        if (!analysis.Success)
        {
            return (null, analysis.Error with { Source = source });
        }

        var result = analysis.Value;
        if (transcript is null && metadata is not null)
        {
            result = result with { Conversation = result.Conversation with { Metadata = metadata } };
        }

        var report = AnalysisReport.Build(source, WithNotes(result, notes), scorecard, redacted: true);
        return (await StoreAsync(report, blob, ct, externalId, incomplete).ConfigureAwait(false), null);
    }

    private static AnalysisResult WithNotes(AnalysisResult result, IReadOnlyList<string>? notes) =>
        notes is null || notes.Count == 0 ? result : result with { Notes = [.. result.Notes, .. notes] };

    private async Task<IngestResult> StoreAsync(AnalysisReport report, string? blob, CancellationToken ct, string? externalId = null, bool incomplete = false)
    {
        var record = InteractionMapper.ToRecord(report, clock.GetUtcNow());
        record.AudioPath = blob;
        record.Incomplete = incomplete;
        record.ExternalId ??= string.IsNullOrWhiteSpace(externalId) ? null : externalId.Trim();
        if ((record.TeamId is null || record.AdvisorName is null) && await advisors.FindAsync(record.AdvisorId, ct).ConfigureAwait(false) is { } account)
        {
            // Filed under the advisor's team when the source named only the advisor (see AdvisorDirectory).
            record.TeamId ??= account.TeamId;
            record.AdvisorName ??= string.IsNullOrWhiteSpace(account.DisplayName) ? null : account.DisplayName;
        }

        var saved = await store.UpsertInteractionAsync(record, ct).ConfigureAwait(false);
        return new IngestResult(saved.Id, saved.Created, report) { AnalysisJson = record.AnalysisJson };
    }
}
