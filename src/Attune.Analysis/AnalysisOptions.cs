namespace Attune.Analysis;

/// <summary>Settings for one analysis. Defaults are the documented behaviour of `attune analyze`.</summary>
public sealed class AnalysisOptions
{
    public static AnalysisOptions Default { get; } = new();

    /// <summary>Redact personal data (cards, phones, e-mail, long digit runs) before analysis. Default true.</summary>
    public bool Redact { get; init; } = true;

    /// <summary>
    /// Customer sentiment (compound, -1..1) at or below which a customer turn is an empathy
    /// opportunity, unless the emotion detector already marked it negative. Default -0.3.
    /// </summary>
    public double EmpathyOpportunityThreshold { get; init; } = -0.3;

    /// <summary>
    /// Intensity (0..1) of a negative customer emotion (frustration/anger, distress/sadness,
    /// anxiety/fear, confusion) at or above which a customer turn is an empathy opportunity. Default 0.5.
    /// </summary>
    public double EmpathyEmotionThreshold { get; init; } = 0.5;

    /// <summary>An empathy or apology formula used more than this many times in one interaction is overused. Default 2.</summary>
    public int PhraseOveruseLimit { get; init; } = 2;

    /// <summary>
    /// Count every wh-question as open, also those that ask for a single number, time or datum ("how many times…?",
    /// "what time…?", "what's your postcode?"). Default false: BEHAVIOURS.md counts a single fact as closed. Some QA
    /// forms teach "who/what/where/when/why/how = open"; the Switchboard evaluation sets it because SWBD-DAMSL tags
    /// questions by form (qw = any wh-question).
    /// </summary>
    public bool WhQuestionsOpenByForm { get; init; }

    /// <summary>Organisation glossary: internal terms and their plain alternatives (term → alternative).</summary>
    public IReadOnlyDictionary<string, string> Glossary { get; init; } = new Dictionary<string, string>();
}
