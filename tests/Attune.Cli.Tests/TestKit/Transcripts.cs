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
}
