namespace Attune.Analysis.Scoring;

/// <summary>Why a scorecard was refused: the key path (<c>criteria[2].weight</c>), the reason, and the line when known.</summary>
public sealed record ScorecardError(string Path, string Message, int? Line = null)
{
    public override string ToString() => Line is null ? $"{Path}: {Message}" : $"{Path}: {Message} (line {Line})";
}
