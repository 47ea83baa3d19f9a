using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Live;
using Attune.Analysis.Live.Nudges;

namespace Attune.Web.Live;

/// <summary>
/// One live interaction: its <see cref="AnalysisSession"/> (findings turn by turn), the nudge generator and policy fed
/// with those findings, and the turns as received (unredacted, in memory only) so that ending it can store it through
/// the batch path. Callers hold <see cref="Gate"/> while using it.
/// </summary>
public sealed class LiveSession
{
    private readonly List<Turn> _turns = [];

    internal LiveSession(string id, LiveMetadata metadata, Channel channel, AnalysisSession analysis, DateTimeOffset startedAt)
    {
        Id = id;
        Metadata = metadata;
        Channel = channel;
        Analysis = analysis;
        StartedAt = startedAt;
        LastActivity = startedAt;
        Nudges = new NudgeGenerator(id);
    }

    public string Id { get; }

    public LiveMetadata Metadata { get; }

    public Channel Channel { get; }

    public AnalysisSession Analysis { get; }

    public NudgeGenerator Nudges { get; }

    public NudgePolicy Policy { get; } = new();

    public DateTimeOffset StartedAt { get; }

    public DateTimeOffset LastActivity { get; internal set; }

    /// <summary>True once ended (stored or being stored): no more turns.</summary>
    public bool Ended { get; internal set; }

    /// <summary>The customer's latest emotion finding (label, intensity), if any.</summary>
    public (string Label, double? Value)? LatestCustomerEmotion { get; private set; }

    public object Gate { get; } = new();

    public IReadOnlyList<Turn> Turns => _turns;

    /// <summary>Analyses a final turn at <paramref name="time"/> seconds into the interaction; returns its findings and the nudges to show.</summary>
    internal (IReadOnlyList<Finding> Findings, IReadOnlyList<Nudge> Nudges) Add(Turn turn, double time)
    {
        _turns.Add(turn);
        var findings = Analysis.AddTurn(turn);
        foreach (var f in findings)
        {
            if (f.Signal == Signals.CustomerEmotion && f.Party == Party.Customer && f.Label is { } label)
            {
                LatestCustomerEmotion = (label, f.Value);
            }
        }

        var candidates = Nudges.FromFindings(Analysis.Context, findings, time);
        return (findings, Policy.Offer(candidates));
    }

    /// <summary>The interaction as the batch path receives it: the turns as received, with the session's metadata.</summary>
    internal Conversation ToConversation() => new()
    {
        Turns = [.. _turns],
        Channel = Channel,
        Metadata = Metadata.ToConversationMetadata(Id, StartedAt),
        Source = "live",
    };
}

/// <summary>Who handled a live interaction (all optional).</summary>
public sealed record LiveMetadata(string? AdvisorId, string? AdvisorName, string? Team, string? CustomerId, string? CustomerName = null, string? Queue = null)
{
    internal ConversationMetadata ToConversationMetadata(string id, DateTimeOffset startedAt) => new()
    {
        InteractionId = id,
        AdvisorId = AdvisorId,
        AdvisorName = AdvisorName,
        Team = Team,
        CustomerId = CustomerId,
        CustomerName = CustomerName,
        Queue = Queue,
        StartedAt = startedAt,
    };
}
