namespace Attune.Analysis.Live.Telephony;

/// <summary>
/// <c>start.mediaFormat</c>: Twilio documents it as always <c>audio/x-mulaw</c>, 8000 Hz, 1 channel.
/// </summary>
public sealed record TwilioMediaFormat(string Encoding, int SampleRate, int Channels)
{
    public const string MuLaw = "audio/x-mulaw";

    /// <summary>Why Attune cannot decode this format, or null when it can.</summary>
    public string? Problem() =>
        !string.Equals(Encoding, MuLaw, StringComparison.OrdinalIgnoreCase) ? $"media encoding '{Encoding}' is not supported; expected {MuLaw}"
        : SampleRate != 8000 ? $"sample rate {SampleRate} Hz is not supported; expected 8000"
        : Channels != 1 ? $"{Channels} channels per track are not supported; expected 1"
        : null;
}
