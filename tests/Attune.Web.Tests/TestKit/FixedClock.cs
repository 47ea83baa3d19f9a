namespace Attune.Web.Tests.TestKit;

/// <summary>A clock that always says the same time (the overview's default range is relative to it).</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
