namespace Attune.Analysis.Live.Telephony;

/// <summary>
/// Whether a telephony stream may continue: <see cref="Pending"/> until its credentials arrive, then allowed or
/// denied with the reason the endpoint puts in the WebSocket close frame.
/// </summary>
public sealed record StreamAuthorization(StreamAuthorizationState State, string? Reason)
{
    public static StreamAuthorization Pending { get; } = new(StreamAuthorizationState.Pending, null);

    public static StreamAuthorization Allowed { get; } = new(StreamAuthorizationState.Allowed, null);

    public static StreamAuthorization Denied(string reason) => new(StreamAuthorizationState.Denied, reason);

    public bool IsAllowed => State == StreamAuthorizationState.Allowed;

    public bool IsDenied => State == StreamAuthorizationState.Denied;
}
