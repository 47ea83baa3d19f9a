namespace Attune.Web.Live.Events;

/// <summary>The customer's emotion: from text (a <c>customer.emotion</c> finding) or voice (label "arousal").</summary>
public sealed record LiveEmotionEvent : LiveEvent
{
    public const string TextSource = "text";
    public const string VoiceSource = "voice";

    public required string Label { get; init; }

    /// <summary>Intensity 0..1.</summary>
    public required double Value { get; init; }

    public required bool Negative { get; init; }

    /// <summary>"text" or "voice".</summary>
    public required string Source { get; init; }

    public double Time { get; init; }
}
