namespace Attune.Web.Live.Events;

/// <summary>The customer's latest emotion on a tile.</summary>
public sealed record LiveTileEmotion(string Label, double Value, bool Negative);
