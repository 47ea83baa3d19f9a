using System.Diagnostics.CodeAnalysis;

namespace Attune.Analysis.Scoring;

/// <summary>Either a valid scorecard or every reason it was refused (an invalid card is a value, not an exception).</summary>
public sealed class ScorecardLoadResult
{
    private ScorecardLoadResult(Scorecard? value, IReadOnlyList<ScorecardError> errors)
    {
        Value = value;
        Errors = errors;
    }

    public Scorecard? Value { get; }

    public IReadOnlyList<ScorecardError> Errors { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    public bool Success => Value is not null;

    public static ScorecardLoadResult Ok(Scorecard scorecard) => new(scorecard, []);

    public static ScorecardLoadResult Fail(IReadOnlyList<ScorecardError> errors) => new(null, errors);
}
