using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Live;
using Attune.Analysis.Live.Nudges;
using Attune.Web.Live.Alerts;
using Attune.Web.Live.Events;

namespace Attune.Web.Live;

/// <summary>
/// One live interaction: its <see cref="AnalysisSession"/> (findings turn by turn), the nudge generator and policy fed
/// with those findings, and the turns as received (unredacted, in memory only) so that ending it can store it through
/// the batch path. Callers hold <see cref="Gate"/> while using the analysis, the nudges or the policy.
/// <para>
/// It also keeps what a watcher's snapshot needs, from the events published for it (<see cref="LiveFeed.Publish"/>):
/// the last <see cref="MaxSnapshotEvents"/> turns, findings, nudges and alerts and the last <see cref="MaxSnapshotEmotions"/>
/// emotions, guarded by <see cref="FeedGate"/> (taken inside <see cref="Gate"/> when both are needed, never the other way).
/// </para>
/// </summary>
public sealed class LiveSession
{
    public const int MaxSnapshotEvents = 500;
    public const int MaxSnapshotEmotions = 200;

    private readonly List<Turn> _turns = [];
    private readonly Queue<LiveTurnEvent> _turnEvents = new();
    private readonly Queue<LiveFindingsEvent> _findingEvents = new();
    private readonly Queue<LiveNudgeEvent> _nudgeEvents = new();
    private readonly Queue<LiveEmotionEvent> _emotionEvents = new();
    private readonly Queue<LiveAlertEvent> _alertEvents = new();
    private readonly HashSet<string> _mutedKinds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LivePartialEvent> _partials = new(StringComparer.Ordinal);
    private bool _allMuted;
    private long _seq;
    private int _turnCount;
    private int _nudgeCount;
    private int _alertCount;
    private LiveEmotionEvent? _latestEmotion;
    private int _risk;
    private string _trend = "steady";
    private LiveAlertEvent? _latestAlert;

    /// <summary>Tile throttling state, owned by <see cref="LiveFeed"/>.</summary>
    internal int TilePending;

    internal long LastTileTicks = long.MinValue / 2;

    internal LiveSession(string id, LiveMetadata metadata, Channel channel, AnalysisSession analysis, DateTimeOffset startedAt, AlertRuleSet alertRules, string source = "rest")
    {
        RiskTracker = new LiveRiskTracker(alertRules);
        Id = id;
        Metadata = metadata;
        Channel = channel;
        Analysis = analysis;
        StartedAt = startedAt;
        LastActivity = startedAt;
        Source = source;
        Nudges = new NudgeGenerator(id);
    }

    public string Id { get; }

    public LiveMetadata Metadata { get; }

    public Channel Channel { get; }

    /// <summary>How it arrived: "rest", "hub", "twilio" or "audiohook".</summary>
    public string Source { get; }

    public AnalysisSession Analysis { get; }

    public NudgeGenerator Nudges { get; }

    public NudgePolicy Policy { get; } = new();

    public DateTimeOffset StartedAt { get; }

    public DateTimeOffset LastActivity { get; internal set; }

    /// <summary>True once ended (stored or being stored): no more turns.</summary>
    public bool Ended { get; internal set; }

    /// <summary>True once the <c>ended</c> event was published: nobody can watch it any more.</summary>
    internal bool Closed { get; set; }

    public object Gate { get; } = new();

    /// <summary>The alert rules' state and the risk for the wall (callers hold <see cref="Gate"/>; see <see cref="LiveRiskTracker"/>).</summary>
    public LiveRiskTracker RiskTracker { get; }

    /// <summary>
    /// How ending stores the session; null = its transcript through <see cref="Ingest.InteractionIngestor.IngestAsync"/>.
    /// An audio session sets one that stores its recording (<see cref="Ingest.InteractionIngestor.IngestRecordingAsync"/>
    /// with the transcript turns, incomplete flag and notes of the <see cref="LiveEnding"/>).
    /// </summary>
    public Func<LiveEnding, CancellationToken, Task<Ingest.IngestResult?>>? Store { get; set; }

    /// <summary>Guards the snapshot lists and the sequence numbers (see the class remarks).</summary>
    public object FeedGate { get; } = new();

    public IReadOnlyList<Turn> Turns => _turns;

    /// <summary>The advisor id the store files the interaction under (id, else name), for scope checks.</summary>
    public string? ScopeAdvisorId => Metadata.AdvisorId ?? Metadata.AdvisorName;

    /// <summary>Seconds since the session started at <paramref name="now"/> (never negative).</summary>
    public double Elapsed(DateTimeOffset now) => Math.Max(0, (now - StartedAt).TotalSeconds);

    /// <summary>Whether an emotion label is a negative one (frustration, distress, anxiety, confusion: BEHAVIOURS.md customer.emotion).</summary>
    public static bool IsNegativeEmotion(string? label) => LiveRiskTracker.IsNegativeEmotion(label);

    /// <summary>Analyses a final turn at <paramref name="time"/> seconds into the interaction; returns its findings and the nudges to show.</summary>
    internal (IReadOnlyList<Finding> Findings, IReadOnlyList<Nudge> Nudges) Add(Turn turn, double time)
    {
        _turns.Add(turn);
        var findings = Analysis.AddTurn(turn);
        var candidates = Nudges.FromFindings(Analysis.Context, findings, time);
        return (findings, Policy.Offer(candidates));
    }

