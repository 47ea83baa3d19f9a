namespace Attune.Analysis.Conversations;

/// <summary>
/// Why an input could not be imported: names the source, where in it (line, or JSON path,
/// or byte offset), and what was expected. An expected failure is a value, not an exception.
/// </summary>
public sealed record ImportError(string Source, string Message)
{
    public int? Line { get; init; }

    public string? JsonPath { get; init; }

    public long? ByteOffset { get; init; }

    public override string ToString()
    {
        var where = Line is not null ? $":{Line}" : JsonPath is not null ? $" at {JsonPath}" : ByteOffset is not null ? $" at byte {ByteOffset}" : "";
        return $"{Source}{where}: {Message}";
    }
}
