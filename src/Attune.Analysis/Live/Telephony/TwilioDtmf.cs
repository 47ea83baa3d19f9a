namespace Attune.Analysis.Live.Telephony;

/// <summary>The <c>dtmf</c> message: a key the caller pressed (<c>dtmf.track</c> is <c>inbound_track</c>).</summary>
public sealed record TwilioDtmf(long SequenceNumber, string? StreamSid, string Track, string Digit) : TwilioMessage(SequenceNumber, StreamSid);
