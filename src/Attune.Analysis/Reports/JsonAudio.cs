using System.Text.Json;
using Attune.Analysis.Audio.Calls;
using Attune.Analysis.Audio.Dynamics;
using Attune.Analysis.Conversations;

namespace Attune.Analysis.Reports;

/// <summary>
/// The <c>audio</c> object of the JSON report (docs/output-json.md): format, per-channel measures with a
/// downsampled pitch/level curve, the conversation dynamics, and how every turn sounded. Times are rounded to
/// the millisecond and levels to 0.01 dB: finer digits are noise, and a 10-minute call stays small.
/// </summary>
public static class JsonAudio
{
    public static void Write(CallAudio audio, Conversation conversation, Utf8JsonWriter w)
    {
        w.WriteStartObject("audio");
        w.WriteStartObject("format");
        w.WriteNumber("sampleRate", audio.Format.SampleRate);
        w.WriteNumber("channels", audio.Format.Channels);
        w.WriteString("encoding", AudioFacts.Encoding(audio.Format.Encoding));
        w.WriteNumber("bitsPerSample", audio.Format.BitsPerSample);
        w.WriteEndObject();
        Seconds(w, "duration", audio.Duration);
        w.WriteString("customerChannel", AudioFacts.Side(audio.Customer));
        WriteChannel(w, "customer", audio.Customer, pitch: true);
        if (audio.Advisor is { } advisor)
        {
            // the advisor's level only: pitch curves are about how the customer sounds (PRODUCT.md principles)
            WriteChannel(w, "advisor", advisor, pitch: false);
        }
        else
        {
            w.WriteNull("advisor");
        }

        WriteDynamics(w, audio.Dynamics);
        WriteTurnVoice(w, conversation);
        w.WriteEndObject();
    }

