namespace Attune.Analysis.Audio.Wav;

/// <summary>
/// The sample format of a WAV data chunk or a headerless stream. Attune accepts 8–48 kHz, one or two
/// channels (issue 3: contact-centre recordings and telephony streams), and the encodings of <see cref="AudioEncoding"/>.
/// </summary>
public sealed record AudioFormat(int SampleRate, int Channels, AudioEncoding Encoding, int BitsPerSample)
{
    public const int MinSampleRate = 8_000;

    public const int MaxSampleRate = 48_000;

    /// <summary>Bytes per frame (one sample for every channel).</summary>
    public int BlockAlign => Channels * (BitsPerSample / 8);

    /// <summary>Raw G.711 µ-law at 8 kHz, mono: what Twilio Media Streams send.</summary>
    public static AudioFormat MuLaw8kMono { get; } = new(8_000, 1, AudioEncoding.MuLaw, 8);

    /// <summary>Raw G.711 A-law at 8 kHz, mono.</summary>
    public static AudioFormat ALaw8kMono { get; } = new(8_000, 1, AudioEncoding.ALaw, 8);

    /// <summary>Raw 16-bit little-endian signed PCM.</summary>
    public static AudioFormat Pcm16(int sampleRate, int channels) => new(sampleRate, channels, AudioEncoding.Pcm, 16);

    /// <summary>Why this format cannot be decoded, or null when it can.</summary>
    public string? Problem()
    {
        if (Channels is < 1 or > 2)
        {
            return $"{Channels} channels are not supported; expected 1 (mono) or 2 (stereo)";
        }

        if (SampleRate is < MinSampleRate or > MaxSampleRate)
        {
            return $"sample rate {SampleRate} Hz is not supported; expected {MinSampleRate}–{MaxSampleRate} Hz";
        }

        var bitsOk = Encoding switch
        {
            AudioEncoding.Pcm => BitsPerSample is 8 or 16 or 24 or 32,
            AudioEncoding.IeeeFloat => BitsPerSample is 32 or 64,
            _ => BitsPerSample == 8,
        };
        if (!bitsOk)
        {
            var expected = Encoding switch
            {
                AudioEncoding.Pcm => "8, 16, 24 or 32",
                AudioEncoding.IeeeFloat => "32 or 64",
                _ => "8",
            };
            return $"{BitsPerSample} bits per sample is not supported for {Describe(Encoding)}; expected {expected}";
        }

        return null;
    }

    public override string ToString() => $"{Describe(Encoding)} {BitsPerSample}-bit, {SampleRate} Hz, {(Channels == 1 ? "mono" : Channels == 2 ? "stereo" : Channels + " channels")}";

    internal static string Describe(AudioEncoding encoding) => encoding switch
    {
        AudioEncoding.Pcm => "PCM",
        AudioEncoding.IeeeFloat => "IEEE float",
        AudioEncoding.ALaw => "A-law",
        AudioEncoding.MuLaw => "µ-law",
        _ => encoding.ToString(),
    };
}
