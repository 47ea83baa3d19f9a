namespace Attune.Analysis.Live.Telephony;

/// <summary>The <c>mark</c> message (bidirectional streams): audio queued before the named mark has played.</summary>
public sealed record TwilioMark(long SequenceNumber, string? StreamSid, string Name) : TwilioMessage(SequenceNumber, StreamSid);
