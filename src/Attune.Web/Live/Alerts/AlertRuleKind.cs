namespace Attune.Web.Live.Alerts;

/// <summary>What an <see cref="AlertRule"/> watches.</summary>
public enum AlertRuleKind
{
    /// <summary>The customer's negative emotion at or above an intensity for at least a number of seconds.</summary>
    Emotion,

    /// <summary>A signal id (from findings or conversation dynamics) seen at least N times, optionally within a window.</summary>
    Signal,

    /// <summary>Neither party speaking for at least a number of seconds.</summary>
    Silence,
}
