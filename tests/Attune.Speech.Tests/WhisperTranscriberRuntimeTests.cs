namespace Attune.Speech.Tests;

/// <summary>
/// Runs the real native runtime on a tiny random-weight model written by the test (see
/// <see cref="GgmlBytes.TinyRandomModel"/>): the words are nonsense, but loading, encoding, decoding, token
/// timestamps and the time bookkeeping all go through whisper.cpp.
/// </summary>
public sealed class WhisperTranscriberRuntimeTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task TranscribeAsync_TinyModel_TimesStayInsideTheAudioFromTheOffset()
    {
        const double offset = 42.0;
        var path = _files.Write("ggml-tiny-random.bin", GgmlBytes.TinyRandomModel());
        var load = WhisperTranscriber.Load(path, new WhisperOptions { Threads = 1 });
        Assert.True(load.IsOk, load.Error);
        using var transcriber = load.Transcriber!;
        var audio = new float[16_000 * 3];
        for (var i = 0; i < audio.Length; i++)
        {
            audio[i] = (float)(0.2 * Math.Sin(2 * Math.PI * 220 * i / 16_000.0));
        }

        var segments = await transcriber.TranscribeAsync(audio, offset, CancellationToken.None);

        // Random weights still decode some tokens (deterministically: greedy, fixed seed), so there is something
        // to check; the segment end is clamped where whisper stamps it past the 3 s given.
        Assert.NotEmpty(segments);
        Assert.Contains(segments, s => s.Words.Count > 0);
        foreach (var segment in segments)
        {
            Assert.InRange(segment.Start, offset, offset + 3.0);
            Assert.InRange(segment.End, segment.Start, offset + 3.0);
            Assert.False(string.IsNullOrWhiteSpace(segment.Text));
            var previous = segment.Start;
            foreach (var word in segment.Words)
            {
                Assert.InRange(word.Start, previous - 1e-9, segment.End);
                Assert.InRange(word.End, word.Start, segment.End);
                previous = word.Start;
            }
        }
    }

    [Fact]
    public void Load_UnknownLanguage_NamesTheOption()
    {
        var path = _files.Write("ggml-tiny-random.bin", GgmlBytes.TinyRandomModel());

        var load = WhisperTranscriber.Load(path, new WhisperOptions { Language = "klingon" });

        Assert.False(load.IsOk);
        Assert.Contains("WhisperOptions.Language 'klingon'", load.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranscribeAsync_NoSamples_NoSegments()
    {
        var path = _files.Write("ggml-tiny-random.bin", GgmlBytes.TinyRandomModel());
        var load = WhisperTranscriber.Load(path, new WhisperOptions { Threads = 1 });
        Assert.True(load.IsOk, load.Error);
        using var transcriber = load.Transcriber!;

        var segments = await transcriber.TranscribeAsync(ReadOnlyMemory<float>.Empty, 0, CancellationToken.None);

        Assert.Empty(segments);
    }

    [Fact]
    public async Task TranscribeAsync_AfterDispose_Throws()
    {
        var path = _files.Write("ggml-tiny-random.bin", GgmlBytes.TinyRandomModel());
        var transcriber = WhisperTranscriber.Load(path).Transcriber!;
        transcriber.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => transcriber.TranscribeAsync(new float[16_000], 0, CancellationToken.None));
    }
}
