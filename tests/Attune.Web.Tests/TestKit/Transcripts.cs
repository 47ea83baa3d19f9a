using System.Globalization;
using System.Text.Json.Nodes;

namespace Attune.Web.Tests.TestKit;

/// <summary>Attune JSON transcripts the tests post: who handled them, when, and a conversation with known findings.</summary>
public static class Transcripts
{
    public enum Kind
    {
        /// <summary>An upset customer, an advisor who acknowledges and owns it (empathy findings).</summary>
        Empathic,

        /// <summary>An upset customer, an advisor with a non-apology and a deflection (negative findings).</summary>
        Cold,
    }

    public static readonly DateTimeOffset Day = new(2026, 3, 10, 9, 30, 0, TimeSpan.Zero);

    /// <summary>The non-apology the <see cref="Kind.Cold"/> advisor says (the browser tests look for it highlighted).</summary>
    public const string NonApology = "sorry for any inconvenience";

    public static string Json(string externalId, string advisorId, string team, string? advisorName = null, DateTimeOffset? startedAt = null, Kind kind = Kind.Empathic)
    {
        string[][] turns = kind switch
        {
            Kind.Empathic =>
            [
                ["advisor", "Good morning, you're through to Brightline billing, my name's Sam. How can I help?"],
                ["customer", "You've charged me twice this month and I'm really upset, that money was for my rent."],
                ["advisor", "I'm so sorry, that's our mistake and I can hear how worrying that is. I'll refund the second payment right now."],
                ["customer", "Okay. Thank you, that's a relief."],
                ["advisor", "The refund is done and you'll see it within two days. Is there anything else I can help with?"],
                ["customer", "No, that's everything, thanks for sorting it so quickly."],
            ],
            _ =>
            [
                ["advisor", "Billing."],
                ["customer", "You've charged me twice this month and I'm really angry, this is the third time I've called about it."],
                ["advisor", $"We are {NonApology}. That's not my department, you'll need to call the payments team."],
                ["customer", "That's ridiculous. Nobody ever helps me."],
                ["advisor", "As I said, it's policy. Is there anything else?"],
                ["customer", "No."],
            ],
        };
        var array = new JsonArray();
        var t = 1.0;
        foreach (var turn in turns)
        {
            var duration = 2.0 + turn[1].Length / 15.0;
            array.Add(new JsonObject
            {
                ["party"] = turn[0],
                ["text"] = turn[1],
                ["start"] = Math.Round(t, 2),
                ["end"] = Math.Round(t + duration, 2),
            });
            t += duration + 0.6;
        }

        return new JsonObject
        {
            ["id"] = externalId,
            ["channel"] = "voice",
            ["advisor"] = new JsonObject { ["id"] = advisorId, ["name"] = advisorName ?? "Advisor " + advisorId },
            ["customer"] = new JsonObject { ["id"] = "C-" + externalId },
            ["team"] = team,
            ["startedAt"] = (startedAt ?? Day).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["turns"] = array,
        }.ToJsonString();
    }
}
