namespace Attune.Cli.Loadtest;

/// <summary>Who a simulated live session is for: the advisor (id, name, team) and the customer.</summary>
public sealed record LiveParticipants(string AdvisorId, string? AdvisorName, string? Team, string CustomerId, string? CustomerName = null);
