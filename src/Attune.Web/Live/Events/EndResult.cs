namespace Attune.Web.Live.Events;

/// <summary>The answer to ending a session: the stored interaction.</summary>
public sealed record EndResult(long Id, bool Created, double? Score, bool Incomplete);
