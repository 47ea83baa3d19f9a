using System.Diagnostics.CodeAnalysis;

namespace Attune.Analysis.Conversations;

/// <summary>Either a conversation or the error that prevented reading one (Noda Time's ParseResult idea).</summary>
public sealed class ImportResult
{
    private ImportResult(Conversation? value, ImportError? error)
    {
        Value = value;
        Error = error;
    }

    public Conversation? Value { get; }

    public ImportError? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Value is not null;

    public static ImportResult Ok(Conversation conversation) => new(conversation, null);

    public static ImportResult Fail(ImportError error) => new(null, error);

    public static ImportResult Fail(string source, string message, int? line = null, string? jsonPath = null) =>
        new(null, new ImportError(source, message) { Line = line, JsonPath = jsonPath });
}
