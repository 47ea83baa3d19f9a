namespace Attune.Analysis.Live.Telephony;

/// <summary>
/// The <c>start</c> message: stream metadata sent once after <c>connected</c>. Attune reads <c>advisorId</c>,
/// <c>customerId</c> and <c>apiKey</c> from <see cref="CustomParameters"/> (the &lt;Parameter&gt; nouns of the TwiML
/// &lt;Stream&gt;).
/// </summary>
public sealed record TwilioStart(
    long SequenceNumber,
    string StreamSid,
    string? AccountSid,
    string? CallSid,
    IReadOnlyList<TwilioTrack> Tracks,
    TwilioMediaFormat MediaFormat,
    IReadOnlyDictionary<string, string> CustomParameters) : TwilioMessage(SequenceNumber, StreamSid)
{
    public string? AdvisorId => CustomParameters.GetValueOrDefault("advisorId");

    public string? CustomerId => CustomParameters.GetValueOrDefault("customerId");

    public string? ApiKey => CustomParameters.GetValueOrDefault("apiKey");
}
