using Attune.Analysis.Conversations;

namespace Attune.Web.Demo;

/// <summary>
/// Generates the demo's history: conversations recombined from varied customer and advisor turns, so that the stored
/// analyses (made for real by the ingestor, never hard-coded) vary the way real contact-centre data does: customers start
/// angry, anxious, confused, neutral or pleased; each advisor's replies are good or poor with their own probability, which
/// drifts over the period (coaching shows); poor replies make the customer escalate, good ones calm them down.
/// Deterministic for a seed, so a demo looks the same on every machine.
/// </summary>
public static class DemoHistory
{
    private sealed record Topic(string Name, string Issue, string Thing, string Fix, string Jargon);

    private static readonly Topic[] Topics =
    [
        new("billing", "I've been charged twice this month", "the bill", "refund the duplicate payment today; it'll be back in your account within three working days", "the DD mandate reconciliation"),
        new("outage", "my broadband has been down since Tuesday", "the connection", "book an engineer for tomorrow morning between eight and twelve and add a credit for the days you've been without service", "the ONT and the OLT port provisioning"),
        new("engineer", "the engineer didn't turn up again", "the appointment", "book a priority slot for Thursday morning and call you myself the evening before to confirm", "the field-force SLA window"),
        new("moving", "I'm moving house and nobody can tell me if my internet will work", "the move", "set up the line at your new address for the day you move in and send the router there", "the MAC code and the NTE migration"),
        new("fraud", "there's a payment on my account I didn't make", "the payment", "block the card now, raise a fraud claim and send a new card by Friday", "the chargeback under the scheme rules"),
        new("cancellation", "I want to cancel, the price went up again", "the contract", "move you to the loyalty tariff, which is cheaper than what you paid before the rise, with no new minimum term", "the ETC calculation on the residual term"),
    ];

    private static readonly string[] CustomerNames = ["Gary", "Linda", "Mohammed", "Chloe", "Peter", "Grace", "Olu", "Hannah", "Dev", "Margaret", "Kwame", "Sophie", "Ewan", "Fatima", "Rory", "Nina"];

    private static readonly string[] Greetings =
    [
        "Good morning, thanks for calling, this is {adv}. How can I help?",
        "Hi, you're through to {adv}. What can I do for you today?",
        "Hello, {adv} speaking. How can I help you today?",
        "Good afternoon, my name's {adv}. What's happened?",
    ];

    // Opening customer turns by mood.
    private static readonly Dictionary<string, string[]> Openings = new()
    {
        ["angry"] =
        [
            "{issue}. This is the third time I've called and I'm absolutely furious. Nobody ever sorts anything out.",
            "{issue} and frankly I'm sick of it. I've wasted hours on hold. This is ridiculous.",
            "Right, {issue}, and I'm livid. I was promised it would be fixed last week.",
        ],
        ["anxious"] =
        [
            "Hi, {issue} and I'm really worried about it. I don't know what to do.",
            "Sorry to bother you, {issue}. I'm quite anxious, I can't afford for this to go wrong.",
            "Hello, {issue}. I'm scared it's going to cost me money I don't have.",
        ],
        ["confused"] =
        [
            "Hi, {issue} and I don't understand the letter you sent me. What does it mean?",
            "Hello, {issue}, and I'm confused, the website says one thing and the app says another.",
        ],
        ["neutral"] =
        [
            "Hi, {issue}. Could you have a look for me please?",
            "Hello, {issue}. I just wanted to check what's going on with {thing}.",
        ],
        ["happy"] =
        [
            "Hi! Nothing's wrong really, {issue} but I'm sure it's easy to fix. Your colleague was lovely last time.",
            "Hello, great to get through so quickly. {issue}, could you help?",
        ],
    };

    private static readonly string[] GoodAcknowledgements =
    [
        "I'm really sorry, {cust}. That's not good enough, and I can hear how frustrating this has been for you.",
        "That sounds really stressful, {cust}, and I'm sorry we've put you in this position. Let me take care of it.",
        "I understand why you're upset. You shouldn't have had to chase us, and I'm sorry that we let you down.",
        "Thank you for telling me, {cust}. I can see why that's worrying, so let's sort it out together right now.",
        "So if I've got this right, {issue_lower}, and nobody has explained why. That must be really annoying, I'm sorry.",
    ];

