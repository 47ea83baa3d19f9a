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
public sealed class InteractionIngestor(IAttuneStore store, AnalysisSettings settings, BlobStore blobs, TimeProvider clock)
{
    /// <summary>Analyses and stores a conversation.</summary>
    public async Task<IngestResult> IngestAsync(Conversation conversation, string source, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var (scorecard, options) = await settings.GetAsync(ct).ConfigureAwait(false);
        var result = Analyzer.Analyze(conversation, options);
        return await StoreAsync(AnalysisReport.Build(source, result, scorecard, redacted: true), null, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Analyses a recording already saved in the blob store (<paramref name="blob"/>), with its transcript when given.
    /// Returns the error that made the file unreadable as a value (the caller answers 400). <paramref name="externalId"/>
    /// identifies a recording whose transcript carries no id (or that has none), so storing it again updates it.
    /// </summary>
    /// <param name="metadata">Who took part, for a recording without a transcript (a live call's stream parameters); a transcript's own metadata wins.</param>
    public async Task<(IngestResult? Result, ImportError? Error)> IngestRecordingAsync(string blob, Conversation? transcript, string source, CancellationToken ct, string? externalId = null,
        ConversationMetadata? metadata = null)
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

        var report = AnalysisReport.Build(source, result, scorecard, redacted: true);
        return (await StoreAsync(report, blob, ct, externalId).ConfigureAwait(false), null);
    }

    private async Task<IngestResult> StoreAsync(AnalysisReport report, string? blob, CancellationToken ct, string? externalId = null)
    {
        var record = InteractionMapper.ToRecord(report, clock.GetUtcNow());
        record.AudioPath = blob;
        record.ExternalId ??= string.IsNullOrWhiteSpace(externalId) ? null : externalId.Trim();
        var saved = await store.UpsertInteractionAsync(record, ct).ConfigureAwait(false);
        return new IngestResult(saved.Id, saved.Created, report) { AnalysisJson = record.AnalysisJson };
    }
}
