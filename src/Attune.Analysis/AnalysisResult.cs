using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;

namespace Attune.Analysis;

/// <summary>The outcome of analysing one interaction: the (redacted) conversation and every finding.</summary>
public sealed record AnalysisResult(Conversation Conversation, IReadOnlyList<Finding> Findings)
{
    public IEnumerable<Finding> Of(string signal) => Findings.Where(f => f.Signal == signal);
}
