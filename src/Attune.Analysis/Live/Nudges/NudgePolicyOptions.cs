namespace Attune.Analysis.Live.Nudges;

/// <summary>How often nudges may reach the advisor (<see cref="NudgePolicy"/>).</summary>
public sealed record NudgePolicyOptions
{
    public static NudgePolicyOptions Default { get; } = new();

    /// <summary>
    /// Seconds after a nudge of a kind during which another of the same kind is dropped. Default 30 s: long enough
    /// that the same hint does not nag turn after turn, short enough that a new flare-up a minute later is seen.
    /// </summary>
    public double CooldownSeconds { get; init; } = 30;

    /// <summary>Cooldowns for particular kinds, overriding <see cref="CooldownSeconds"/> (none by default).</summary>
    public IReadOnlyDictionary<string, double> CooldownByKind { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal);

    /// <summary>
    /// At most this many nudges in any <see cref="CapWindowSeconds"/> (default 3 a minute): more than that and the
    /// advisor stops reading them while talking to the customer.
    /// </summary>
    public int CapPerWindow { get; init; } = 3;

    /// <summary>The window of the cap, seconds (default 60: a cap per minute).</summary>
    public double CapWindowSeconds { get; init; } = 60;

    /// <summary>Priorities overriding <see cref="NudgeKinds.DefaultPriority"/> per kind (none by default: the nudge's own priority counts).</summary>
    public IReadOnlyDictionary<string, int> Priorities { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>The cooldown of a kind.</summary>
    public double CooldownOf(string kind) => CooldownByKind.TryGetValue(kind, out var s) ? s : CooldownSeconds;

    /// <summary>The priority the policy ranks a nudge by.</summary>
    public int PriorityOf(Nudge nudge)
    {
        ArgumentNullException.ThrowIfNull(nudge);
        return Priorities.TryGetValue(nudge.Kind, out var p) ? p : nudge.Priority;
    }
}
