using Attune.Analysis.Reports;

namespace Attune.Web.Ingest;

/// <summary>A stored interaction: its id, whether it was new, and the analysis.</summary>
public sealed record IngestResult(long Id, bool Created, AnalysisReport Report);
