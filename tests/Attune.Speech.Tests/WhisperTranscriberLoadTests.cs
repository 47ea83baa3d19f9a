namespace Attune.Speech.Tests;

public sealed class WhisperTranscriberLoadTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Load_MissingFile_SaysNotFoundAndNamesTheFile()
    {
        var path = _files.PathOf("ggml-base.en.bin");

        var result = WhisperTranscriber.Load(path);

        AssertFails(result, path, "model file not found");
    }

    [Fact]
    public void Load_Directory_SaysItIsADirectory()
    {
        var result = WhisperTranscriber.Load(_files.Directory);

        AssertFails(result, _files.Directory, "is a directory");
    }

    [Fact]
    public void Load_EmptyFile_SaysEmpty()
    {
        var path = _files.Write("empty.bin", []);

        var result = WhisperTranscriber.Load(path);

        AssertFails(result, path, "is empty (0 bytes)");
    }

    [Fact]
    public void Load_RandomBytes_SaysNotGgmlAndShowsTheFirstBytes()
    {
        var bytes = new byte[4096];
        new Random(11).NextBytes(bytes);
        bytes[0] = 0x52; // "RIFF": someone passed a recording instead of the model
        bytes[1] = 0x49;
        bytes[2] = 0x46;
        bytes[3] = 0x46;
        var path = _files.Write("call.wav", bytes);

        var result = WhisperTranscriber.Load(path);

        AssertFails(result, path, "not a ggml Whisper model (first bytes 52494646 'RIFF'");
    }

    [Fact]
    public void Load_GgufFile_ExplainsTheFormatDifference()
    {
        var bytes = new byte[64];
        "GGUF"u8.CopyTo(bytes);
        var path = _files.Write("model.gguf", bytes);

        var result = WhisperTranscriber.Load(path);

        AssertFails(result, path, "this is a GGUF file");
    }

    [Fact]
    public void Load_TwoByteFile_SaysNotGgml()
    {
        var path = _files.Write("tiny.bin", [0x6c, 0x6d]);

        var result = WhisperTranscriber.Load(path);

        AssertFails(result, path, "not a ggml Whisper model (first bytes 6C6D 'lm'");
    }

    [Fact]
    public void Load_TruncatedInsideHeader_SaysTruncated()
    {
        var whole = GgmlBytes.Model(("encoder.conv1.bias", [8]));
        var path = _files.Write("ggml-cut.bin", whole[..20]);

        var result = WhisperTranscriber.Load(path);

        AssertFails(result, path, "truncated: the file ends (20 bytes) inside the header field n_audio_layer");
    }

    [Fact]
    public void Load_TruncatedInsideTensorData_NamesTheTensor()
    {
        var whole = GgmlBytes.Model(("encoder.positional_embedding", [8, 1500]));
        var path = _files.Write("ggml-cut.bin", whole[..(whole.Length - 100)]);

        var result = WhisperTranscriber.Load(path);

        AssertFails(result, path, "inside the data of tensor 'encoder.positional_embedding'");
    }

    [Fact]
    public void Load_HeaderWithoutWeights_SaysNoWeights()
    {
        var path = _files.Write("ggml-header.bin", GgmlBytes.Model());

        var result = WhisperTranscriber.Load(path);

        AssertFails(result, path, "no weights follow");
    }

    [Fact]
    public void Load_ImplausibleHeader_SaysNotWhisper()
    {
        var bytes = GgmlBytes.Model(("x", [1]));
        bytes[8] = 0xff; bytes[9] = 0xff; bytes[10] = 0xff; bytes[11] = 0x7f; // n_audio_ctx = int.MaxValue
        var path = _files.Write("odd.bin", bytes);

        var result = WhisperTranscriber.Load(path);

        AssertFails(result, path, "header field n_audio_ctx = 2147483647 is out of range");
    }

    [Fact]
    public void Load_WellFormedFileTheRuntimeRejects_ReportsTheRuntimeFailure()
    {
        // Passes the layout check (complete header, vocabulary and one tensor) but whisper.cpp knows no tensor
        // of that name: this goes through the native runtime and its load failure must come back as a value.
        var path = _files.Write("ggml-unknown.bin", GgmlBytes.Model(("not.a.whisper.tensor", [4])));

        var result = WhisperTranscriber.Load(path);

        AssertFails(result, path, "the Whisper runtime could not load it");
        Assert.Contains("unknown tensor 'not.a.whisper.tensor'", result.Error, StringComparison.Ordinal); // whisper.cpp's own reason, from its log
    }

    [Fact]
    public void Load_F32ConvolutionWeights_RefusedBeforeTheRuntimeAbortsOnThem()
    {
        var path = _files.Write("ggml-f32.bin", GgmlBytes.Model(("encoder.conv1.weight", [3, 80, 8])));

        var result = WhisperTranscriber.Load(path);

        AssertFails(result, path, "'encoder.conv1.weight' is stored as F32");
    }

    [Fact]
    public void Load_ZeroThreads_NamesTheOption()
    {
        var result = WhisperTranscriber.Load(_files.PathOf("any.bin"), new WhisperOptions { Threads = 0 });

        Assert.False(result.IsOk);
        Assert.Contains("WhisperOptions.Threads", result.Error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void CheckNativeDependencies_OpenMpMissing_NamesThePackage()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "OpenMP is checked on Linux only.");

        var problem = WhisperTranscriber.CheckNativeDependencies("libgomp-not-installed.so.1");

        Assert.Contains("apt-get install libgomp1", problem, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void CheckNativeDependencies_OpenMpInstalled_NoProblem()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "OpenMP is checked on Linux only.");

        Assert.Null(WhisperTranscriber.CheckNativeDependencies());
    }

    private static void AssertFails(SpeechLoadResult result, string path, string expected)
    {
        Assert.False(result.IsOk);
        Assert.Null(result.Transcriber);
        Assert.NotNull(result.Error);
        Assert.Contains($"'{path}'", result.Error, StringComparison.Ordinal);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }
}
