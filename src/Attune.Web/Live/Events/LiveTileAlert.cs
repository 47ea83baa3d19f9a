namespace Attune.Web.Live.Events;

/// <summary>The latest alert on a tile.</summary>
public sealed record LiveTileAlert(string RuleId, string Name, string Severity, string? Detail, double Time);
