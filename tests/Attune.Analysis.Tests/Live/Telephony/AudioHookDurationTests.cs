using Attune.Analysis.Live.Telephony;

// Namespace is not Attune.Analysis.Tests.Live.Telephony: a "Tests.Live" namespace would shadow the relative
// "Live.AnalysisSession" in Text/Detectors/Questions/QuestionDetectorTests.cs (this change adds files only).
namespace Attune.Analysis.Tests.LiveTelephony;

public class AudioHookDurationTests
{
    [Theory]
    [InlineData("PT0S", 0)]
    [InlineData("PT12.34S", 12_340)]
    [InlineData("PT0.02S", 20)]
    [InlineData("PT3600S", 3_600_000)]
    public void Parse_SecondsDuration_ReturnsTime(string text, int milliseconds)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), AudioHookDuration.Parse(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("PTS")]
    [InlineData("PT-1S")]
    [InlineData("P1D")]
    [InlineData("PT1M")]
    [InlineData("12")]
    [InlineData("PT1e9999S")]
    public void Parse_NotASecondsDuration_ReturnsNull(string? text)
    {
        Assert.Null(AudioHookDuration.Parse(text));
    }

    [Fact]
    public void Format_RoundTrips()
    {
        Assert.Equal("PT12.34S", AudioHookDuration.Format(TimeSpan.FromMilliseconds(12_340)));
        Assert.Equal("PT0S", AudioHookDuration.Format(TimeSpan.Zero));
        Assert.Equal(TimeSpan.FromMilliseconds(1_500), AudioHookDuration.Parse(AudioHookDuration.Format(TimeSpan.FromMilliseconds(1_500))));
    }
}
