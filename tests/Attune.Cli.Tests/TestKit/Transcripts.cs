using System.Text.Json;

namespace Attune.Cli.Tests.TestKit;

/// <summary>Attune JSON transcripts for tests.</summary>
internal static class Transcripts
{
    public static string Json(string? advisor = "Sam Patel", string? customer = "Jo Bloggs", bool times = true, params (string Party, string Text)[] turns)
    {
        var list = new List<object>();
        double t = 0;
        foreach (var (party, text) in turns)
        {
            var d = 2 + (text.Length / 15.0);
            list.Add(times ? new { party, text, start = Math.Round(t, 2), end = Math.Round(t + d, 2) } : new { party, text });
            t += d + 0.5;
        }

        var doc = new
        {
            id = "T-1",
            channel = times ? "voice" : "chat",
            advisor = advisor is null ? null : new { id = "A-7", name = advisor },
            customer = customer is null ? null : new { id = "K-42", name = customer },
            team = "Billing",
            queue = "billing",
            startedAt = "2025-03-04T10:15:00Z",
            turns = list,
        };
        return JsonSerializer.Serialize(doc);
    }

    /// <summary>A double-charge call with something for every part of the reports, including personal data and markup-like text.</summary>
    public static string DoubleCharge(bool times = true) => Json(times: times, turns:
    [
        ("advisor", "Thanks for calling Acme Energy, this is Sam. What happened?"),
        ("customer", "I've been charged twice for November and nobody will fix it. My card is 4111 1111 1111 1111, call me on 07700 900123."),
        ("advisor", "I see. Sorry for any inconvenience. You need to check your statement first, is that right?"),
        ("customer", "I'm furious! <script>alert(1)</script> [red]this is ridiculous[/]"),
        ("advisor", "I'm so sorry, that sounds really frustrating. Right, let's get this sorted. I'll make sure the duplicate payment is refunded today, pro-rata."),
        ("customer", "Thank you, that's a relief."),
    ]);

    /// <summary>A longer call for the visual check of the HTML page.</summary>
    public static string LongCall() => Json(turns:
    [
        ("advisor", "Thanks for calling Acme Energy, this is Sam. What happened?"),
        ("customer", "Hi. I've been charged twice for November. Two payments of eighty-four pounds went out of my account on the same day."),
        ("advisor", "I see. Can I take your account number please?"),
        ("customer", "It's 12345678. And nobody answered my email last week, which is ridiculous."),
        ("advisor", "Sorry for any inconvenience. You need to check your statement first, is that right?"),
        ("customer", "I've already checked it. I'm furious, honestly. That's my rent money."),
        ("advisor", "I'm so sorry, that sounds really frustrating, especially with rent due. Right, let's get this sorted."),
        ("customer", "Okay. So what happens now?"),
        ("advisor", "I'll make sure the duplicate payment is refunded today. The adjustment is pro-rata against your next bill otherwise, but I've flagged it for a direct refund."),
        ("customer", "Will it be back before Friday? I'm a bit worried about the rent."),
        ("advisor", "It should reach your account within two working days, so by Thursday. I've added a note so nobody charges you again."),
        ("customer", "Thank you, that's a relief. You've been great."),
        ("advisor", "You're welcome, Jo. Anything else I can help with today?"),
        ("customer", "No, that's everything. Thanks again."),
    ]);
}
