namespace Attune.Analysis.Audio.Wav;

/// <summary>How samples are coded in a WAV data chunk or a headerless stream.</summary>
public enum AudioEncoding
{
    /// <summary>Linear PCM: 8-bit unsigned (offset 128), 16/24/32-bit signed little-endian (WAVE_FORMAT_PCM, 0x0001).</summary>
    Pcm,

    /// <summary>IEEE 754 float, 32 or 64 bit little-endian (WAVE_FORMAT_IEEE_FLOAT, 0x0003).</summary>
    IeeeFloat,

    /// <summary>ITU-T G.711 A-law, 8 bit (WAVE_FORMAT_ALAW, 0x0006).</summary>
    ALaw,

    /// <summary>ITU-T G.711 µ-law, 8 bit (WAVE_FORMAT_MULAW, 0x0007).</summary>
    MuLaw,
}
