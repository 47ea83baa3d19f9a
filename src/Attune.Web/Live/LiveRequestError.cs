namespace Attune.Web.Live;

/// <summary>Why a live request was refused: REST answers it as problem details with <see cref="Status"/>, the hub as a HubException.</summary>
public sealed record LiveRequestError(int Status, string Title, string Detail)
{
    public const string UnknownTitle = "No such live interaction";
    public const string NotAllowedTitle = "Not allowed";

    public static LiveRequestError Unknown(string id) => new(404, UnknownTitle, $"There is no open live interaction '{id}'.");

    public static LiveRequestError NotAllowed(string what) => new(403, NotAllowedTitle, what);

    /// <summary>The text of the hub's error: the title, then the detail.</summary>
    public string Message => $"{Title}: {Detail}";
}
