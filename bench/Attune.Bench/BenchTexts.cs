using Attune.Analysis.Conversations;

namespace Attune.Bench;

/// <summary>Inputs shared by the benchmarks: typical customer-service sentences and a 20-turn call.</summary>
public static class BenchTexts
{
    public const string ShortSentence = "Okay, that's fine.";

    public const string CustomerSentence = "I've been charged twice for my broadband this month and honestly I'm really fed up with it.";

    public const string AdvisorSentence = "I'm so sorry we took that payment twice, I'll refund the second one now and you'll see it within three working days.";

    public const string SentenceWithPii = "My card is 4539 1488 0343 6467, call me on 07700 900123 or email jo.bloggs@example.co.uk please.";

    /// <summary>A 20-turn double-charge call, customer and advisor alternately, with times.</summary>
    public static Conversation Call20 { get; } = BuildCall();

    /// <summary>One customer sentence as a whole conversation.</summary>
    public static Conversation SingleSentence { get; } = new()
    {
        Turns = [new Turn { Party = Party.Customer, Text = CustomerSentence, Start = 0, End = 5 }],
        Channel = Channel.Voice,
    };

    private static Conversation BuildCall()
    {
        string[] lines =
        [
            "Hi, I'm ringing because I've been charged twice for my broadband this month.",
            "Thanks for calling, you're through to Sam. I'm sorry to hear that, let's get it sorted. Can I take your name?",
            "It's Jordan Price. And honestly I'm really fed up, this is the second time it's happened.",
            "I completely understand, Jordan, that must be really frustrating, especially twice.",
            "It is. I had to move money around to cover the rent.",
            "That sounds stressful. Could you tell me the dates the two payments came out?",
            "The first of March and then again on the third.",
            "So you were charged on the first and again on the third, both for March, have I got that right?",
            "Yes, exactly that.",
            "Right, I can see both payments here. The second one was our mistake, and I'm sorry we did that.",
            "Okay. So what happens now?",
            "I'll refund the second payment today, and you should see it back in your account within three working days.",
            "Three days? I need that money now.",
            "I hear you. I'll also add a ten pound credit for the trouble, and I'll put a note on the account so it can't happen again.",
            "Alright, that's better, thank you.",
            "Is there anything else worrying you about the account?",
            "No, I think that's everything.",
            "Great. You'll get an email confirming the refund within the hour.",
            "Brilliant, thanks Sam, you've been really helpful.",
            "You're welcome, Jordan. Have a lovely afternoon.",
        ];
        var turns = new Turn[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            turns[i] = new Turn { Party = i % 2 == 0 ? Party.Customer : Party.Advisor, Text = lines[i], Start = i * 6.0, End = (i * 6.0) + 5.0 };
        }

        return new Conversation
        {
            Turns = turns,
            Channel = Channel.Voice,
            Metadata = new ConversationMetadata { InteractionId = "bench-call", AdvisorName = "Sam Carter", CustomerName = "Jordan Price" },
        };
    }
}
