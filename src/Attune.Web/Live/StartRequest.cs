namespace Attune.Web.Live;

/// <summary>The body of starting a live interaction (REST <c>start</c> and hub <c>Start</c>); every field optional, channel chat or voice.</summary>
public sealed record StartRequest(string? AdvisorId = null, string? AdvisorName = null, string? Team = null, string? CustomerId = null,
    string? CustomerName = null, string? Queue = null, string? Channel = null);
