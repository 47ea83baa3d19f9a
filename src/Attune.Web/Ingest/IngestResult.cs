using Attune.Analysis.Reports;

namespace Attune.Web.Ingest;

/// <summary>A stored interaction: its id, whether it was new, and the analysis.</summary>
public sealed record IngestResult(long Id, bool Created, AnalysisReport Report)
{
    /// <summary>The report as stored (JSON, serialised once by the mapper): the API answers with this text rather than serialising again.</summary>
    public string? AnalysisJson { get; init; }
}