    /// <summary>The next sequence number (callers hold <see cref="FeedGate"/>).</summary>
    internal long NextSeq() => ++_seq;

    /// <summary>Keeps an event for snapshots and the tile (callers hold <see cref="FeedGate"/>).</summary>
    internal void Remember(LiveEvent e)
    {
        switch (e)
        {
            case LivePartialEvent p:
                _partials[p.Party] = p;
                break;
            case LiveTurnEvent t:
                _partials.Remove(t.Party);
                _turnCount++;
                Keep(_turnEvents, t, MaxSnapshotEvents);
                break;
            case LiveFindingsEvent f:
                Keep(_findingEvents, f, MaxSnapshotEvents);
                break;
            case LiveNudgeEvent n:
                _nudgeCount++;
                Keep(_nudgeEvents, n, MaxSnapshotEvents);
                break;
            case LiveEmotionEvent m:
                _latestEmotion = m;
                Keep(_emotionEvents, m, MaxSnapshotEmotions);
                break;
            case LiveAlertEvent a:
                _alertCount++;
                _latestAlert = a;
                Keep(_alertEvents, a, MaxSnapshotEvents);
                break;
            case LiveMuteEvent mute when mute.Kind is null:
                _allMuted = mute.Muted;
                break;
            case LiveMuteEvent mute when mute.Muted:
                _mutedKinds.Add(mute.Kind!);
                break;
            case LiveMuteEvent mute:
                _mutedKinds.Remove(mute.Kind!);
                break;
        }
    }

    /// <summary>
    /// The session's risk (0..100) and the trend of the customer's negative emotion, as <see cref="RiskTracker"/> last
    /// computed them (<see cref="UpdateRisk"/>): the tile can be built from any thread without the session's lock.
    /// </summary>
    public (int Risk, string Trend) Risk()
    {
        lock (FeedGate)
        {
            return (_risk, _trend);
        }
    }

    /// <summary>Takes the tracker's current risk and trend for the tiles (callers hold <see cref="Gate"/>).</summary>
    internal void UpdateRisk()
    {
        var risk = RiskTracker.Risk;
        var trend = RiskTracker.Trend switch { RiskTrend.Rising => "rising", RiskTrend.Falling => "falling", _ => "steady" };
        lock (FeedGate)
        {
            _risk = risk;
            _trend = trend;
        }
    }

    /// <summary>The session as a wall tile at <paramref name="now"/>.</summary>
    public LiveTile Tile(DateTimeOffset now)
    {
        lock (FeedGate)
        {
            var (risk, trend) = Risk();
            return new LiveTile
            {
                SessionId = Id,
                AdvisorId = Metadata.AdvisorId,
                AdvisorName = Metadata.AdvisorName,
                Team = Metadata.Team,
                CustomerId = Metadata.CustomerId,
                CustomerName = Metadata.CustomerName,
                Queue = Metadata.Queue,
                Channel = Channel == Channel.Voice ? "voice" : "chat",
                Source = Source,
                StartedAt = StartedAt,
                DurationSeconds = Math.Round(Elapsed(now), 1),
                Turns = _turnCount,
                CustomerEmotion = _latestEmotion is { } e ? new LiveTileEmotion(e.Label, e.Value, e.Negative) : null,
                Trend = trend,
                Risk = risk,
                LatestAlert = _latestAlert is { } a ? new LiveTileAlert(a.RuleId, a.Name, a.Severity, a.Detail, a.Time) : null,
                AlertCount = _alertCount,
                NudgeCount = _nudgeCount,
                Muted = _allMuted,
            };
        }
    }

    /// <summary>What a new watcher gets: the tile and the recent events.</summary>
    public LiveSnapshot Snapshot(DateTimeOffset now)
    {
        lock (FeedGate)
        {
            return new LiveSnapshot(Tile(now), [.. _turnEvents], [.. _findingEvents], [.. _nudgeEvents], [.. _emotionEvents], [.. _alertEvents],
                [.. _mutedKinds.Order(StringComparer.Ordinal)], _allMuted, [.. _partials.Values.OrderBy(p => p.Seq)]);
        }
    }

    /// <summary>The mute log as notes for the stored interaction (what the advisor chose; never scored).</summary>
    internal IReadOnlyList<string> MuteNotes()
    {
        var notes = new List<string>(Policy.MuteLog.Count);
        foreach (var m in Policy.MuteLog)
        {
            var what = m.Kind is null ? "all nudges" : $"'{m.Kind}' nudges";
            notes.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Live assist: the advisor {(m.Muted ? "muted" : "unmuted")} {what} at {m.Time:0.#} s (recorded as their choice; not scored)."));
        }

        return notes;
    }

    /// <summary>The interaction as the batch path receives it: the turns as received, with the session's metadata.</summary>
    internal Conversation ToConversation() => new()
    {
        Turns = [.. _turns],
        Channel = Channel,
        Metadata = Metadata.ToConversationMetadata(Id, StartedAt),
        Source = "live",
    };

    private static void Keep<T>(Queue<T> queue, T item, int max)
    {
        queue.Enqueue(item);
        while (queue.Count > max)
        {
            queue.Dequeue();
        }
    }
}
