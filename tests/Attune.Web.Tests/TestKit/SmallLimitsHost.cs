namespace Attune.Web.Tests.TestKit;

/// <summary>A SQLite host with small limits: 2 KiB transcripts, 16 KiB recordings, 3 sign-in attempts a minute.</summary>
public sealed class SmallLimitsHost : SqliteHost
{
    public const int MaxTranscriptBytes = 2048;
    public const int MaxRecordingBytes = 16 * 1024;
    public const int SignInAttemptsPerMinute = 3;

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() =>
    [
        new("Ingest:MaxTranscriptBytes", MaxTranscriptBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Ingest:MaxRecordingBytes", MaxRecordingBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Security:SignInAttemptsPerMinute", SignInAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];
}
