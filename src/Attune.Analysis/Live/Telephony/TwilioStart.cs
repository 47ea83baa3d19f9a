namespace Attune.Analysis.Live.Telephony;

/// <summary>
/// The <c>start</c> message: stream metadata sent once after <c>connected</c>. Attune reads <c>advisorId</c>,
/// <c>customerId</c> and <c>apiKey</c> from <see cref="CustomParameters"/> (the &lt;Parameter&gt; nouns of the TwiML
/// &lt;Stream&gt;), and, when given, <c>advisorName</c>, <c>team</c> (a team leader's wall shows their team's calls)
/// and <c>customerName</c>.
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

    public string? AdvisorName => CustomParameters.GetValueOrDefault("advisorName");

    public string? Team => CustomParameters.GetValueOrDefault("team");

    public string? CustomerName => CustomParameters.GetValueOrDefault("customerName");

    public string? ApiKey => CustomParameters.GetValueOrDefault("apiKey");
}
