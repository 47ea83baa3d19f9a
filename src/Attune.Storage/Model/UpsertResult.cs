namespace Attune.Storage.Model;

/// <summary>The stored interaction's id, and whether it was new (false: an interaction with the same external id was updated).</summary>
public sealed record UpsertResult(long Id, bool Created);
