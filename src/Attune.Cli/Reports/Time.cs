using System.Globalization;

namespace Attune.Cli.Reports;

/// <summary>Times in reports: m:ss, or h:mm:ss past an hour.</summary>
internal static class Time
{
    public static string Format(double? seconds)
    {
        if (seconds is not double s)
        {
            return "";
        }

        var t = TimeSpan.FromSeconds(Math.Max(0, Math.Floor(s)));
        return t.TotalHours >= 1
            ? t.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)
            : t.ToString(@"m\:ss", CultureInfo.InvariantCulture);
    }
}
