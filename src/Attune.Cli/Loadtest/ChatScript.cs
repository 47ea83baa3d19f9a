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

    /// <summary>
    /// The demo's chats (<c>attune demo</c>'s live simulation), each played once from start to end: <see cref="Lines"/>
    /// and two more in the same spirit (a broadband fault, a price rise), so the wall does not show one chat three times.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<(string Party, string Text)>> Scripts { get; } =
    [
        Lines,
        [
            ("advisor", "Hi, thanks for contacting Brightline broadband support. What can I do for you?"),
            ("customer", "My internet has dropped every evening this week and I work from home. I'm so frustrated."),
            ("advisor", "Have you restarted the router? Is the light green?"),
            ("customer", "Yes, I restarted it, I already said that to the last person. Twice."),
            ("advisor", "Your line shows intermittent SNR margin degradation on the DSLAM port."),
            ("customer", "What does that even mean? I just need it to work by Monday."),
            ("advisor", "I understand how disruptive that is when you work from home, I'm sorry. It means the line is noisy; I'm booking an engineer for Saturday morning."),
            ("customer", "Saturday is fine. Thanks for explaining it properly."),
            ("advisor", "You're welcome. You'll get a text with the time slot tonight."),
        ],
        [
            ("advisor", "Hello, you're chatting with the Brightline accounts team."),
            ("customer", "My bill went up by twelve pounds without any warning. I'm really disappointed, I've been loyal for years."),
            ("advisor", "Apologies for any inconvenience caused. The increase is in line with the terms and conditions."),
            ("customer", "Nobody told me anything. I want to cancel."),
            ("advisor", "Did you receive our email in March? Did you read it?"),
            ("customer", "I don't remember. This is the third time I've asked about this price and nobody ever answers."),
            ("advisor", "I'm sorry we didn't make that clear, that's on us. What matters most to you about the contract?"),
            ("customer", "Honestly just a fair price. I don't want to leave."),
            ("advisor", "I can take eight pounds off the monthly price for the next year, starting today."),
            ("customer", "That's better, thank you."),
        ],
    ];
}
