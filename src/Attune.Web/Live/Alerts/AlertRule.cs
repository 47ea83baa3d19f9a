namespace Attune.Web.Live.Alerts;

/// <summary>
/// One configurable alert for live interactions (docs: the default rules in default-alert-rules.yaml). A rule is a
/// condition; it fires once when the condition becomes true and again only after it has been false (a new episode).
/// </summary>
/// <param name="Id">Stable id (lower-case letters, digits, '_' and '-'), carried by the alert events.</param>
/// <param name="Name">What a supervisor reads on the wall.</param>
/// <param name="Intensity">Emotion rules: the customer's negative emotion intensity (0..1) at or above which the condition holds.</param>
/// <param name="Seconds">Emotion rules: how long the emotion must last; silence rules: how long the silence must last.</param>
/// <param name="Signal">Signal rules: the signal id (BEHAVIOURS.md), e.g. listening.interruption.</param>
/// <param name="Label">Signal rules: only findings with this label (e.g. missed for empathy.opportunity).</param>
/// <param name="Count">Signal rules: how many occurrences.</param>
/// <param name="WithinSeconds">Signal rules: count only the occurrences of the last this many seconds (null = the whole interaction).</param>
public sealed record AlertRule(
    string Id,
    string Name,
    AlertSeverity Severity,
    AlertRuleKind Kind,
    double Intensity = 0,
    double Seconds = 0,
    string? Signal = null,
    string? Label = null,
    int Count = 1,
    double? WithinSeconds = null)
{
    /// <summary>A sentence describing the condition (used in alert details and the settings page).</summary>
    public string Describe() => Kind switch
    {
        AlertRuleKind.Emotion => Seconds > 0
            ? $"customer negative emotion ≥ {Intensity:0.##} for {Seconds:0.#} s"
            : $"customer negative emotion ≥ {Intensity:0.##}",
        AlertRuleKind.Signal => $"{Signal}{(Label is null ? "" : " (" + Label + ")")} {Count} time{(Count == 1 ? "" : "s")}"
            + (WithinSeconds is { } w ? $" within {w:0.#} s" : ""),
        AlertRuleKind.Silence => $"no one speaking for {Seconds:0.#} s",
        _ => Kind.ToString(),
    };
}
