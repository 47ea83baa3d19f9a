using Attune.Analysis.Audio.Calls;
using Attune.Analysis.Audio.Wav;
using Attune.Analysis.Conversations;

namespace Attune.Analysis.Audio.Transcription;

/// <summary>
/// Speech-to-text for a call recording: each channel at 16 kHz (<see cref="SpeechInput"/>, band-limited resampling),
/// transcribed turn by turn — the turns voice activity heard on that party's channel, with a little margin — so the
/// recogniser never sees long silences (where Whisper is known to invent text) and every word lands on the right
/// party. Turns longer than <see cref="MaxChunkSeconds"/> go in pieces (Whisper's window is 30 s).
/// </summary>
public static class RecordingTranscriber
{
    /// <summary>Longest piece given to the recogniser at once, seconds.</summary>
    public const double MaxChunkSeconds = 28;

    /// <summary>Audio kept before and after each heard turn, seconds (voice activity trims soft word edges).</summary>
    public const double MarginSeconds = 0.25;

    public static TranscriptionOutcome Transcribe(string path, CallAudio audio, ISpeechTranscriber transcriber, string label, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(audio);
        ArgumentNullException.ThrowIfNull(transcriber);
        using var stream = File.OpenRead(path);
        var opened = WavReader.Open(stream, path);
        if (!opened.Success)
        {
            return new TranscriptionOutcome(null, $"Transcription skipped: {opened.Error}");
        }

        float[][] channels;
        using (var reader = opened.Value)
        {
            channels = SpeechInput.ReadChannels(reader);
        }

        const int rate = SpeechInput.SampleRate;
        var turns = new List<Turn>();
        var words = 0;
        foreach (var heard in audio.Dynamics.Turns)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var channel = heard.Party == Party.Customer || audio.Advisor is null ? audio.Customer.ChannelIndex : audio.Advisor.ChannelIndex;
            var samples = channels[Math.Min(channel, channels.Length - 1)];
            var from = Math.Max(0, heard.Start - MarginSeconds);
            var to = Math.Min(samples.Length / (double)rate, heard.End + MarginSeconds);
            var texts = new List<string>();
            var turnWords = new List<Word>();
            for (var chunk = from; chunk < to; chunk += MaxChunkSeconds)
            {
                var first = (int)(chunk * rate);
                var last = (int)(Math.Min(to, chunk + MaxChunkSeconds) * rate);
                if (last <= first)
                {
                    break;
                }

                var segments = transcriber.TranscribeAsync(samples.AsMemory(first, last - first), first / (double)rate, cancellationToken)
                    .GetAwaiter().GetResult();
                foreach (var s in segments)
                {
                    texts.Add(s.Text);
                    turnWords.AddRange(s.Words);
                }
            }

            words += turnWords.Count;
            turns.Add(new Turn { Party = heard.Party, Text = string.Join(' ', texts), Start = heard.Start, End = heard.End, Words = turnWords });
        }

        return new TranscriptionOutcome(turns, $"Transcribed by speech-to-text ({label}): {turns.Count} turns, {words} words with timings.");
    }
}
