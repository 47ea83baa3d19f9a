namespace Attune.Cli.Loadtest;

/// <summary>Everything a load test measured (printed as a table, written with --json). Absent server figures are null.</summary>
public sealed record LoadtestResult
{
    public required string Server { get; init; }

    public required string Machine { get; init; }

    public required string LoadBefore { get; init; }

    public required string LoadAfter { get; init; }

    public required string AudioSource { get; init; }

    public required int Calls { get; init; }

    public required int Chats { get; init; }

    public required double DurationSeconds { get; init; }

    public required double RampSeconds { get; init; }

    public required int CallsConnected { get; init; }

    public required int ChatsStarted { get; init; }

    public required int HubConnections { get; init; }

    public required long ChatTurnsSent { get; init; }

    public required long ChatTurnsAnswered { get; init; }

    public required long EventsReceived { get; init; }

    public required IReadOnlyDictionary<string, long> EventsByType { get; init; }

    public required LatencySummary Latency { get; init; }

    public required LatencySummary ChatLatency { get; init; }

    public required LatencySummary CallLatency { get; init; }

    /// <summary>Latencies of triggers sent before the measured window (ramp, a cold server's first turns): not in the figures.</summary>
    public LatencySummary? BeforeWindowLatency { get; init; }

    public required long EventsUnmatched { get; init; }

    public required IReadOnlyDictionary<string, long> UnmatchedByType { get; init; }

    public required long EventsOutsideWindow { get; init; }

    public required long SeqGaps { get; init; }

    public double? UiEventsDropped { get; init; }

    public double? ServerFramesReceived { get; init; }

    public double? ServerFramesMissing { get; init; }

    public double? ServerFramesLate { get; init; }

    public double? ServerProtocolErrors { get; init; }

    /// <summary>Frames per track the generator sent (both tracks: twice as many media messages).</summary>
    public required long FramesSent { get; init; }

    public required long FramesLateAtGenerator { get; init; }

    public required double GeneratorLatenessP99Ms { get; init; }

    public required double GeneratorLatenessMaxMs { get; init; }

    public double? ServerCpuPercentOfCore { get; init; }

    public double? ServerCpuPercentOfMachine { get; init; }

    public long? ServerPeakRssBytes { get; init; }

    public required double GeneratorCpuPercentOfCore { get; init; }

    public required long Errors { get; init; }

    public required IReadOnlyDictionary<string, long> ErrorsByKind { get; init; }

    public required IReadOnlyList<string> ErrorSamples { get; init; }

    /// <summary>Frames the server never got in time (missing + late) — "dropped audio frames"; null without server stats.</summary>
    public double? DroppedFrames => ServerFramesMissing is null && ServerFramesLate is null ? null : (ServerFramesMissing ?? 0) + (ServerFramesLate ?? 0);

    /// <summary>
    /// The generator kept real-time pace: at most 0.1 % of the window's frames went out more than 40 ms late (a busy
    /// machine delays a tick now and then; the frames catch up). Otherwise the server was not loaded as planned.
    /// </summary>
    public bool GeneratorKeptPace => FramesLateAtGenerator <= FramesInWindow / 1000;

    /// <summary>Frames per track due in the measured window (calls × 50 per second).</summary>
    public long FramesInWindow => (long)(CallsConnected * 50 * DurationSeconds);

    /// <summary>The bar: p99 ≤ 250 ms, no dropped audio frames, every session up, no errors, the generator on pace.</summary>
    public bool Holds => Latency.Count > 0 && Latency.P99 <= 250 && (DroppedFrames ?? 0) == 0 && GeneratorKeptPace
        && CallsConnected == Calls && ChatsStarted == Chats && Errors == 0;
}
