namespace Attune.Web.Tests.TestKit;

/// <summary>A SQLite host whose live outboxes are small (<see cref="OutboxCapacity"/>), so a stalled watcher overflows quickly.</summary>
public sealed class LiveHost : SqliteHost
{
    public const int OutboxCapacity = 16;

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() =>
    [
        new("Live:OutboxCapacity", OutboxCapacity.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];
}
