namespace Attune.Storage;

/// <summary>A write broke a uniqueness rule the caller can act on (e.g. a user name already taken).</summary>
public sealed class StoreConflictException : Exception
{
    public StoreConflictException()
    {
    }

    public StoreConflictException(string message)
        : base(message)
    {
    }

    public StoreConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
