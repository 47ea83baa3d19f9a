namespace Attune.Web.Live.Alerts;

/// <summary>How urgent an alert is (shown on the supervisor wall; weighs into the risk).</summary>
public enum AlertSeverity
{
    Info,
    Warning,
    Critical,
}
