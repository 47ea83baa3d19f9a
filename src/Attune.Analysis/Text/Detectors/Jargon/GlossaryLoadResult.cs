using System.Diagnostics.CodeAnalysis;
using Attune.Analysis.Conversations;

namespace Attune.Analysis.Text.Detectors.Jargon;

/// <summary>Either a glossary or the error (source, line, what was expected) that prevented reading one.</summary>
public sealed class GlossaryLoadResult
{
    private GlossaryLoadResult(Glossary? value, ImportError? error)
    {
        Value = value;
        Error = error;
    }

    public Glossary? Value { get; }

    public ImportError? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Value is not null;

    public static GlossaryLoadResult Ok(Glossary glossary) => new(glossary, null);

    public static GlossaryLoadResult Fail(string source, string message, int? line = null) =>
        new(null, new ImportError(source, message) { Line = line });
}
