namespace Attune.Analysis.Live.Telephony;

/// <summary>The <c>stop</c> message: the stream ended (the call hung up or the stream was stopped).</summary>
public sealed record TwilioStop(long SequenceNumber, string? StreamSid, string? AccountSid, string? CallSid) : TwilioMessage(SequenceNumber, StreamSid);
