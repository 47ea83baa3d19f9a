using System.Text.Json.Nodes;
using Attune.Analysis.Audio.Wav;

namespace Attune.Analysis.Live.Telephony;

/// <summary>
/// One AudioHook media parameter (<c>{"type":"audio","format":"PCMU"|"L16","channels":[...],"rate":8000}</c>):
/// the audio of binary frames, samples of <see cref="Channels"/> interleaved in that order. <c>external</c> is the
/// customer, <c>internal</c> the advisor.
/// </summary>
public sealed record AudioHookMedia(string Type, string Format, IReadOnlyList<string> Channels, int Rate)
{
    public const string External = "external";

    public const string Internal = "internal";

    /// <summary>The decoder format, or null when Attune does not accept this offer (only PCMU/L16 audio at 8 kHz, 1–2 known channels).</summary>
    public AudioFormat? ToAudioFormat()
    {
        if (Type != "audio" || Rate != 8000 || Channels.Count is < 1 or > 2 || Channels.Distinct(StringComparer.Ordinal).Count() != Channels.Count)
        {
            return null;
        }

        foreach (var channel in Channels)
        {
            if (channel is not (External or Internal))
            {
                return null;
            }
        }

        // PCMU = G.711 µ-law (RFC 3551 §4.5.14); L16 here is 16-bit signed little-endian, as the Genesys reference
        // server reads it (purecloudlabs/audiohook-reference-implementation, audio/audioframe.ts: Int16Array view).
        return Format switch
        {
            "PCMU" => new AudioFormat(8000, Channels.Count, AudioEncoding.MuLaw, 8),
            "L16" => AudioFormat.Pcm16(8000, Channels.Count),
            _ => null,
        };
    }

    public JsonObject ToJson()
    {
        var channels = new JsonArray();
        foreach (var channel in Channels)
        {
            channels.Add(channel);
        }

        return new JsonObject { ["type"] = Type, ["format"] = Format, ["channels"] = channels, ["rate"] = Rate };
    }
}
