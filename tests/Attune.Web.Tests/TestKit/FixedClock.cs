namespace Attune.Web.Tests.TestKit;

/// <summary>A clock the test sets: pages and the store see the same "now" (the overview's default range is relative to it).</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
