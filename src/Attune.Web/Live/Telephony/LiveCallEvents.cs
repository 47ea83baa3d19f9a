using Attune.Analysis.Audio.Dynamics;
using Attune.Analysis.Live.Calls;
using Attune.Web.Live.Events;

namespace Attune.Web.Live.Telephony;

/// <summary>
/// What a live call's analysis update is in the hub's terms (LIVE-CONTRACT.md): a <c>dynamics</c>
/// (<see cref="LiveDynamicsEvent"/>), a voice <c>emotion</c> (<see cref="LiveEmotionEvent"/>, label "arousal", source
/// "voice") or a <c>nudge</c> (<see cref="LiveNudgeEvent"/>), with the trigger's <c>streamTime</c> (the audio position
/// processed when it was emitted) and <c>receivedAt</c>.
/// </summary>
public static class LiveCallEvents
{
    /// <summary>The label of a voice emotion event: the customer's arousal.</summary>
    public const string ArousalLabel = "arousal";

    /// <summary>Arousal from which the customer's voice counts as negative ("raised" or "high").</summary>
    public const double NegativeArousal = 0.65;

    /// <summary>The event type and payload of an update, or null when it is not published (turns of the segmentation).</summary>
    public static (string Type, LiveEvent Event)? From(string sessionId, LiveCallUpdate update, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(update);
        var trigger = new LiveTrigger(null, update.StreamTime, receivedAt);
        switch (update.Kind)
        {
            case LiveCallUpdateKind.Arousal when update.Arousal is { } arousal:
                return (LiveEventTypes.Emotion, new LiveEmotionEvent
                {
                    SessionId = sessionId,
                    Trigger = trigger,
                    Label = ArousalLabel,
                    Value = Math.Clamp(arousal, 0, 1),
                    Negative = arousal >= NegativeArousal,
                    Source = LiveEmotionEvent.VoiceSource,
                    Time = update.Start,
                });
            case LiveCallUpdateKind.Nudge when update.Nudge is { } nudge:
                return (LiveEventTypes.Nudge, LiveNudgeEvent.From(sessionId, nudge, trigger));
        }

        return KindOf(update) is { } kind
            ? (LiveEventTypes.Dynamics, new LiveDynamicsEvent
            {
                SessionId = sessionId,
                Trigger = trigger,
                Kind = kind,
                Party = PartyOf(update),
                Start = update.Start,
                End = update.End,
            })
            : null;
    }

    /// <summary>Whose turn, overtalk or monologue it is ("customer"/"advisor"), null for silences.</summary>
    public static string? PartyOf(LiveCallUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        return update.Party?.ToString().ToLowerInvariant();
    }

    /// <summary>The contract's dynamics kind of an update (interruption, overtalk, backchannel, nonTalk, longSilence, monologue; null for turns and non-dynamics updates).</summary>
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
