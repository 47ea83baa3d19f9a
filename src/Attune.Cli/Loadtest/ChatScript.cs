namespace Attune.Cli.Loadtest;

/// <summary>
/// The chat the load test replays, in a loop: an angry customer, a non-apology, closed questions, jargon, a customer
/// repeating themselves, an emotional statement answered with a jump to the fix — findings and nudges on most turns.
/// </summary>
public static class ChatScript
{
    public static IReadOnlyList<(string Party, string Text)> Lines { get; } =
    [
        ("advisor", "Hello, you're through to Brightline billing. How can I help?"),
        ("customer", "I'm furious, you've charged me twice this month and that money was for my rent."),
        ("advisor", "We are sorry for any inconvenience. Is your account number ending 4567? Did you pay by card?"),
        ("customer", "Yes. I already told you that. I've told three people the same thing and nobody listens!"),
        ("advisor", "The ACH reversal will post after the T+2 settlement window as per our SLA."),
        ("customer", "I don't understand any of that. This is ridiculous, I just want my money back now."),
        ("advisor", "Okay. Is there anything else?"),
        ("customer", "I'm really upset and worried, I have been a customer for ten years and I can't pay my rent."),
        ("advisor", "Your refund reference is RF-2231, it will be processed shortly."),
        ("customer", "Why does nobody ever call me back? This is the third time I'm asking."),
        ("advisor", "I'm sorry, that's our mistake and I can see how stressful this is. I'll refund the double charge today and call you tomorrow to confirm."),
        ("customer", "Thank you, that actually helps."),
    ];
}
