namespace Attune.Storage.Tests.TestKit;

/// <summary>A clock the test sets: the store's created/updated times are predictable.</summary>
public sealed class FakeClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
