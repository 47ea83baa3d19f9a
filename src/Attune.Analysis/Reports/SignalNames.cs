using Attune.Analysis.Findings;

namespace Attune.Analysis.Reports;

/// <summary>Readable names of the signal ids (BEHAVIOURS.md) for reports; an unknown id is shown as is.</summary>
public static class SignalNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        [Signals.CustomerSentiment] = "Customer sentiment",
        [Signals.CustomerEmotion] = "Customer emotion",
        [Signals.CustomerArousal] = "Customer arousal",
        [Signals.CustomerRepeat] = "Customer had to repeat",
        [Signals.CustomerEmotionJourney] = "Emotion journey",
        [Signals.EmpathyStatement] = "Empathy statement",
        [Signals.EmpathyOpportunity] = "Empathy opportunity",
        [Signals.EmpathyEmpty] = "Empty empathy",
        [Signals.ApologySincere] = "Sincere apology",
        [Signals.ApologyNonApology] = "Non-apology",
        [Signals.ApologySympathy] = "Sympathy",
        [Signals.QuestionOpen] = "Open question",
        [Signals.QuestionClosed] = "Closed question",
        [Signals.ListeningBackchannel] = "Backchannel",
        [Signals.ListeningParaphrase] = "Paraphrase",
        [Signals.ListeningClarify] = "Clarification",
        [Signals.ListeningInterruption] = "Interruption",
        [Signals.LanguageJargon] = "Jargon",
        [Signals.LanguageMinimising] = "Minimising",
        [Signals.LanguageBlame] = "Blame",
        [Signals.OwnershipCommitment] = "Ownership",
        [Signals.OwnershipDeflection] = "Deflection",
        [Signals.ReassuranceIntent] = "Reassurance",
        [Signals.AcknowledgeBeforeSolve] = "Acknowledge before solve",
        [Signals.Personalisation] = "Personalisation",
        [Signals.PhraseOveruse] = "Phrase overuse",
        [Signals.PrivacyRedaction] = "Redacted",
        [Signals.TalkTime] = "Talk time",
        [Signals.TalkRatio] = "Talk ratio",
        [Signals.TalkSpeed] = "Speaking rate",
        [Signals.TalkLoudness] = "Loudness",
        [Signals.SilenceNonTalk] = "Non-talk time",
        [Signals.TalkOvertalk] = "Overtalk",
        [Signals.TalkMonologue] = "Monologue",
        [Signals.ResponseTime] = "Response time",
    };

    /// <summary>Advisor behaviours that are good (+) or to work on (−) whenever they occur (BEHAVIOURS.md polarity column).</summary>
    private static readonly Dictionary<string, Polarity> Tones = new(StringComparer.Ordinal)
    {
        [Signals.EmpathyStatement] = Polarity.Positive,
        [Signals.ApologySincere] = Polarity.Positive,
        [Signals.ListeningBackchannel] = Polarity.Positive,
        [Signals.ListeningParaphrase] = Polarity.Positive,
        [Signals.ListeningClarify] = Polarity.Positive,
        [Signals.OwnershipCommitment] = Polarity.Positive,
        [Signals.ReassuranceIntent] = Polarity.Positive,
        [Signals.Personalisation] = Polarity.Positive,
        [Signals.ApologyNonApology] = Polarity.Negative,
        [Signals.ListeningInterruption] = Polarity.Negative,
        [Signals.LanguageJargon] = Polarity.Negative,
        [Signals.LanguageMinimising] = Polarity.Negative,
        [Signals.LanguageBlame] = Polarity.Negative,
        [Signals.OwnershipDeflection] = Polarity.Negative,
        [Signals.EmpathyEmpty] = Polarity.Negative,
        [Signals.PhraseOveruse] = Polarity.Negative,
        [Signals.CustomerRepeat] = Polarity.Negative,
        [Signals.TalkMonologue] = Polarity.Negative,
    };

    /// <summary>Every signal id with a readable name, in BEHAVIOURS.md order.</summary>
    public static IReadOnlyCollection<string> Known => Names.Keys;

    public static string Name(string signal) => Names.TryGetValue(signal, out var n) ? n : signal;

    /// <summary>Positive or negative for behaviours that are always one or the other; Info for mixed (e.g. empathy opportunity given/missed) and descriptive signals.</summary>
    public static Polarity Tone(string signal) => Tones.TryGetValue(signal, out var p) ? p : Polarity.Info;

    /// <summary>
    /// The signals that describe the customer's state turn by turn; reports show them as the
    /// emotion timeline and turn badges, not as highlighted moments.
    /// </summary>
    public static bool IsCustomerState(string signal) =>
        signal is Signals.CustomerSentiment or Signals.CustomerEmotion or Signals.CustomerArousal or Signals.CustomerEmotionJourney;

    /// <summary>Signals that judge a whole reply rather than some words in it: badges on the turn, not highlights.</summary>
    public static bool IsAboutTheTurn(string signal) =>
        signal is Signals.EmpathyOpportunity or Signals.AcknowledgeBeforeSolve or Signals.EmpathyEmpty;
}
