using System.Text.Json;
using Attune.Cli.Loadtest;

namespace Attune.Cli.Tests.Loadtest;

public class ServerStatsTests
{
    [Fact]
    public void Parse_LiveStatsJson_FiguresByNameNestedIncluded()
    {
        var json = JsonDocument.Parse("""
            { "sessions": { "open": 4, "chat": 2, "voice": 2 }, "eventsPublished": 120, "uiEventsDropped": 3,
              "audioFramesReceived": 5000, "audioFramesMissing": 1, "audioFramesLate": 2, "processCpuSeconds": 12.5, "note": "x" }
            """).RootElement;

        var stats = ServerStats.Parse(json);

        Assert.Equal(3, stats.UiEventsDropped);
        Assert.Equal(5000, stats.FramesReceived);
        Assert.Equal(1, stats.FramesMissing);
        Assert.Equal(2, stats.FramesLate);
        Assert.Equal(12.5, stats.CpuSeconds);
        Assert.Equal(4, stats.Get("sessions.open"));
        Assert.Null(stats.ProtocolErrors);
    }
}
