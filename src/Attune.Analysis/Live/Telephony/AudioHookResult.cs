namespace Attune.Analysis.Live.Telephony;

/// <summary>
/// What one frame did to an <see cref="AudioHookSession"/>: the replies to send now, in order (<c>opened</c> is in
/// <see cref="Replies"/> before <see cref="Opened"/> is acted on — send first, initialise after), the parsed client
/// message, the protocol error when the frame was refused (a <c>disconnect</c> reply then carries it), and the frames
/// of audio a binary message added.
/// </summary>
public sealed record AudioHookResult(
    IReadOnlyList<AudioHookServerMessage> Replies,
    AudioHookClientMessage? Message,
    TelephonyProtocolError? Error,
    AudioHookOpenInfo? Opened,
    int AudioFrames)
{
    /// <summary>The session answered <c>closed</c> or <c>disconnect</c>: the client will close, the endpoint may too.</summary>
    public bool Ends { get; init; }
}
