using System.Globalization;

namespace Attune.Analysis.Conversations.Importers;

/// <summary>
/// Parses the ISO 8601 date-times transcripts carry ("2024-05-01T09:30:00Z", "…+01:00", "2024-05-01 09:30",
/// "2024-05-01"). A time without an offset is taken as UTC so that an import never depends on the
/// machine's time zone.
/// </summary>
internal static class IsoDate
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mmK",
        "yyyy-MM-dd",
    ];

    public const string Expected = "an ISO 8601 date-time such as 2024-05-01T09:30:00Z";

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        return text is not null && DateTimeOffset.TryParseExact(
            text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }
}
