using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Text;

namespace Attune.Analysis.Tests.Text.Detectors;

/// <summary>
/// Test stand-in for an upstream detector written elsewhere: marks turns of a party that contain a
/// word with a finding of the given signal, label and value (e.g. customer turns containing "angry"
/// → customer.emotion "frustration" 0.8), so derived detectors can be tested on their own.
/// </summary>
internal sealed class MarkerDetector(Party party, string word, string signal, string? label = null, double? value = null) : Detector
{
    public override void OnTurn(ConversationContext context, AnalyzedTurn turn, FindingSink sink)
    {
        if (turn.Party == party && turn.Text.Contains(word, StringComparison.OrdinalIgnoreCase))
        {
            sink.AddTurn(turn, signal, Polarity.Info, $"test marker '{word}'", label: label, value: value);
        }
    }

    public static MarkerDetector Angry() => new(Party.Customer, "angry", Signals.CustomerEmotion, "frustration", 0.8);

    public static MarkerDetector Furious() => new(Party.Customer, "furious", Signals.CustomerSentiment, "negative", -0.7);

    public static MarkerDetector Owns() => new(Party.Advisor, "I'll make sure", Signals.OwnershipCommitment, null, null);
}
