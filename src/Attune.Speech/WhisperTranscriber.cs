using System.Runtime.InteropServices;
using Attune.Analysis.Audio.Transcription;
using Attune.Analysis.Conversations;
using Whisper.net;
using Whisper.net.Logger;

namespace Attune.Speech;

/// <summary>
/// <see cref="ISpeechTranscriber"/> on OpenAI Whisper through whisper.cpp (Whisper.net bindings). Create with
/// <see cref="Load"/>; one model load serves many calls, which run one at a time (a whisper.cpp state is not
/// shareable). Input must be 16 kHz mono float; convert with Attune.Analysis.Audio.Resampling.Resampler.
/// </summary>
public sealed class WhisperTranscriber : ISpeechTranscriber, IDisposable
{
    /// <summary>The sample rate Whisper models are trained on.</summary>
    public const int SampleRate = 16_000;

    private readonly WhisperFactory _factory;
    private readonly WhisperProcessor _processor;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly WhisperOptions _options;
    private bool _disposed;

    private WhisperTranscriber(string modelPath, WhisperFactory factory, WhisperProcessor processor, WhisperOptions options)
    {
        ModelPath = modelPath;
        _factory = factory;
        _processor = processor;
        _options = options;
    }

    public string ModelPath { get; }

    /// <summary>
    /// Load a ggml Whisper model (e.g. ggml-base.en.bin). The file is checked first (exists, ggml magic, complete
    /// layout), then the native runtime loads it; every expected failure comes back as an error naming the file.
    /// </summary>
    public static SpeechLoadResult Load(string modelPath, WhisperOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(modelPath);
        var o = options ?? new WhisperOptions();
        var prefix = $"Whisper model '{modelPath}': ";
        if (o.Threads < 1)
        {
            return SpeechLoadResult.Fail($"WhisperOptions.Threads must be at least 1, got {o.Threads}.");
        }

        if (string.IsNullOrWhiteSpace(o.Language))
        {
            return SpeechLoadResult.Fail("WhisperOptions.Language must be a language code such as \"en\" or \"auto\".");
        }

        var problem = GgmlModelFile.Check(modelPath);
        if (problem is not null)
        {
            return SpeechLoadResult.Fail(prefix + problem + ".");
        }

        var runtimeProblem = CheckNativeDependencies();
        if (runtimeProblem is not null)
        {
            return SpeechLoadResult.Fail(prefix + runtimeProblem);
        }

        // whisper.cpp says why a load failed only in its log ("unknown tensor …", "tensor has wrong size"): keep
        // those lines for the error. The log hook is process-wide, so a concurrent load may add its lines too.
        var nativeErrors = new List<string>();
        using var logHook = LogProvider.AddLogger((level, message) =>
        {
            if (level is WhisperLogLevel.Error or WhisperLogLevel.Warning && !string.IsNullOrWhiteSpace(message))
            {
                lock (nativeErrors)
                {
                    nativeErrors.Add(message.Trim());
                }
            }
        });
        WhisperFactory? factory = null;
        try
        {
            factory = WhisperFactory.FromPath(modelPath);
            if (o.Language != "auto" && !WhisperFactory.GetSupportedLanguages().Contains(o.Language, StringComparer.Ordinal))
            {
                // whisper.cpp would accept an unknown code and silently transcribe nothing.
                factory.Dispose();
                return SpeechLoadResult.Fail($"WhisperOptions.Language '{o.Language}' is not a Whisper language code (e.g. en, de, fr, es, or auto).");
            }

            var builder = factory.CreateBuilder()
                .WithThreads(o.Threads)
                .WithNoContext();
            builder = o.Language == "auto" ? builder.WithLanguageDetection() : builder.WithLanguage(o.Language);
            if (o.WordTimestamps)
            {
                builder = builder.WithTokenTimestamps();
            }

            if (!string.IsNullOrEmpty(o.Prompt))
            {
                builder = builder.WithPrompt(o.Prompt);
            }

            // The model is only really loaded here (Build), so this is where a bad file or runtime shows.
            var processor = builder.Build();
            return SpeechLoadResult.Ok(new WhisperTranscriber(modelPath, factory, processor, o));
        }
        catch (WhisperModelLoadException e)
        {
            factory?.Dispose();
            string detail;
            lock (nativeErrors)
            {
                detail = nativeErrors.Count == 0 ? e.Message : e.Message + " " + string.Join("; ", nativeErrors.TakeLast(3));
            }

            return SpeechLoadResult.Fail(prefix + "the Whisper runtime could not load it (" + detail + "). Is it a whisper.cpp ggml model of a version this runtime reads?");
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException or FileNotFoundException
                                      || e.Message.Contains("native", StringComparison.OrdinalIgnoreCase))
        {
            factory?.Dispose();
            return SpeechLoadResult.Fail(prefix + "the native Whisper runtime (Whisper.net.Runtime, libwhisper) could not be loaded: " + e.Message);
        }
    }

    /// <summary>
    /// whisper.cpp's CPU backend links OpenMP; without libgomp the native load fails with an unhelpful message,
    /// so name the package instead.
    /// </summary>
    internal static string? CheckNativeDependencies(string openMpLibrary = "libgomp.so.1")
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        if (NativeLibrary.TryLoad(openMpLibrary, out var handle))
        {
            NativeLibrary.Free(handle);
            return null;
        }

        return $"the native Whisper runtime needs OpenMP ({openMpLibrary}), which is not installed (Debian/Ubuntu: apt-get install libgomp1).";
    }

    public async Task<IReadOnlyList<TranscribedSegment>> TranscribeAsync(ReadOnlyMemory<float> samples16kMono, double offsetSeconds, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var segments = new List<TranscribedSegment>();
        if (samples16kMono.IsEmpty)
        {
            return segments;
        }

        var audioEnd = offsetSeconds + samples16kMono.Length / (double)SampleRate;
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await foreach (var segment in _processor.ProcessAsync(samples16kMono, ct).ConfigureAwait(false))
            {
                var text = segment.Text.Trim();
                if (text.Length == 0)
                {
                    continue;
                }

                // Whisper decodes 30 s windows and may stamp a segment past the end of shorter audio: keep times
                // inside the samples given.
                var start = Math.Clamp(offsetSeconds + segment.Start.TotalSeconds, offsetSeconds, audioEnd);
                var end = Math.Clamp(offsetSeconds + segment.End.TotalSeconds, start, audioEnd);
                IReadOnlyList<Word> words = _options.WordTimestamps ? WhisperWords.From(segment.Tokens, start, end, offsetSeconds) : [];
                segments.Add(new TranscribedSegment(start, end, text, words));
            }
        }
        finally
        {
            _gate.Release();
        }

        return segments;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _processor.Dispose();
        _factory.Dispose();
        _gate.Dispose();
    }
}
