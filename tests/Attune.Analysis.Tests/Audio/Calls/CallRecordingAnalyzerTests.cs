using Attune.Analysis.Audio.Calls;
using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Tests.TestKit;
using Xunit.Abstractions;

namespace Attune.Analysis.Tests.Audio.Calls;

public class CallRecordingAnalyzerTests(ITestOutputHelper output)
{
    private static SyntheticCall Sample() => SyntheticCall.Build(SyntheticCall.SharedCacheDir, SyntheticCall.SampleSpec());

    /// <summary>The call's script as a transcript: one turn per utterance (backchannels included), with or without times.</summary>
    private static Conversation Transcript(SyntheticCall call, bool withTimes) => new()
    {
        Channel = Channel.Voice,
        Turns = call.Truth.Utterances.OrderBy(u => u.Start).Select(u => new Turn
        {
            Party = u.Party,
            Text = u.Utterance.Text,
            Start = withTimes ? Math.Round(u.Start) : null, // transcripts round times: alignment snaps them back
            End = withTimes ? Math.Round(u.End) : null,
        }).ToList(),
    };

    [Fact]
    public void AnalyzeFile_NoTranscript_AnalysesTheVoiceAndSaysTranscriptionWasSkipped()
    {
        var analysis = CallRecordingAnalyzer.AnalyzeFile(Sample().PcmPath);
        Assert.True(analysis.Success);
        var result = analysis.Value;
        Assert.NotNull(result.Audio);
        Assert.Contains(result.Notes, n => n.Contains("Transcription skipped", StringComparison.Ordinal) && n.Contains("--whisper-model", StringComparison.Ordinal));
        Assert.All(result.Conversation.Turns, t => Assert.Equal("", t.Text));
        Assert.Contains(result.Findings, f => f.Signal == Signals.ListeningInterruption && f.Start is not null && f.End is not null);
        Assert.Contains(result.Findings, f => f.Signal == Signals.SilenceNonTalk && f.Label != "total");
        Assert.Contains(result.Findings, f => f.Signal == Signals.CustomerArousal);
    }

    [Fact]
    public void AnalyzeFile_WithTranscript_ArousalOnlyOnCustomerTurnsAndFusedIntoEmotion()
    {
        var call = Sample();
        var analysis = CallRecordingAnalyzer.AnalyzeFile(call.PcmPath, Transcript(call, withTimes: true));
        Assert.True(analysis.Success);
        var result = analysis.Value;
        var arousal = result.Of(Signals.CustomerArousal).ToList();
        Assert.NotEmpty(arousal);
        Assert.All(arousal, f => Assert.Equal(Party.Customer, f.Party));
        Assert.All(result.Conversation.Turns.Where(t => t.Party == Party.Advisor), t => Assert.Null(t.Voice?.Arousal));
        Assert.All(result.Of(Signals.CustomerEmotion), f => Assert.Contains("Voice", f.Detail, StringComparison.OrdinalIgnoreCase));
        foreach (var f in arousal)
        {
            output.WriteLine($"{f.Value:0.00} {result.Conversation.Turns[f.Turn].Text}");
        }

        // The escalation ("This is the third time this month…", louder, higher, faster) is the most aroused turn.
        var top = arousal.MaxBy(f => f.Value)!;
        Assert.StartsWith("This is the third time", result.Conversation.Turns[top.Turn].Text, StringComparison.Ordinal);
        Assert.Contains(result.Findings, f => f.Signal == Signals.ApologySympathy || f.Signal == Signals.EmpathyStatement);
    }

    [Fact]
    public void AnalyzeFile_TranscriptWithRoundedTimes_SnapsBoundariesToTheVoice()
    {
        var call = Sample();
        var result = CallRecordingAnalyzer.AnalyzeFile(call.PcmPath, Transcript(call, withTimes: true)).Value!;
        var truth = call.Truth.Utterances.OrderBy(u => u.Start).ToList();
        var snapped = 0;
        for (var i = 0; i < truth.Count; i++)
        {
            var turn = result.Conversation.Turns[i];
            if (Math.Abs(turn.Start!.Value - truth[i].Start) <= 0.05)
            {
                snapped++;
            }
        }

        Assert.True(snapped >= truth.Count * 0.6, $"{snapped} of {truth.Count} turn starts within 50 ms");
    }

    [Fact]
    public void AnalyzeFile_TranscriptWithoutTimes_LaysTurnsOntoHeardTurns()
    {
        var call = Sample();
        var result = CallRecordingAnalyzer.AnalyzeFile(call.PcmPath, Transcript(call, withTimes: false)).Value!;
        Assert.All(result.Conversation.Turns, t => Assert.NotNull(t.Start));
        var escalation = result.Conversation.Turns.First(t => t.Text.StartsWith("This is the third time", StringComparison.Ordinal));
        var truth = call.Truth.Utterances.First(u => u.Utterance.Text.StartsWith("This is the third time", StringComparison.Ordinal));
        Assert.InRange(escalation.Start!.Value, truth.Start - 1.0, truth.Start + 1.0);
    }

    [Fact]
    public void AnalyzeFile_NotAWav_FailsWithByteOffset()
    {
        var path = Path.Combine(Path.GetTempPath(), $"attune-not-a-wav-{Guid.NewGuid():N}.wav");
        File.WriteAllText(path, "Customer: hello\nAdvisor: hi\n");
        try
        {
            var analysis = CallRecordingAnalyzer.AnalyzeFile(path);
            Assert.False(analysis.Success);
            Assert.Contains(path, analysis.Error.ToString(), StringComparison.Ordinal);
            Assert.NotNull(analysis.Error.ByteOffset);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AnalyzeFile_MissingFile_FailsNamingIt()
    {
        var analysis = CallRecordingAnalyzer.AnalyzeFile("/nonexistent/call.wav");
        Assert.False(analysis.Success);
        Assert.Contains("/nonexistent/call.wav", analysis.Error.ToString(), StringComparison.Ordinal);
    }
}