    private static void WriteChannel(Utf8JsonWriter w, string name, ChannelAudio c, bool pitch)
    {
        w.WriteStartObject(name);
        w.WriteString("channel", AudioFacts.Side(c));
        w.WriteStartArray("speech");
        foreach (var s in c.Speech)
        {
            Pair(w, s.Start, s.End);
        }

        w.WriteEndArray();
        Seconds(w, "speechSeconds", c.SpeechSeconds);
        Decibels(w, "integratedLufs", c.IntegratedLufs);
        Decibels(w, "noiseFloorDbfs", c.NoiseFloorDbfs);
        Decibels(w, "peakDbfs", c.PeakDbfs);
        w.WriteNumber("clippedShare", Math.Round(c.ClippedShare, 6));
        w.WriteNumber("dcOffset", Math.Round(c.DcOffset, 6));
        var curve = VoiceCurve.Of(c);
        w.WriteStartObject("curve");
        Seconds(w, "step", curve.Step);
        w.WriteStartArray("time");
        foreach (var p in curve.Points)
        {
            w.WriteNumberValue(Math.Round(p.Time, 3));
        }

        w.WriteEndArray();
        if (pitch)
        {
            w.WriteStartArray("pitchHz");
            foreach (var p in curve.Points)
            {
                Value(w, p.PitchHz, 1);
            }

            w.WriteEndArray();
        }

        w.WriteStartArray("levelDbfs");
        foreach (var p in curve.Points)
        {
            Value(w, p.LevelDbfs, 2);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteDynamics(Utf8JsonWriter w, DynamicsResult d)
    {
        w.WriteStartObject("dynamics");
        Seconds(w, "customerTalkSeconds", d.CustomerTalkSeconds);
        Seconds(w, "advisorTalkSeconds", d.AdvisorTalkSeconds);
        if (d.AdvisorTalkRatio is double ratio)
        {
            w.WriteNumber("advisorTalkRatio", Math.Round(ratio, 4));
        }
        else
        {
            w.WriteNull("advisorTalkRatio");
        }

        Seconds(w, "overtalkSeconds", d.OvertalkSeconds);
        w.WriteStartArray("overtalks");
        foreach (var o in d.Overtalks)
        {
            w.WriteStartObject();
            Seconds(w, "start", o.Start);
            Seconds(w, "end", o.End);
            w.WriteString("startedBy", Party(o.StartedBy));
            w.WriteString("kind", AudioFacts.KindName(o.Kind));
            Seconds(w, "seconds", o.Seconds);
            w.WriteBoolean("simultaneous", o.Simultaneous);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteNumber("interruptionsByAdvisor", d.InterruptionsByAdvisor);
        w.WriteNumber("interruptionsByCustomer", d.InterruptionsByCustomer);
        w.WriteNumber("backchannels", d.Backchannels);
        w.WriteNumber("customerBackchannels", d.CustomerBackchannels);
        w.WriteStartArray("nonTalk");
        foreach (var s in d.NonTalk)
        {
            Pair(w, s.Start, s.End);
        }

        w.WriteEndArray();
        Seconds(w, "nonTalkSeconds", d.NonTalkSeconds);
        Seconds(w, "silenceSeconds", d.SilenceSeconds);
        if (d.LongSilenceAlertAt is double alert)
        {
            Seconds(w, "longSilenceAlertAt", alert);
        }
        else
        {
            w.WriteNull("longSilenceAlertAt");
        }

        w.WriteStartArray("monologues");
        foreach (var m in d.Monologues)
        {
            Pair(w, m.Start, m.End);
        }

        w.WriteEndArray();
        w.WriteStartArray("responseLatencies");
        foreach (var l in d.ResponseLatencies)
        {
            w.WriteStartObject();
            w.WriteString("responder", Party(l.Responder));
            Seconds(w, "from", l.From);
            Seconds(w, "to", l.To);
            w.WriteNumber("seconds", Math.Round(l.Seconds, 3));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("turns");
        foreach (var t in d.Turns)
        {
            w.WriteStartObject();
            w.WriteString("party", Party(t.Party));
            Seconds(w, "start", t.Start);
            Seconds(w, "end", t.End);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>
    /// How each turn sounded. Kept beside <c>conversation</c> rather than inside its turns, because that object stays
    /// in the Attune transcript format (which refuses unknown fields) so it can be analysed again.
    /// </summary>
    private static void WriteTurnVoice(Utf8JsonWriter w, Conversation conversation)
    {
        w.WriteStartArray("turnVoice");
        for (var i = 0; i < conversation.Turns.Count; i++)
        {
            if (conversation.Turns[i].Voice is not { } v)
            {
                continue;
            }

            w.WriteStartObject();
            w.WriteNumber("turn", i);
            w.WriteString("party", Party(conversation.Turns[i].Party));
            w.WriteStartObject("voice");
            Seconds(w, "activeSeconds", v.ActiveSeconds);
            Seconds(w, "voicedSeconds", v.VoicedSeconds);
            Optional(w, "pitchHz", v.PitchHz, 1);
            Optional(w, "pitchRangeSemitones", v.PitchRangeSemitones, 2);
            w.WriteNumber("loudnessDbfs", Math.Round(v.LoudnessDbfs, 2));
            w.WriteNumber("loudnessScore", v.LoudnessScore);
            Optional(w, "syllablesPerSecond", v.SyllablesPerSecond, 2);
            Optional(w, "wordsPerMinute", v.WordsPerMinute, 0);
            if (v.WordsPerMinute is not null)
            {
                w.WriteBoolean("rateFromWords", v.RateFromWords);
            }

            // set for customers only by the analysis (never inferred for advisors)
            Optional(w, "arousal", v.Arousal, 3);
            Optional(w, "pitchZ", v.PitchZ, 2);
            Optional(w, "rangeZ", v.RangeZ, 2);
            Optional(w, "loudnessZ", v.LoudnessZ, 2);
            Optional(w, "rateZ", v.RateZ, 2);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static string Party(Party p) => p.ToString().ToLowerInvariant();

    private static void Pair(Utf8JsonWriter w, double start, double end)
    {
        w.WriteStartArray();
        w.WriteNumberValue(Math.Round(start, 3));
        w.WriteNumberValue(Math.Round(end, 3));
        w.WriteEndArray();
    }

    private static void Seconds(Utf8JsonWriter w, string name, double value) => w.WriteNumber(name, Math.Round(value, 3));

    private static void Decibels(Utf8JsonWriter w, string name, double? value) => JsonReport.Number(w, name, value is double v && double.IsFinite(v) ? Math.Round(v, 2) : null);

    private static void Optional(Utf8JsonWriter w, string name, double? value, int digits)
    {
        if (value is double v && double.IsFinite(v))
        {
            w.WriteNumber(name, Math.Round(v, digits));
        }
    }

    private static void Value(Utf8JsonWriter w, double? value, int digits)
    {
        if (value is double v && double.IsFinite(v))
        {
            w.WriteNumberValue(Math.Round(v, digits));
        }
        else
        {
            w.WriteNullValue();
        }
    }
}
