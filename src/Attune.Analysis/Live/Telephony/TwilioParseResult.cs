using System.Diagnostics.CodeAnalysis;

namespace Attune.Analysis.Live.Telephony;

/// <summary>A parsed Twilio message, or the reason the text is not one.</summary>
public sealed record TwilioParseResult(TwilioMessage? Message, TelephonyProtocolError? Error)
{
    [MemberNotNullWhen(true, nameof(Message))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Message is not null;

    public static TwilioParseResult Ok(TwilioMessage message) => new(message, null);

    public static TwilioParseResult Fail(string reason) => new(null, new TelephonyProtocolError(reason));
}
