namespace Attune.Analysis.Live.Nudges;

/// <summary>
/// Decides which candidate nudges reach the advisor: a cooldown per kind, a cap per minute, priorities, and the
/// mute the advisor controls. Time is the interaction's own clock (seconds), passed in with each nudge, so a replay
/// gives the same decisions as the live call.
/// <para>
/// The candidates offered together (<see cref="Offer"/>) are one moment: they are ranked by priority, higher first,
/// and take the free slots in that order. A nudge that is muted, cooling down or over the cap is dropped, not queued:
/// a hint that comes late is about a moment that has passed.
/// </para>
/// <para>
/// Times are expected in order (the interaction's clock only moves forward); a nudge stamped earlier than one already
/// shown of its kind counts as inside that kind's cooldown.
/// </para>
/// <para>
/// Muting is the advisor's choice and is never penalised: the <see cref="MuteLog"/> is kept so the interaction's record
/// shows what the advisor saw, not to score them. Muting all nudges and muting one kind are independent; unmuting
/// all does not unmute kinds muted one by one.
/// </para>
/// </summary>
public sealed class NudgePolicy
{
    private readonly NudgePolicyOptions _options;
    private readonly Dictionary<string, double> _lastShown = new(StringComparer.Ordinal);
    private readonly Queue<double> _recent = new();
    private readonly HashSet<string> _mutedKinds = new(StringComparer.Ordinal);
    private readonly List<MuteEvent> _muteLog = [];
    private bool _allMuted;

    public NudgePolicy(NudgePolicyOptions? options = null)
    {
        _options = options ?? NudgePolicyOptions.Default;
    }

    /// <summary>Every mute and unmute, in the order the advisor made them.</summary>
    public IReadOnlyList<MuteEvent> MuteLog => _muteLog;

    /// <summary>Whether every nudge is muted.</summary>
    public bool AllMuted => _allMuted;

    /// <summary>Whether nudges of <paramref name="kind"/> are muted (by kind or all).</summary>
    public bool IsMuted(string kind) => _allMuted || _mutedKinds.Contains(kind);

    /// <summary>Mutes one kind, or all nudges when <paramref name="kind"/> is null, at <paramref name="time"/> seconds.</summary>
    public void Mute(string? kind, double time) => SetMute(kind, time, true);

    /// <summary>Unmutes one kind, or the mute-all when <paramref name="kind"/> is null.</summary>
    public void Unmute(string? kind, double time) => SetMute(kind, time, false);

    private void SetMute(string? kind, double time, bool muted)
    {
        if (kind is null)
        {
            _allMuted = muted;
        }
        else if (muted)
        {
            _mutedKinds.Add(kind);
        }
        else
        {
            _mutedKinds.Remove(kind);
        }

        _muteLog.Add(new MuteEvent(time, kind, muted));
    }

    /// <summary>
    /// Offers the candidates of one moment; returns those to show, highest priority first. Each nudge is judged at
    /// its own <see cref="Nudge.Time"/>.
    /// </summary>
    public IReadOnlyList<Nudge> Offer(IReadOnlyList<Nudge> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (candidates.Count == 0)
        {
            return [];
        }

        // stable: equal priorities keep the generator's order
        var ranked = new List<(Nudge Nudge, int Priority, int Order)>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            ranked.Add((candidates[i], _options.PriorityOf(candidates[i]), i));
        }

        ranked.Sort((a, b) => a.Priority != b.Priority ? b.Priority.CompareTo(a.Priority) : a.Order.CompareTo(b.Order));
        var shown = new List<Nudge>();
        foreach (var (nudge, _, _) in ranked)
        {
            if (Admit(nudge))
            {
                shown.Add(nudge);
            }
        }

        return shown;
    }

    /// <summary>Offers one nudge; true when it is to be shown.</summary>
    public bool Offer(Nudge nudge)
    {
        ArgumentNullException.ThrowIfNull(nudge);
        return Admit(nudge);
    }

    private bool Admit(Nudge nudge)
    {
        var time = nudge.Time;
        if (IsMuted(nudge.Kind))
        {
            return false;
        }

        if (_lastShown.TryGetValue(nudge.Kind, out var last) && time - last < _options.CooldownOf(nudge.Kind))
        {
            return false;
        }

        while (_recent.Count > 0 && time - _recent.Peek() >= _options.CapWindowSeconds)
        {
            _recent.Dequeue();
        }

        if (_recent.Count >= _options.CapPerWindow)
        {
            return false;
        }

        _recent.Enqueue(time);
        _lastShown[nudge.Kind] = time;
        return true;
    }
}
