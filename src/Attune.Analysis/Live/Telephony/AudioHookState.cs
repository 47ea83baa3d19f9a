namespace Attune.Analysis.Live.Telephony;

/// <summary>Server-side lifecycle of an <see cref="AudioHookSession"/>.</summary>
public enum AudioHookState
{
    /// <summary>Waiting for <c>open</c>.</summary>
    Preparing,

    /// <summary>Opened; audio frames are accepted.</summary>
    Active,

    /// <summary>The client reported <c>paused</c>; no audio until <c>resumed</c>.</summary>
    Paused,

    /// <summary><c>closed</c> was sent; the client closes the socket.</summary>
    Closed,

    /// <summary><c>disconnect</c> was sent (error or unauthorised); only <c>close</c> is still answered.</summary>
    Disconnected,
}