    private static readonly string[] PoorAcknowledgements =
    [
        "I apologise for any inconvenience caused. Can I take your account number?",
        "Okay. As per our policy I need to go through security first.",
        "Calm down please, it's not that big a deal. These things happen.",
        "Sorry for any inconvenience. That's not my department, you'd need to call the other team.",
        "Right. Well, you should have read the terms and conditions when you signed up.",
        "I hear you. Your call is important to us.",
    ];

    private static readonly string[] CalmerReplies =
    [
        "Okay. Thank you, that actually helps. What happens now?",
        "Right, fine. I appreciate you being straight with me. So what can you do?",
        "Okay, that makes me feel a bit better. Go on.",
        "Thanks. Sorry for shouting, it's been a long week.",
    ];

    private static readonly string[] WorseReplies =
    [
        "That's exactly what the last person said. I'm fed up with this, it's a joke.",
        "Don't tell me to calm down. I'm seriously thinking of leaving and complaining to the ombudsman.",
        "So nobody is going to help me? This is unacceptable and I'm really angry now.",
        "I've already given all my details twice. Why do I have to repeat myself every single time?",
    ];

    private static readonly string[] GoodResolutions =
    [
        "Here's what I'm going to do: I'll {fix}. I'll also email you a summary so you have it in writing.",
        "I've checked and I can {fix}. I'll stay on the line until it's confirmed.",
        "I'll personally make sure of it: I'll {fix}. If anything changes I'll call you back before five today.",
    ];

    private static readonly string[] PoorResolutions =
    [
        "It looks like an issue with {jargon}. There's nothing I can do about that, it should resolve itself.",
        "I've raised a ticket. Someone might get back to you in five to ten working days.",
        "That's down to {jargon}, so you'll need to wait. Is there anything else?",
        "You'll have to go online and fill in the form. I can't do it from here.",
    ];

    private static readonly string[] HappyEndings =
    [
        "That's brilliant, thank you so much {adv}. You've been really helpful.",
        "Great, that's a relief. Thanks for sorting it out.",
        "Perfect. Thank you, I feel much better about it now.",
    ];

    private static readonly string[] UnhappyEndings =
    [
        "Fine. I'm still not happy, and I'll be looking at other providers.",
        "Whatever. I don't believe anything will change.",
        "I'm disappointed, honestly. I expected better than this.",
    ];

    private static readonly string[] Closings =
    [
        "You're welcome, {cust}. Is there anything else I can help with today?",
        "Thanks for your patience, {cust}. Take care.",
        "Okay. Thanks for calling.",
    ];

    /// <summary>
    /// <paramref name="count"/> conversations spread over the <paramref name="days"/> before <paramref name="now"/>
    /// across <paramref name="advisors"/>, each with an external id <c>demo-NNNN</c> (re-seeding updates them).
    /// </summary>
    public static IEnumerable<Conversation> Generate(int count, int days, DateTimeOffset now, IReadOnlyList<DemoPerson> advisors, int seed = 20260)
    {
        ArgumentNullException.ThrowIfNull(advisors);
        var rnd = new Random(seed);
        var start = now.UtcDateTime.Date.AddDays(-days);
        for (var i = 0; i < count; i++)
        {
            // Spread evenly over the period, on working hours, with jitter: the i-th contact is at fraction f of it.
            var f = (i + rnd.NextDouble()) / count;
            var day = start.AddDays(Math.Min(days - 1, (int)(f * days)));
            if (day.DayOfWeek is DayOfWeek.Sunday)
            {
                day = day.AddDays(rnd.Next(2) == 0 ? -1 : 1);
            }

            var at = new DateTimeOffset(day.AddHours(8 + rnd.NextDouble() * 10), TimeSpan.Zero);
            if (at > now)
            {
                at = now.AddMinutes(-rnd.Next(30, 600));
            }

            var advisor = advisors[rnd.Next(advisors.Count)];
            yield return One(rnd, i, at, f, advisor);
        }
    }

