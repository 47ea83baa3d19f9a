using System.Text;
using Attune.Analysis.Conversations;

namespace Attune.Cli.Bench;

/// <summary>
/// Synthesises a long customer-service chat for the memory check ("a four-hour chat transcript
/// analyses in under 100 MB"): a message every <c>interval</c> seconds on average, customer and
/// advisor mostly taking turns, one to three sentences each, drawn from everyday contact-centre
/// phrasing (problems, feelings, questions, empathy, commitments, order numbers that redaction
/// must catch). Deterministic: the same arguments give the same transcript on every machine,
/// because it uses its own xorshift32 generator (Marsaglia 2003) rather than System.Random.
/// </summary>
public sealed class LongChatGenerator
{
    private static readonly string[] Products = ["broadband", "router", "mobile contract", "direct debit", "latest bill", "landline", "TV package", "refund", "replacement SIM", "engineer visit"];
    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "the weekend", "last week", "this morning"];
    private static readonly string[] Feelings = ["really fed up", "quite worried", "a bit confused", "absolutely furious", "pretty disappointed", "relieved", "grateful", "stressed out"];

    private static readonly string[] Customer =
    [
        "My {p} stopped working on {d} and it still isn't right.",
        "I've been charged twice for my {p} and I'm {f} about it.",
        "As I said earlier, the {p} keeps dropping out every evening.",
        "Can you tell me why nobody rang me back about the {p}?",
        "I work from home, so without the {p} I can't do my job.",
        "The reference you gave me last time was {n}.",
        "Honestly, I'm {f}, this has been going on since {d}.",
        "Okay, I've restarted it like you asked.",
        "The lights on the front are flashing orange now.",
        "That's brilliant, thank you so much for sorting it.",
        "I already told you, I've tried turning it off and on again.",
        "Is there someone more senior I can speak to?",
        "How long will the {p} take to arrive?",
        "Fine, but I don't want to be charged for the {p} again.",
        "Sorry, I had to step away for a minute, I'm back now.",
        "What do I need to do next?",
        "You can reach me on {ph} if the chat drops.",
        "I'm not upset with you, I just want it fixed.",
    ];

    private static readonly string[] Advisor =
    [
        "I'm sorry we've let you down with the {p}, that's not the service you should get.",
        "That sounds really frustrating, especially when you rely on it for work.",
        "Let me have a look at your account now.",
        "Could you walk me through what happens when the {p} drops?",
        "So the {p} has been dropping every evening since {d}, is that right?",
        "I'll book an engineer for {d} and I'll text you the slot today.",
        "Thanks for bearing with me while I check that.",
        "I can see the second payment for the {p}, and I'm refunding it now.",
        "Just to confirm, is the reference {n}?",
        "Right, let's get this sorted for you.",
        "I understand, and I'm going to stay on this chat until it's fixed.",
        "Sorry for any inconvenience caused.",
        "Have you tried restarting the router?",
        "Got it.",
        "That's not something my team handles, you'll need to call billing.",
        "I'll make sure the credit shows on your next bill by Friday.",
        "How are things looking on your side now?",
        "The ONT is showing LOS on our side, so it may be a fibre fault.",
    ];

    private uint _state;

    public LongChatGenerator(uint seed = 0x2545F491)
    {
        // xorshift32 must not start at zero
        _state = seed == 0 ? 0x2545F491u : seed;
    }

    /// <summary>
    /// A chat of <paramref name="duration"/>: message gaps are uniform in [0.5, 1.5] × <paramref name="meanIntervalSeconds"/>,
    /// so there are about duration / interval turns, each with start and end times in seconds.
    /// </summary>
    public Conversation Generate(TimeSpan duration, double meanIntervalSeconds = 10)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(meanIntervalSeconds, 0);
        ArgumentOutOfRangeException.ThrowIfNegative(duration.Ticks);
        var total = duration.TotalSeconds;
        var turns = new List<Turn>((int)(total / meanIntervalSeconds) + 16);
        var text = new StringBuilder(256);
        var party = Party.Customer;
        var t = 0.0;
        while (t < total)
        {
            text.Clear();
            var sentences = 1 + (int)(Next() * 3);
            var pool = party == Party.Customer ? Customer : Advisor;
            for (var s = 0; s < sentences; s++)
            {
                if (s > 0)
                {
                    text.Append(' ');
                }

                Fill(text, Pick(pool));
            }

            // typing time grows with length: about 6 characters a second, capped by the gap to the next message
            var gap = meanIntervalSeconds * (0.5 + Next());
            var end = t + Math.Min(gap * 0.8, text.Length / 6.0);
            turns.Add(new Turn
            {
                Party = party,
                Speaker = party == Party.Customer ? "Jordan Price" : "Priya Shah",
                Text = text.ToString(),
                Start = Math.Round(t, 2),
                End = Math.Round(end, 2),
            });
            t += gap;

            // mostly alternate; now and then the same person sends two messages in a row
            if (Next() >= 0.2)
            {
                party = party == Party.Customer ? Party.Advisor : Party.Customer;
            }
        }

        return new Conversation
        {
            Turns = turns,
            Channel = Channel.Chat,
            Source = "longchat",
            Metadata = new ConversationMetadata
            {
                InteractionId = $"longchat-{duration.TotalHours:0.##}h",
                AdvisorId = "A417",
                AdvisorName = "Priya Shah",
                CustomerId = "C88213",
                CustomerName = "Jordan Price",
                Team = "Broadband Support",
                Queue = "chat-broadband",
                StartedAt = new DateTimeOffset(2025, 3, 4, 9, 0, 0, TimeSpan.Zero),
            },
        };
    }

    private void Fill(StringBuilder sb, string template)
    {
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c == '{' && i + 2 < template.Length && template[i + 2] == '}')
            {
                switch (template[i + 1])
                {
                    case 'p': sb.Append(Pick(Products)); break;
                    case 'd': sb.Append(Pick(Days)); break;
                    case 'f': sb.Append(Pick(Feelings)); break;
                    case 'n': sb.Append(10_000_000 + (int)(Next() * 89_999_999)); break;
                    default: sb.Append(template, i, 3); break;
                }

                i += 2;
            }
            else if (c == '{' && template.AsSpan(i).StartsWith("{ph}"))
            {
                // a UK mobile number shape (07700 900xxx is Ofcom's range reserved for drama)
                sb.Append("07700 900").Append(100 + (int)(Next() * 899));
                i += 3;
            }
            else
            {
                sb.Append(c);
            }
        }
    }

    private string Pick(string[] items) => items[(int)(Next() * items.Length)];

    /// <summary>xorshift32 (Marsaglia 2003), scaled to [0, 1).</summary>
    private double Next()
    {
        var x = _state;
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        _state = x;
        return x / 4294967296.0;
    }
}
