namespace Attune.Analysis.Live.Telephony;

/// <summary>
/// What one text frame did to a <see cref="TwilioStreamSession"/>: the parsed message (when it was one), a protocol
/// error (the frame was refused; the stream goes on), and <see cref="CloseReason"/> when the endpoint must close the
/// socket (bad API key, unsupported media format, too many errors, stop).
/// </summary>
public sealed record TwilioReceiveResult(TwilioMessage? Message, TelephonyProtocolError? Error, string? CloseReason)
{
    public bool ShouldClose => CloseReason is not null;
}
