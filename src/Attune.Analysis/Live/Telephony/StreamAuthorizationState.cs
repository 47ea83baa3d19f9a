namespace Attune.Analysis.Live.Telephony;

/// <summary>See <see cref="StreamAuthorization"/>.</summary>
public enum StreamAuthorizationState
{
    Pending,
    Allowed,
    Denied,
}
