namespace Attune.Web.Live.Alerts;

/// <summary>Parsed alert rules, or every problem found (never both).</summary>
public sealed class AlertRuleSetLoadResult
{
    private AlertRuleSetLoadResult(AlertRuleSet? value, IReadOnlyList<AlertRuleError> errors)
    {
        Value = value;
        Errors = errors;
    }

    public bool Success => Value is not null;

    /// <summary>The rules (null when <see cref="Errors"/> is not empty).</summary>
    public AlertRuleSet? Value { get; }

    public IReadOnlyList<AlertRuleError> Errors { get; }

    public static AlertRuleSetLoadResult Ok(AlertRuleSet value) => new(value, []);

    public static AlertRuleSetLoadResult Fail(IReadOnlyList<AlertRuleError> errors) => new(null, errors);
}
