namespace Attune.Web.Demo;

/// <summary>What the seed did: whether it ran (false = the database was already seeded), and what it stored.</summary>
public sealed record DemoSeedResult(bool Seeded, int Samples, int Recordings, int Generated, IReadOnlyList<string> Failures);
