namespace Attune.Analysis.Reports;

/// <summary>The customer's state in one turn, from the customer.emotion and customer.sentiment findings.</summary>
public sealed record CustomerTurnEmotion(int Turn, double? Start, string? Emotion, double? Intensity, double? Sentiment);
