namespace Attune.Web.Live.Alerts;

/// <summary>An alert that fired in a live interaction.</summary>
/// <param name="Detail">What happened, in words (e.g. "customer negative emotion (anger) ≥ 0.6 for 20 s").</param>
/// <param name="Time">Seconds into the interaction when it fired.</param>
public sealed record LiveAlert(string RuleId, string Name, AlertSeverity Severity, string Detail, double Time);
