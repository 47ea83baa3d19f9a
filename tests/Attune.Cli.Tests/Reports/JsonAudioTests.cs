using System.Text.Json;
using Attune.Cli.Reports;
using Attune.Cli.Tests.TestKit;
using Json.Schema;

namespace Attune.Cli.Tests.Reports;

public class JsonAudioTests
{
    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

    private static JsonElement Audio(AnalysisReport report) => Parse(JsonReport.ToJson(report, indented: false)).GetProperty("audio");

    [Fact]
    public void ToJson_Recording_ValidAgainstThePublishedSchema()
    {
        var schema = JsonReportTests.Schema.Value;
        foreach (var report in new[] { TestRecordings.WithTranscript(), TestRecordings.AudioOnly(), TestRecordings.Mono() })
        {
            var result = schema.Evaluate(Parse(JsonReport.ToJson(report, indented: false)), new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        }
    }

    [Fact]
    public void Schema_ArousalOnAnAdvisorTurn_Rejected()
    {
        // the published schema holds the principle too: arousal is never inferred for advisors
        var root = System.Text.Json.Nodes.JsonNode.Parse(JsonReport.ToJson(TestRecordings.WithTranscript(), indented: false))!;
        var advisorTurn = root["audio"]!["turnVoice"]!.AsArray().First(t => (string?)t!["party"] == "advisor")!;
        Assert.True(JsonReportTests.Schema.Value.Evaluate(Parse(root.ToJsonString())).IsValid);
        advisorTurn["voice"]!["arousal"] = 0.9;
        Assert.False(JsonReportTests.Schema.Value.Evaluate(Parse(root.ToJsonString())).IsValid);
    }

    [Fact]
    public void ToJson_Recording_FormatChannelsAndSpeech()
    {
        var audio = Audio(TestRecordings.WithTranscript());
        var format = audio.GetProperty("format");
        Assert.Equal(TestRecordings.SampleRate, format.GetProperty("sampleRate").GetInt32());
        Assert.Equal(2, format.GetProperty("channels").GetInt32());
        Assert.Equal("pcm", format.GetProperty("encoding").GetString());
        Assert.Equal(16, format.GetProperty("bitsPerSample").GetInt32());
        Assert.InRange(audio.GetProperty("duration").GetDouble(), 27.4, 27.6);
        Assert.Equal("left", audio.GetProperty("customerChannel").GetString());
        var customer = audio.GetProperty("customer");
        Assert.Equal("left", customer.GetProperty("channel").GetString());
        Assert.Equal("right", audio.GetProperty("advisor").GetProperty("channel").GetString());
        // the customer's first utterance (0.5-4.0 s) is heard as speech
        var first = customer.GetProperty("speech")[0];
        Assert.InRange(first[0].GetDouble(), 0.3, 0.8);
        Assert.True(customer.GetProperty("speechSeconds").GetDouble() > 8);
        Assert.Equal(JsonValueKind.Number, customer.GetProperty("integratedLufs").ValueKind);
    }

    [Fact]
    public void ToJson_Recording_DynamicsWithInterruptionAndNonTalk()
    {
        var d = Audio(TestRecordings.WithTranscript()).GetProperty("dynamics");
        var interruption = d.GetProperty("overtalks").EnumerateArray().Single(o => o.GetProperty("kind").GetString() == "interruption");
        Assert.Equal("advisor", interruption.GetProperty("startedBy").GetString());
        Assert.InRange(interruption.GetProperty("start").GetDouble(), 11.2, 11.6);
        Assert.Equal(1, d.GetProperty("interruptionsByAdvisor").GetInt32());
        var silence = d.GetProperty("nonTalk").EnumerateArray().Single(s => s[0].GetDouble() > 13);
        Assert.InRange(silence[0].GetDouble(), 13.8, 14.3);
        Assert.InRange(silence[1].GetDouble(), 18.8, 19.2);
        Assert.InRange(d.GetProperty("advisorTalkRatio").GetDouble(), 0.2, 0.8);
        Assert.NotEmpty(d.GetProperty("responseLatencies").EnumerateArray());
        Assert.NotEmpty(d.GetProperty("turns").EnumerateArray());
    }

    [Fact]
    public void ToJson_Recording_CurvesCappedAndPitchForTheCustomerOnly()
    {
        var audio = Audio(TestRecordings.WithTranscript());
        var curve = audio.GetProperty("customer").GetProperty("curve");
        var times = curve.GetProperty("time").GetArrayLength();
        Assert.InRange(times, 100, VoiceCurve.MaxPoints);
        Assert.Equal(times, curve.GetProperty("pitchHz").GetArrayLength());
        Assert.Equal(times, curve.GetProperty("levelDbfs").GetArrayLength());
        // the customer's second utterance is synthesised at 240 Hz ±8%
        var pitch = curve.GetProperty("pitchHz").EnumerateArray().Zip(curve.GetProperty("time").EnumerateArray())
            .Where(p => p.First.ValueKind == JsonValueKind.Number && p.Second.GetDouble() is > 9 and < 11.5).Select(p => p.First.GetDouble()).ToList();
        Assert.NotEmpty(pitch);
        Assert.InRange(pitch.Average(), 215, 265);
        var advisor = audio.GetProperty("advisor").GetProperty("curve");
        Assert.False(advisor.TryGetProperty("pitchHz", out _));
        Assert.Equal(advisor.GetProperty("time").GetArrayLength(), advisor.GetProperty("levelDbfs").GetArrayLength());
    }

    [Fact]
    public void ToJson_Recording_TurnVoiceArousalForCustomersOnly()
    {
        var voices = Audio(TestRecordings.WithTranscript()).GetProperty("turnVoice").EnumerateArray().ToList();
        Assert.Equal(6, voices.Count);
        foreach (var v in voices)
        {
            var voice = v.GetProperty("voice");
            Assert.InRange(voice.GetProperty("loudnessScore").GetInt32(), 0, 100);
            if (v.GetProperty("party").GetString() == "advisor")
            {
                Assert.False(voice.TryGetProperty("arousal", out _));
                Assert.False(voice.TryGetProperty("pitchZ", out _));
            }
        }

        Assert.Contains(voices, v => v.GetProperty("party").GetString() == "customer" && v.GetProperty("voice").TryGetProperty("arousal", out _));
    }

    [Fact]
    public void ToJson_Mono_AdvisorChannelNull()
    {
        var audio = Audio(TestRecordings.Mono());
        Assert.Equal(1, audio.GetProperty("format").GetProperty("channels").GetInt32());
        Assert.Equal(JsonValueKind.Null, audio.GetProperty("advisor").ValueKind);
        Assert.NotEmpty(audio.GetProperty("customer").GetProperty("speech").EnumerateArray());
    }

    [Fact]
    public void ToJson_AudioOnly_NoteSaysTranscriptionSkipped()
    {
        var root = Parse(JsonReport.ToJson(TestRecordings.AudioOnly(), indented: false));
        Assert.Contains(root.GetProperty("notes").EnumerateArray(), n => n.GetString()!.StartsWith("Transcription skipped", StringComparison.Ordinal));
        Assert.Equal(JsonValueKind.Object, root.GetProperty("audio").ValueKind);
    }

    [Fact]
    public void ToJson_Transcript_EmptyNotesAndNoAudio()
    {
        var root = Parse(JsonReport.ToJson(TestReports.DoubleCharge(), indented: false));
        Assert.Equal(0, root.GetProperty("notes").GetArrayLength());
        Assert.False(root.TryGetProperty("audio", out _));
        Assert.Equal(JsonReport.Version, root.GetProperty("version").GetInt32());
    }
}
