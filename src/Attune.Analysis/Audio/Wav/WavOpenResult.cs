using System.Diagnostics.CodeAnalysis;
using Attune.Analysis.Conversations;

namespace Attune.Analysis.Audio.Wav;

/// <summary>Either an open <see cref="WavReader"/> or why the stream is not a readable WAV file.</summary>
public sealed class WavOpenResult
{
    private WavOpenResult(WavReader? value, ImportError? error)
    {
        Value = value;
        Error = error;
    }

    public WavReader? Value { get; }

    public ImportError? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Value is not null;

    public static WavOpenResult Ok(WavReader reader) => new(reader, null);

    public static WavOpenResult Fail(string source, long byteOffset, string message) =>
        new(null, new ImportError(source, message) { ByteOffset = byteOffset });
}
