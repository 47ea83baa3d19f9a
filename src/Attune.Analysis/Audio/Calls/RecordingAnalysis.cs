using System.Diagnostics.CodeAnalysis;
using Attune.Analysis.Conversations;

namespace Attune.Analysis.Audio.Calls;

/// <summary>Either the analysis of a recording or the error that prevented it (a file that is not a readable WAV).</summary>
public sealed class RecordingAnalysis
{
    private RecordingAnalysis(AnalysisResult? value, ImportError? error)
    {
        Value = value;
        Error = error;
    }

    public AnalysisResult? Value { get; }

    public ImportError? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Value is not null;

    public static RecordingAnalysis Ok(AnalysisResult result) => new(result, null);

    public static RecordingAnalysis Fail(ImportError error) => new(null, error);
}
