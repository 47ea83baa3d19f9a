namespace Attune.Analysis.Live.Telephony;

/// <summary>Lifecycle of a <see cref="TwilioStreamSession"/>.</summary>
public enum TwilioStreamState
{
    /// <summary>Before <c>start</c> (after or before <c>connected</c>).</summary>
    AwaitingStart,

    /// <summary>Started and authorised: media is decoded onto the timeline.</summary>
    Streaming,

    /// <summary><c>stop</c> received; the timeline is flushed.</summary>
    Stopped,

    /// <summary>Refused (bad key, unsupported format, too many errors): the endpoint must close the socket.</summary>
    Closed,
}
