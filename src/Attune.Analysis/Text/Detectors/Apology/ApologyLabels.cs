namespace Attune.Analysis.Text.Detectors.Apology;

/// <summary>The <c>Label</c> of apology findings: what kind of sincere apology, non-apology or sympathy it is.</summary>
public static class ApologyLabels
{
    /// <summary><c>apology.sincere</c>: owns a specific failure ("I'm so sorry we charged you twice").</summary>
    public const string Failure = "failure";

    /// <summary>
    /// <c>apology.sincere</c>: a courtesy for something the advisor did to the customer's time
    /// ("sorry to keep you waiting"). Specific and owned, but not an apology for a service failure,
    /// so it does not answer an empathy opportunity.
    /// </summary>
    public const string Courtesy = "courtesy";

    /// <summary><c>apology.non_apology</c>: regrets an effect, often "any" effect ("sorry for any inconvenience caused").</summary>
    public const string Inconvenience = "inconvenience";

    /// <summary><c>apology.non_apology</c>: regrets the customer's feelings, not what happened ("sorry you feel that way").</summary>
    public const string Feelings = "feelings";

    /// <summary><c>apology.non_apology</c>: makes the failure hypothetical ("sorry if…").</summary>
    public const string Conditional = "conditional";

    /// <summary><c>apology.non_apology</c>: takes the apology back with "but" ("sorry, but…").</summary>
    public const string But = "but";

    /// <summary><c>apology.non_apology</c>: a refusal dressed as an apology ("sorry, that's policy", "sorry, there's nothing I can do").</summary>
    public const string Refusal = "refusal";

    /// <summary><c>apology.sympathy</c>: sorrow for what happened to the customer ("sorry to hear that", "sorry for your loss").</summary>
    public const string Sympathy = "sympathy";

    /// <summary><c>apology.sympathy</c>: regret for the customer's situation without saying who failed ("sorry your parcel hasn't arrived").</summary>
    public const string Situation = "situation";

    /// <summary><c>apology.sympathy</c>: a bare "I'm sorry." that does not say what it is for.</summary>
    public const string Unspecified = "unspecified";
}
