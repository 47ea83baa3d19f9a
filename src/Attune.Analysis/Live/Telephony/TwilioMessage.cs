namespace Attune.Analysis.Live.Telephony;

/// <summary>
/// A message Twilio Media Streams sends to a WebSocket server, as documented in "Media Streams - WebSocket Messages"
/// (https://www.twilio.com/docs/voice/media-streams/websocket-messages): JSON text frames with an <c>event</c>
/// discriminator — <c>connected</c>, <c>start</c>, <c>media</c>, <c>dtmf</c>, <c>stop</c>, <c>mark</c>.
/// <see cref="SequenceNumber"/> counts messages from 1 (the documented <c>sequenceNumber</c>, sent as a string;
/// 0 when absent, as on <c>connected</c>).
/// </summary>
public abstract record TwilioMessage(long SequenceNumber, string? StreamSid);
