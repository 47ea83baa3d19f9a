namespace Attune.Web.Live;

/// <summary>
/// A live interaction ended but could not be stored (<see cref="LiveSessions.EndAsync"/>): the session is closed and
/// its watchers told (<c>ended</c> with no interaction id); <see cref="Reason"/> says why (also logged). REST answers
/// it with 500 problem details, the hub's <c>End</c> with a HubException.
/// </summary>
public sealed class LiveStoreException : Exception
{
    public LiveStoreException()
        : this(string.Empty, "unknown")
    {
    }

    public LiveStoreException(string message)
        : this(string.Empty, message)
    {
    }

    public LiveStoreException(string message, Exception innerException)
        : this(string.Empty, message, innerException)
    {
    }

    public LiveStoreException(string sessionId, string reason, Exception? innerException = null)
        : base($"Live interaction '{sessionId}' ended but could not be stored: {reason}", innerException)
    {
        SessionId = sessionId;
        Reason = reason;
    }

    public string SessionId { get; } = string.Empty;

    public string Reason { get; } = string.Empty;

    public const string Title = "Not stored";

    /// <summary>As REST problem details (500) and the hub's error text.</summary>
    public LiveRequestError ToError() => new(500, Title, Message);
}
