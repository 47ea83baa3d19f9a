namespace Attune.Analysis.Live.Telephony;

/// <summary>
/// A media track of a Twilio stream. Inbound is the audio Twilio receives from the caller (the customer), outbound
/// the audio Twilio sends to the caller (the advisor) — Attune's mapping for contact-centre calls (issue 5).
/// </summary>
public enum TwilioTrack
{
    Inbound,
    Outbound,
}
