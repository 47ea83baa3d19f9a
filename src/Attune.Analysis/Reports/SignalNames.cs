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

    public static string Name(string signal) => Names.TryGetValue(signal, out var n) ? n : signal;

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
