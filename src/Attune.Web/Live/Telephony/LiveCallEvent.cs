using Attune.Analysis.Audio.Dynamics;
using Attune.Analysis.Live.Calls;

namespace Attune.Web.Live.Telephony;

/// <summary>
/// What a live call published, in the contract's terms (LIVE-CONTRACT.md): <see cref="Type"/> is the event type
/// (<c>dynamics</c>, <c>emotion</c>, <c>nudge</c>), <see cref="DynamicsKind"/> the contract's dynamics kind, and the
/// trigger's <see cref="StreamTime"/> (audio position processed when it was emitted) and <see cref="ReceivedAt"/>.
/// </summary>
public sealed record LiveCallEvent(LiveSession Session, string Type, LiveCallUpdate Update, double StreamTime, DateTimeOffset ReceivedAt)
{
    public const string Dynamics = "dynamics";
    public const string Emotion = "emotion";
    public const string Nudge = "nudge";

    /// <summary>For <c>dynamics</c>: interruption, overtalk, backchannel, nonTalk, longSilence or monologue.</summary>
    public string? DynamicsKind => Type == Dynamics ? KindOf(Update) : null;

    /// <summary>For <c>emotion</c>: the customer's voice arousal is "raised" or "high" (0.65 and over).</summary>
    public bool Negative => Update.Arousal is >= 0.65;

    /// <summary>The contract's event type for an update, or null when it is not published (turns of the segmentation).</summary>
    public static string? TypeOf(LiveCallUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        return update.Kind switch
        {
            LiveCallUpdateKind.Arousal => Emotion,
            LiveCallUpdateKind.Nudge => Nudge,
            _ => KindOf(update) is null ? null : Dynamics,
        };
    }

    /// <summary>The contract's dynamics kind of an update (null for turns and non-dynamics updates).</summary>
    public static string? KindOf(LiveCallUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        return update.Kind switch
        {
            LiveCallUpdateKind.Overtalk => "overtalk",
            LiveCallUpdateKind.LongSilence => "longSilence",
            LiveCallUpdateKind.Dynamics => update.Dynamics!.Kind switch
            {
                DynamicsEventKind.Overtalk => update.Dynamics.Overtalk!.Kind switch
                {
                    OvertalkKind.Interruption => "interruption",
                    OvertalkKind.Backchannel => "backchannel",
                    _ => "overtalk",
                },
                DynamicsEventKind.NonTalk => "nonTalk",
                DynamicsEventKind.LongSilenceAlert => "longSilence",
                DynamicsEventKind.Monologue => "monologue",
                _ => null,
            },
            _ => null,
        };
    }
}
