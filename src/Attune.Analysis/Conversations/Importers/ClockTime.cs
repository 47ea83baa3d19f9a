namespace Attune.Analysis.Conversations.Importers;

/// <summary>Parses the clock times transcripts carry ("mm:ss", "hh:mm:ss", with an optional fraction) into seconds.</summary>
internal static class ClockTime
{
    /// <summary>
    /// True when <paramref name="s"/> has the shape of a clock time: digits, one or two colons, digits,
    /// an optional '.' fraction. Shape only; <see cref="TryParse"/> checks the values.
    /// </summary>
    public static bool LooksLikeTime(ReadOnlySpan<char> s)
    {
        s = s.Trim();
        if (s.IsEmpty || !char.IsAsciiDigit(s[0]) || !char.IsAsciiDigit(s[^1]))
        {
            return false;
        }

        var colons = 0;
        foreach (var c in s)
        {
            if (c == ':')
            {
                colons++;
            }
            else if (c != '.' && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return colons is 1 or 2;
    }

    /// <summary>
    /// Parses "mm:ss", "hh:mm:ss" (each optionally with ".fraction"). Seconds must be below 60, and so must
    /// minutes when hours are given; minutes alone may run past 59 ("75:30" in a long call).
    /// With <paramref name="strictVtt"/>, follows WebVTT: minutes and seconds exactly two digits and a
    /// fraction of exactly three digits (W3C WebVTT, "collect a WebVTT timestamp").
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> s, bool strictVtt, out double seconds)
    {
        seconds = 0;
        s = s.Trim();
        var fraction = 0.0;
        var dot = s.IndexOf('.');
        if (dot >= 0)
        {
            var digits = s[(dot + 1)..];
            if (digits.IsEmpty || digits.Length > 9 || (strictVtt && digits.Length != 3) || !AllDigits(digits))
            {
                return false;
            }

            fraction = long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) / Math.Pow(10, digits.Length);
            s = s[..dot];
        }
        else if (strictVtt)
        {
            return false;
        }

        Span<Range> parts = stackalloc Range[4];
        var n = s.Split(parts, ':');
        if (n is < 2 or > 3)
        {
            return false;
        }

        long hours = 0;
        if (n == 3)
        {
            var h = s[parts[0]];
            if (!TryNumber(h, 1, 6, out hours) || (strictVtt && h.Length < 2))
            {
                return false;
            }
        }

        var m = s[parts[n - 2]];
        var sec = s[parts[n - 1]];
        var minuteDigits = strictVtt || n == 3 ? 2 : 4;
        if (!TryNumber(m, strictVtt ? 2 : 1, minuteDigits, out var minutes) || !TryNumber(sec, 2, 2, out var secs))
        {
            return false;
        }

        if (secs >= 60 || ((n == 3 || strictVtt) && minutes >= 60))
        {
            return false;
        }

        seconds = (hours * 3600) + (minutes * 60) + secs + fraction;
        return true;
    }

    /// <summary>Formats seconds as "h:mm:ss.fff" for messages.</summary>
    public static string Format(double seconds) =>
        TimeSpan.FromSeconds(seconds).ToString(@"h\:mm\:ss\.fff", System.Globalization.CultureInfo.InvariantCulture);

    private static bool TryNumber(ReadOnlySpan<char> s, int minDigits, int maxDigits, out long value)
    {
        value = 0;
        if (s.Length < minDigits || s.Length > maxDigits || !AllDigits(s))
        {
            return false;
        }

        value = long.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        return true;
    }

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
