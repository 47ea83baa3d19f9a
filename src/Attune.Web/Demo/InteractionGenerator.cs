using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Attune.Web.Demo;

/// <summary>
/// Realistic generated interactions for the web benchmark (bench/results/web.md) and demo data: contact-centre
/// conversations recombined from customer and advisor phrasing (a problem, the customer's feelings from calm to furious,
/// apologies good and bad, questions, jargon, commitments, closings), spread over a roster of teams and advisors and over
/// the year before <see cref="End"/>. Each interaction is an Attune JSON transcript (docs/input-json), so the same text
/// can be posted to <c>/api/interactions</c> or read and analysed in process.
/// Deterministic: interaction <c>i</c> depends only on the seed and <c>i</c> (its own xorshift32 stream, Marsaglia 2003),
/// so generating in parallel, in any order, on any machine gives the same interactions.
/// </summary>
public sealed class InteractionGenerator
{
    /// <summary>Teams of the generated roster (id, name).</summary>
    public static IReadOnlyList<(string Id, string Name)> Teams { get; } =
    [
        ("billing", "Billing"),
        ("broadband", "Broadband Support"),
        ("mobile", "Mobile"),
        ("retentions", "Retentions"),
        ("care", "Customer Care"),
    ];

    /// <summary>Advisors per team: advisor ids are <c>{team}-NN</c>, e.g. billing-03.</summary>
    public const int AdvisorsPerTeam = 8;

    private static readonly string[] FirstNames =
        ["Sam", "Priya", "Tom", "Aisha", "Liam", "Chloe", "Ravi", "Megan", "Owen", "Fatima", "Dan", "Grace", "Kofi", "Ella", "Marek", "Zoe",
         "Hannah", "Imran", "Lucy", "Jack", "Nadia", "Ben", "Sophie", "Yusuf", "Kate", "Ade", "Ruth", "Lewis", "Mia", "Chen", "Joe", "Amara",
         "Leah", "Tariq", "Emma", "Rory", "Ines", "Callum", "Maya", "Pete"];

    private static readonly string[] LastNames =
        ["Carter", "Shah", "Evans", "Khan", "Murphy", "Walsh", "Patel", "Jones", "Hughes", "Ali", "Reid", "Okafor", "Novak", "Price", "Byrne", "Hall"];

    private static readonly string[] CustomerNames =
        ["Helen Barker", "Jordan Price", "Mark Ellis", "Sarah O'Neill", "Graham Fox", "Anita Rao", "Peter Long", "Julie Grant", "Wei Zhang", "Bola Ade"];

