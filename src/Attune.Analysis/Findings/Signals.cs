namespace Attune.Analysis.Findings;

/// <summary>The stable signal ids of BEHAVIOURS.md: used in scorecards, JSON output and the API.</summary>
public static class Signals
{
    public const string CustomerSentiment = "customer.sentiment";
    public const string CustomerEmotion = "customer.emotion";
    public const string CustomerArousal = "customer.arousal";
    public const string CustomerRepeat = "customer.repeat";
    public const string CustomerEmotionJourney = "customer.emotion_journey";

    public const string EmpathyStatement = "empathy.statement";
    public const string EmpathyOpportunity = "empathy.opportunity";
    public const string EmpathyEmpty = "empathy.empty";
    public const string ApologySincere = "apology.sincere";
    public const string ApologyNonApology = "apology.non_apology";
    /// <summary>"Sorry to hear that": sympathy, neither a sincere apology nor a non-apology.</summary>
    public const string ApologySympathy = "apology.sympathy";
    public const string QuestionOpen = "question.open";
    public const string QuestionClosed = "question.closed";
    public const string ListeningBackchannel = "listening.backchannel";
    public const string ListeningParaphrase = "listening.paraphrase";
    public const string ListeningClarify = "listening.clarify";
    public const string ListeningInterruption = "listening.interruption";
    public const string LanguageJargon = "language.jargon";
    public const string LanguageMinimising = "language.minimising";
    public const string LanguageBlame = "language.blame";
    public const string OwnershipCommitment = "ownership.commitment";
    public const string OwnershipDeflection = "ownership.deflection";
    public const string ReassuranceIntent = "reassurance.intent";
    public const string AcknowledgeBeforeSolve = "acknowledge_before_solve";
    public const string Personalisation = "personalisation";
    public const string PhraseOveruse = "phrase.overuse";

    /// <summary>Speaking time per party (seconds).</summary>
    public const string TalkTime = "talk.time";
    /// <summary>Advisor share of all speech (0..1).</summary>
    public const string TalkRatio = "talk.ratio";
    /// <summary>Words per minute per party.</summary>
    public const string TalkSpeed = "talk.speed";
    /// <summary>Per-turn level (dBFS, 0-100 score) and integrated loudness per channel (LUFS, ITU-R BS.1770).</summary>
    public const string TalkLoudness = "talk.loudness";
    /// <summary>Spans over 3 s where neither party speaks (Contact Lens definition), and the long-silence alert.</summary>
    public const string SilenceNonTalk = "silence.non_talk";
    /// <summary>Both parties speaking at once: count, time, who started it.</summary>
    public const string TalkOvertalk = "talk.overtalk";
    /// <summary>Advisor speaking continuously for more than 60 s.</summary>
    public const string TalkMonologue = "talk.monologue";
    /// <summary>Time from a customer turn to the advisor's reply.</summary>
    public const string ResponseTime = "response.time";

    /// <summary>Personal data (card, phone, e-mail, long digit run) found and redacted.</summary>
    public const string PrivacyRedaction = "privacy.redaction";
}