    private static Conversation One(Random rnd, int index, DateTimeOffset at, double progress, DemoPerson advisor)
    {
        var topic = Topics[rnd.Next(Topics.Length)];
        // Complaints gets more of the angry customers: difficulty differs between teams, as in life.
        var moodRoll = rnd.NextDouble();
        var angryShare = advisor.TeamId == DemoPeople.Complaints ? 0.45 : 0.22;
        var mood = moodRoll < angryShare ? "angry"
            : moodRoll < angryShare + 0.2 ? "anxious"
            : moodRoll < angryShare + 0.32 ? "confused"
            : moodRoll < angryShare + 0.82 ? "neutral"
            : "happy";
        var skill = Math.Clamp(advisor.Skill + (advisor.Trend * progress), 0.05, 0.95);
        var customer = CustomerNames[rnd.Next(CustomerNames.Length)];
        var advName = advisor.DisplayName.Split(' ')[0];
        var channelRoll = rnd.NextDouble();
        var channel = channelRoll < 0.55 ? Channel.Voice : channelRoll < 0.92 ? Channel.Chat : Channel.Email;

        string Fill(string template) => template
            .Replace("{adv}", advName, StringComparison.Ordinal)
            .Replace("{cust}", customer, StringComparison.Ordinal)
            .Replace("{issue_lower}", topic.Issue.Replace("I've", "you've", StringComparison.Ordinal).Replace("I'm", "you're", StringComparison.Ordinal).Replace("my ", "your ", StringComparison.Ordinal).Replace("I want", "you want", StringComparison.Ordinal).Replace("I didn't", "you didn't", StringComparison.Ordinal), StringComparison.Ordinal)
            .Replace("{issue}", topic.Issue, StringComparison.Ordinal)
            .Replace("{thing}", topic.Thing, StringComparison.Ordinal)
            .Replace("{fix}", topic.Fix, StringComparison.Ordinal)
            .Replace("{jargon}", topic.Jargon, StringComparison.Ordinal);
        string Pick(string[] pool) => Fill(pool[rnd.Next(pool.Length)]);

        var turns = new List<Turn>();
        void Say(Party party, string text) => turns.Add(new Turn { Party = party, Text = text, Speaker = party == Party.Advisor ? advisor.DisplayName : customer });

        Say(Party.Advisor, Pick(Greetings));
        Say(Party.Customer, Pick(Openings[mood]));
        var goodStart = rnd.NextDouble() < skill;
        Say(Party.Advisor, Pick(goodStart ? GoodAcknowledgements : PoorAcknowledgements));
        if (mood is "angry" or "anxious" or "confused" || rnd.NextDouble() < 0.3)
        {
            Say(Party.Customer, Pick(goodStart ? CalmerReplies : WorseReplies));
            if (!goodStart && rnd.NextDouble() < skill)
            {
                // A second chance: the advisor recovers after a poor start.
                Say(Party.Advisor, Pick(GoodAcknowledgements));
                goodStart = true;
            }
        }

        var goodFix = rnd.NextDouble() < (goodStart ? skill + 0.1 : skill - 0.1);
        Say(Party.Advisor, Pick(goodFix ? GoodResolutions : PoorResolutions));
        Say(Party.Customer, Pick(goodFix && goodStart ? HappyEndings : goodFix ? CalmerReplies : UnhappyEndings));
        Say(Party.Advisor, Pick(Closings));

        return new Conversation
        {
            Turns = turns,
            Channel = channel,
            Source = $"demo-{index + 1:0000}",
            Metadata = new ConversationMetadata
            {
                InteractionId = $"demo-{index + 1:0000}",
                AdvisorId = advisor.AdvisorId,
                AdvisorName = advisor.DisplayName,
                CustomerId = $"C{10000 + rnd.Next(90000)}",
                CustomerName = customer,
                Team = advisor.TeamId,
                Queue = topic.Name,
                StartedAt = at,
            },
        };
    }
}
