using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;

namespace Attune.Analysis.Text.Detectors.EmpathyOpportunity;

/// <summary>
/// Whether a customer turn needs empathy, read from the customer-state findings of that turn:
/// a negative emotion (customer.emotion: frustration/anger, distress/sadness, anxiety/fear, confusion)
/// at or above <see cref="AnalysisOptions.EmpathyEmotionThreshold"/>, or a sentiment
/// (customer.sentiment compound) at or below <see cref="AnalysisOptions.EmpathyOpportunityThreshold"/>.
/// </summary>
internal readonly record struct EmpathyNeed(int Turn, string? Emotion, double Strength, string Reason)
{
    private static readonly HashSet<string> NegativeEmotions = new(StringComparer.Ordinal)
    {
        "frustration", "anger", "distress", "sadness", "anxiety", "fear", "confusion",
    };

    /// <summary>
    /// The need of a customer turn, from the findings at index <paramref name="from"/> onwards
    /// (the caller's cursor: only findings added since its last turn can belong to this turn).
    /// </summary>
    public static EmpathyNeed? Assess(ConversationContext context, AnalyzedTurn turn, int from)
    {
        if (turn.Party != Party.Customer)
        {
            return null;
        }

        var options = context.Options;
        var findings = context.Findings;
        EmpathyNeed? need = null;
        for (var i = from; i < findings.Count; i++)
        {
            var f = findings[i];
            if (f.Turn != turn.Index || f.Value is not { } value)
            {
                continue;
            }

            if (f.Signal == Signals.CustomerEmotion && f.Label is { } label && NegativeEmotions.Contains(label)
                && value >= options.EmpathyEmotionThreshold && (need is null || need.Value.Emotion is null || value > need.Value.Strength))
            {
                need = new EmpathyNeed(turn.Index, label, value, $"{label} {value:0.00}");
            }
            else if (f.Signal == Signals.CustomerSentiment && value <= options.EmpathyOpportunityThreshold && need is null)
            {
                need = new EmpathyNeed(turn.Index, null, -value, $"sentiment {value:0.00}");
            }
        }

        return need;
    }

    /// <summary>A phrase that fits the emotion, for suggestions.</summary>
    public string ExamplePhrase => Emotion switch
    {
        "frustration" or "anger" => "I can hear how frustrating this has been, and I'm going to sort it out.",
        "distress" or "sadness" => "I'm so sorry you're going through this. Let me take care of it for you.",
        "anxiety" or "fear" => "I can understand why that's worrying. Let's make sure it's sorted today.",
        "confusion" => "I can see why that's confusing. Let me walk you through it.",
        // a negative sentiment with no named emotion is, in service talk, mostly frustration or disappointment
        // with an outcome ("Is there really no way round the charge?"): name that, and promise effort, not a result
        _ => "I can see why that's frustrating. Let me see what I can do.",
    };
}
