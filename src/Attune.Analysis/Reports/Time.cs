using System.Globalization;

namespace Attune.Analysis.Reports;

/// <summary>Times in reports: m:ss, or h:mm:ss past an hour.</summary>
public static class Time
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
