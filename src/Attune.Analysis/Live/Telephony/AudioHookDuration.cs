using System.Globalization;

namespace Attune.Analysis.Live.Telephony;

/// <summary>
/// AudioHook durations and positions: ISO 8601 durations restricted to seconds, <c>PT&lt;decimal&gt;S</c>
/// (e.g. <c>PT0S</c>, <c>PT12.34S</c>), as in the protocol's <c>position</c>, <c>discarded</c> and <c>rtt</c> fields.
/// </summary>
public static class AudioHookDuration
{
    public static TimeSpan? Parse(string? text)
    {
        if (text is null || text.Length < 4 || !text.StartsWith("PT", StringComparison.Ordinal) || text[^1] != 'S')
        {
            return null;
        }

        return decimal.TryParse(text.AsSpan(2, text.Length - 3), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds)
               && seconds <= (decimal)TimeSpan.MaxValue.TotalSeconds / 2
            ? TimeSpan.FromTicks((long)(seconds * TimeSpan.TicksPerSecond))
            : null;
    }

    public static string Format(TimeSpan value) =>
        "PT" + ((decimal)value.Ticks / TimeSpan.TicksPerSecond).ToString("0.#######", CultureInfo.InvariantCulture) + "S";
}
