using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Text.Detectors.Ownership;

/// <summary>
/// Finds a specific time in a commitment ("today", "by Friday", "within 24 hours", "in the next
/// hour", "at 3pm"). Vague times ("soon", "shortly", "as soon as possible") do not count: a
/// commitment the customer can hold the advisor to needs a time they can check.
/// </summary>
internal static class TimeExpressions
{
    private const string Days = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)";
    private const string Units = "(minute|minutes|mins|min|hour|hours|hrs|day|days|week|weeks|working|business)";
    private const string Counts = "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|the|few|couple|next|24|48|72)";

    private static readonly PhraseMatcher Matcher = new KindedLexicon<bool>(new[]
    {
        "today", "tonight", "tomorrow", "now", "straight away", "right away", "immediately", "instantly",
        "this (morning|afternoon|evening|week|weekend)", "later (today|tonight|on today|this afternoon|this morning|this evening)",
        $"(by|on|this|next|before|until|till) {Days}", Days, "next week", "first thing",
        "by (tomorrow|tonight|noon|midday|lunchtime|lunch|close|the end|end|teatime)",
        "end of (the day|today|day|the week|the month|business|play)", "(eod|cob|eow)",
        $"within {Counts} {Units}", $"within {Counts} {Counts} {Units}", $"within the next {Counts} {Units}",
        $"in the next {Counts} {Units}", $"in the next {Units}", $"in {Counts} {Units}", $"in {Counts} of {Units}", $"in {Counts} {Counts} {Units}",
        "before (you hang up|we hang up|the end of the call|we finish|the end of the day|the weekend|close of business)",
        "as we speak", "while you're on the line", "while we're on the phone", "while you wait",
    }.Select(p => (p, true))).Matcher;

    private static readonly HashSet<string> NotBeforeDay = new(StringComparer.Ordinal)
    {
        "since", "last", "from", "yesterday", "ago",
    };

    /// <summary>Finds the first specific time in [first, end); returns its token range or (-1, -1).</summary>
    public static (int First, int End) Find(TokenizedText text, int first, int end)
    {
        var tokens = text.Tokens;
        foreach (var m in Matcher.Matches(text, false, first, end))
        {
            var p = TokenWalk.PreviousNorm(text, m.FirstToken);
            if (!NotBeforeDay.Contains(p))
            {
                return (m.FirstToken, m.EndToken);
            }
        }

        // numbers with a time word around them: "by 5pm", "at 3 o'clock", "by the 12th", "24 hours"
        for (var i = first; i < end; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Number)
            {
                continue;
            }

            var prev = TokenWalk.PreviousNorm(text, i);
            var next = TokenWalk.NextNorm(text, i);
            var prevPrev = prev == "the" ? TokenWalk.PreviousNorm(text, TokenWalk.PreviousWord(text, i)) : "";
            var isClock = t.Norm.EndsWith("pm", StringComparison.Ordinal) || t.Norm.EndsWith("am", StringComparison.Ordinal) || t.Norm.Contains(':', StringComparison.Ordinal);
            if (prev is "by" or "at" or "before" or "until" or "till" || prevPrev is "by" or "on" or "before" || isClock
                || next is "pm" or "am" or "o'clock" or "hours" or "hour" or "days" or "minutes" or "working" or "business")
            {
                return (prev is "by" or "at" or "before" or "until" or "till" ? i - 1 : i, i + 1);
            }
        }

        return (-1, -1);
    }
}
