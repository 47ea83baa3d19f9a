namespace Attune.Analysis.Live.Nudges;

/// <summary>
/// The stable ids of the nudges the advisor-assist shows (used in the UI, SignalR events and the stored mute log),
/// with their default priorities: higher wins when several compete for the same moment.
/// </summary>
public static class NudgeKinds
{
    /// <summary>The customer's emotion is up: an empathy phrase fitted to it.</summary>
    public const string Empathy = "empathy";

    /// <summary>A non-apology was said: the sincere phrasing.</summary>
    public const string SincereApology = "sincere_apology";

    /// <summary>Jargon was used: the plain word.</summary>
    public const string PlainWord = "plain_word";

    /// <summary>The advisor interrupted or talked over the customer.</summary>
    public const string LetThemFinish = "let_them_finish";

    /// <summary>A run of closed questions: ask an open one.</summary>
    public const string OpenQuestion = "open_question";

    /// <summary>An emotional customer turn was answered with the fix, not an acknowledgement.</summary>
    public const string AcknowledgeFirst = "acknowledge_first";

    /// <summary>A long silence: tell the customer what you are doing.</summary>
    public const string ExplainSilence = "explain_silence";

    /// <summary>The customer is repeating themselves: show what they said earlier.</summary>
    public const string ShowEarlier = "show_earlier";

    /// <summary>Every kind, in a fixed order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [AcknowledgeFirst, Empathy, LetThemFinish, ShowEarlier, SincereApology, ExplainSilence, OpenQuestion, PlainWord];

    /// <summary>
    /// Default priority of a kind (0 for an unknown one). The customer's feelings come first (acknowledge, empathy),
    /// then listening (let them finish, show you heard the earlier turn), then repair of wording; style hints
    /// (open questions, plain words) are the first to give way when the cap is reached.
    /// </summary>
    public static int DefaultPriority(string kind) => kind switch
    {
        AcknowledgeFirst => 90,
        Empathy => 80,
        LetThemFinish => 70,
        ShowEarlier => 60,
        SincereApology => 50,
        ExplainSilence => 45,
        OpenQuestion => 30,
        PlainWord => 20,
        _ => 0,
    };
}
