using Attune.Analysis.Audio.Calls;
using Attune.Analysis.Audio.Dynamics;
using Attune.Analysis.Audio.Wav;
using Attune.Analysis.Conversations;

namespace Attune.Analysis.Reports;

/// <summary>Figures about a recording shared by the console and HTML reports, so both say the same thing.</summary>
public static class AudioFacts
{
    public static string Side(ChannelAudio channel) => channel.ChannelIndex == 0 ? "left" : "right";

    public static string Encoding(AudioEncoding e) => e switch
    {
        AudioEncoding.Pcm => "pcm",
        AudioEncoding.IeeeFloat => "ieee_float",
        AudioEncoding.ALaw => "alaw",
        AudioEncoding.MuLaw => "mulaw",
        _ => e.ToString().ToLowerInvariant(),
    };

    /// <summary>Median response latency over every change of speaker, in seconds; null without any.</summary>
    public static double? MedianLatency(DynamicsResult d, Party? responder = null)
    {
        var values = d.ResponseLatencies.Where(l => responder is null || l.Responder == responder).Select(l => l.Seconds).Order().ToList();
        if (values.Count == 0)
        {
            return null;
        }

        var mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    public static string KindName(OvertalkKind kind) => kind switch
    {
        OvertalkKind.Interruption => "interruption",
        OvertalkKind.Backchannel => "backchannel",
        _ => "overlap",
    };

    /// <summary>"1 interruption by the advisor, 2 backchannels by the advisor" style summary of the overtalk events.</summary>
    public static string OvertalkBreakdown(DynamicsResult d)
    {
        var parts = new List<string>
        {
            $"interruptions {d.InterruptionsByAdvisor} by the advisor, {d.InterruptionsByCustomer} by the customer",
            $"backchannels {d.Backchannels} by the advisor" + (d.CustomerBackchannels > 0 ? $", {d.CustomerBackchannels} by the customer" : ""),
        };
        var overlaps = d.Overtalks.Count(o => o.Kind == OvertalkKind.Overlap);
        if (overlaps > 0)
        {
            parts.Add(Count(overlaps, "other overlap"));
        }

        return string.Join(" · ", parts);
    }

    public static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";

    /// <summary>Seconds as "4.2 s" under a minute, else m:ss.</summary>
    public static string Seconds(double s) => s < 60
        ? s.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " s"
        : Time.Format(s);

    /// <summary>Arousal level band for colours and words: low under 0.35, high from 0.65.</summary>
    public static string Band(double arousal) => Attune.Analysis.Text.Detectors.VoiceArousal.VoiceArousalDetector.Label(arousal);

    /// <summary>The cues behind a customer turn's arousal, as z-scores against the caller's own baseline.</summary>
    /// <param name="compact">"pitch +0.5 range −0.7 …" (the caller says σ once) rather than "pitch +0.5 σ, pitch range −0.7 σ, …".</param>
    public static string Cues(TurnVoice v, bool compact = false)
    {
        var cues = new List<string>();
        void Add(string name, string shortName, double? z)
        {
            if (z is double x)
            {
                var value = x.ToString("+0.0;−0.0;0.0", System.Globalization.CultureInfo.InvariantCulture);
                cues.Add(compact ? $"{shortName} {value}" : $"{name} {value} σ");
            }
        }

        Add("pitch", "pitch", v.PitchZ);
        Add("pitch range", "range", v.RangeZ);
        Add("loudness", "loud", v.LoudnessZ);
        Add("rate", "rate", v.RateZ);
        return cues.Count == 0 ? "no cues measurable" : string.Join(compact ? " " : ", ", cues);
    }
}