    private static readonly string[] Products =
        ["broadband", "router", "mobile contract", "direct debit", "latest bill", "landline", "TV package", "refund", "replacement SIM", "engineer visit", "data plan", "fibre upgrade"];

    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "the weekend", "last week", "this morning", "yesterday"];

    private static readonly string[] Openings =
    [
        "Good morning, you're through to Brightline, my name's {a}. How can I help today?",
        "Hi, thanks for getting in touch, you're speaking with {a}. What can I do for you?",
        "Hello, {a} here. How can I help?",
        "Thank you for calling Brightline, this is {a}, who am I speaking to?",
    ];

    // The customer's first account of the problem, by mood: calm, anxious, frustrated, furious, delighted.
    private static readonly string[][] Problems =
    [
        ["Hi, I'm ringing about my {p}, it hasn't been working properly since {d}.", "Hello, I just have a quick question about my {p}.", "Hi there, I'd like to check something on my {p} please."],
        ["I'm really worried, my {p} has stopped and I rely on it for my elderly mum.", "I'm quite anxious about this, there's a payment on my {p} I don't recognise.", "I'm scared I've been scammed, someone changed the details on my {p}."],
        ["I've been charged twice for my {p} and I'm really fed up about it.", "This is the third time I've called about the {p} and nothing has changed.", "As I said last time, the {p} keeps dropping out every evening."],
        ["This is absolutely ridiculous, my {p} has been down since {d} and nobody cares!", "I'm furious, you've taken money I don't owe for the {p}, again!", "I've had enough, I want to cancel the {p} today, this service is a joke."],
        ["Hi, I just wanted to say the engineer who fixed my {p} was brilliant.", "Hello! I'm calling to upgrade my {p}, I've been really happy with it.", "Hi, quick one, I'd like to add a line to my {p}, loving the service so far."],
    ];

    private static readonly string[] CustomerMiddle =
    [
        "I work from home, so without the {p} I can't do my job.",
        "I already told the last person all of this.",
        "Can you tell me why nobody rang me back about the {p}?",
        "The reference I was given was {n}.",
        "Okay, I've restarted it like you asked.",
        "The lights on the front are flashing orange now.",
        "How long will the {p} take to sort out?",
        "Fine, but I don't want to be charged for the {p} again.",
        "I'm not upset with you, I just want it fixed.",
        "Is there someone more senior I can speak to?",
        "What does that actually mean?",
        "You can reach me on {ph} if we get cut off.",
        "It's been going on since {d}, honestly.",
        "I don't understand why this keeps happening.",
    ];

    private static readonly string[] CustomerEndings =
    [
        "That's brilliant, thank you so much for sorting it.",
        "Okay, thanks, I appreciate your help.",
        "Right. I'll believe it when I see it.",
        "Fine, whatever, I just want it done.",
        "Thank you, you've been really kind.",
        "No, that's everything, thanks.",
    ];

    private static readonly string[] Empathy =
    [
        "I'm so sorry, that's the last thing you need, especially when you rely on it.",
        "That sounds really frustrating, I completely understand why you're upset.",
        "I'm sorry we've let you down with the {p}, that's not the service you should get.",
        "I can hear how worrying this is, let's get it sorted together.",
        "Thank you for your patience, I know this has taken far too long.",
    ];

    private static readonly string[] PoorEmpathy =
    [
        "Sorry for any inconvenience caused.",
        "I'm sorry you feel that way.",
        "Calm down, there's no need to shout.",
        "That's not something my team handles, you'll need to call billing.",
        "As I already said, there's nothing I can do about the {p}.",
        "Unfortunately that's our policy.",
    ];

    private static readonly string[] AdvisorMiddle =
    [
        "Let me have a look at your account now.",
        "Could you walk me through what happens when the {p} drops?",
        "So the {p} has been playing up since {d}, is that right?",
        "Thanks for bearing with me while I check that.",
        "Just to confirm, is the reference {n}?",
        "Could I take the postcode on the account and your full name?",
        "Have you tried restarting the router?",
        "The ONT is showing LOS on our side, so it may be a fibre fault at the OLT.",
        "Your DD mandate was re-presented after the BACS run failed, that's why it looks doubled.",
        "I can see the PAC request was raised but the port hasn't completed.",
        "Got it.",
        "Mm-hmm.",
        "How are things looking on your side now?",
        "I understand, and I'm going to stay with you until it's fixed.",
    ];

    private static readonly string[] Commitments =
    [
        "I'll book an engineer for {d} and I'll text you the slot today.",
        "I've refunded the second payment for the {p}, it'll show within three to five working days.",
        "I'll make sure the credit shows on your next bill by Friday.",
        "I've escalated this to our network team and I'll call you back tomorrow before noon.",
        "I've added a note so nobody asks you to repeat this again.",
    ];

    private static readonly string[] Closings =
    [
        "Is there anything else I can help with today?",
        "Thanks for your patience, take care.",
        "You're welcome, have a lovely day.",
        "Okay, bye.",
    ];

    private readonly uint seed;

    /// <param name="end">The newest interaction's time: the generated ones spread over the 365 days before it.</param>
    /// <param name="seed">Changes every interaction; the same seed gives the same data.</param>
    public InteractionGenerator(DateTimeOffset end, uint seed = 20251126)
    {
        End = end;
        this.seed = seed;
    }

    public DateTimeOffset End { get; }

    /// <summary>Every advisor of the roster (id, name, team id), in a fixed order.</summary>
    public static IReadOnlyList<(string Id, string Name, string TeamId)> Advisors { get; } = BuildAdvisors();

    /// <summary>The external id of interaction <paramref name="index"/> (stable: posting it again updates it).</summary>
    public static string ExternalId(int index) => "gen-" + index.ToString("D7", CultureInfo.InvariantCulture);

    /// <summary>Interaction <paramref name="index"/> as an Attune JSON transcript (UTF-8).</summary>
    public byte[] Generate(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var rng = new Rng(seed, (uint)index);
        var (advisor, started) = Head(ref rng);
        var advisorFirst = advisor.Name.Split(' ')[0];
        var customer = CustomerNames[(int)(rng.Next() * CustomerNames.Length)];
        var channel = rng.Next() < 0.55 ? "voice" : "chat";
        var mood = (int)(rng.Next() * Problems.Length);
        // Advisor quality: mostly good, some poor; a poor advisor is likelier on some ids (so profiles differ).
        var poor = rng.Next() < (advisor.Id.EndsWith('3') || advisor.Id.EndsWith('7') ? 0.6 : 0.2);
        var product = Pick(ref rng, Products);

        var turns = new List<(string Party, string Text)>();
        var text = new StringBuilder(160);
        string Fill(string template, ref Rng r)
        {
            text.Clear();
            FillInto(text, template, product, advisorFirst, ref r);
            return text.ToString();
        }

        turns.Add(("advisor", Fill(Pick(ref rng, Openings), ref rng)));
        turns.Add(("customer", Fill(Pick(ref rng, Problems[mood]), ref rng)));
        if (mood is 1 or 2 or 3)
        {
            turns.Add(("advisor", Fill(poor ? Pick(ref rng, PoorEmpathy) : Pick(ref rng, Empathy), ref rng)));
        }

        var middle = 2 + (int)(rng.Next() * 8);
        for (var k = 0; k < middle; k++)
        {
            turns.Add(("advisor", Fill(Pick(ref rng, AdvisorMiddle), ref rng)));
            var c = Fill(Pick(ref rng, CustomerMiddle), ref rng);
            if (rng.Next() < 0.3)
            {
                c += " " + Fill(Pick(ref rng, CustomerMiddle), ref rng);
            }

            turns.Add(("customer", c));
            if (poor && rng.Next() < 0.25)
            {
                turns.Add(("advisor", Fill(Pick(ref rng, PoorEmpathy), ref rng)));
            }
        }

        if (rng.Next() < 0.7)
        {
            turns.Add(("advisor", Fill(Pick(ref rng, Commitments), ref rng)));
        }

        turns.Add(("customer", Fill(Pick(ref rng, CustomerEndings), ref rng)));
        turns.Add(("advisor", Fill(Pick(ref rng, Closings), ref rng)));

        using var buffer = new MemoryStream(2048);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("id", ExternalId(index));
            json.WriteString("channel", channel);
            json.WriteStartObject("advisor");
            json.WriteString("id", advisor.Id);
            json.WriteString("name", advisor.Name);
            json.WriteEndObject();
            json.WriteStartObject("customer");
            json.WriteString("id", "C" + (10000 + (int)(rng.Next() * 90000)).ToString(CultureInfo.InvariantCulture));
            json.WriteString("name", customer);
            json.WriteEndObject();
            json.WriteString("team", advisor.TeamId);
            json.WriteString("startedAt", started.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            json.WriteStartArray("turns");
            var t = 0.5 + rng.Next() * 2;
            foreach (var (party, line) in turns)
            {
                json.WriteStartObject();
                json.WriteString("party", party);
                json.WriteString("speaker", party == "advisor" ? advisor.Name : customer);
                json.WriteString("text", line);
                // Speech at about 2.5 words a second (voice) or typing at about 6 characters a second (chat).
                var seconds = channel == "voice" ? line.Count(ch => ch == ' ') / 2.5 + 0.8 : line.Length / 6.0;
                json.WriteNumber("start", Math.Round(t, 2));
                json.WriteNumber("end", Math.Round(t + seconds, 2));
                json.WriteEndObject();
                t += seconds + 0.3 + rng.Next() * (channel == "voice" ? 1.5 : 20);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// The advisor id and start time interaction <paramref name="index"/> has, without generating its text (the same
    /// first draws as <see cref="Generate"/>): lets a bulk seed give a copy of an analysed interaction of the same advisor
    /// this index's identity and date.
    /// </summary>
    public (string AdvisorId, DateTimeOffset StartedAt) Header(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var rng = new Rng(seed, (uint)index);
        var (advisor, started) = Head(ref rng);
        return (advisor.Id, started);
    }

    private ((string Id, string Name, string TeamId) Advisor, DateTimeOffset Started) Head(ref Rng rng)
    {
        var advisor = Advisors[(int)(rng.Next() * Advisors.Count)];
        // Whole seconds, as the transcript's startedAt is written.
        var started = End.AddSeconds(-Math.Floor(rng.Next() * 365 * 86400));
        return (advisor, started);
    }

    private static List<(string Id, string Name, string TeamId)> BuildAdvisors()
    {
        var list = new List<(string, string, string)>();
        var n = 0;
        foreach (var (teamId, _) in Teams)
        {
            for (var k = 1; k <= AdvisorsPerTeam; k++, n++)
            {
                list.Add(($"{teamId}-{k:D2}", FirstNames[n % FirstNames.Length] + " " + LastNames[n * 7 % LastNames.Length], teamId));
            }
        }

        return list;
    }

    private static string Pick(ref Rng rng, string[] items) => items[(int)(rng.Next() * items.Length)];

    private static void FillInto(StringBuilder sb, string template, string product, string advisorFirst, ref Rng rng)
    {
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c != '{')
            {
                sb.Append(c);
                continue;
            }

            var close = template.IndexOf('}', i);
            switch (template.AsSpan(i + 1, close - i - 1))
            {
                case "p": sb.Append(product); break;
                case "a": sb.Append(advisorFirst); break;
                case "d": sb.Append(Pick(ref rng, Days)); break;
                case "n": sb.Append(10_000_000 + (int)(rng.Next() * 89_999_999)); break;
                // a UK mobile number shape (07700 900xxx is Ofcom's range reserved for drama): redaction must catch it
                case "ph": sb.Append("07700 900").Append(100 + (int)(rng.Next() * 899)); break;
                default: sb.Append(template, i, close - i + 1); break;
            }

            i = close;
        }
    }

    /// <summary>xorshift32 (Marsaglia 2003) seeded from (seed, index) through a splitmix-style mix, so nearby indexes diverge at once.</summary>
    private struct Rng
    {
        private uint state;

        public Rng(uint seed, uint index)
        {
            var z = ((ulong)seed << 32 | index) + 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            state = (uint)z ^ (uint)(z >> 32);
            if (state == 0)
            {
                state = 0x2545F491u;
            }
        }

        public double Next()
        {
            var x = state;
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            state = x;
            return x / 4294967296.0;
        }
    }
}
