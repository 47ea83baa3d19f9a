using Attune.Cli.Loadtest;

namespace Attune.Cli.Demo;

/// <summary>How much live traffic the demo simulates, for whom, and at what pace.</summary>
public sealed record LiveSimulationOptions
{
    /// <summary>Sessions at a time: half of them calls (rounded down), the rest chats.</summary>
    public int Sessions { get; init; } = 5;

    /// <summary>The advisors the sessions belong to, slot by slot in turn (the customer fields are filled per session).</summary>
    public required IReadOnlyList<LiveParticipants> Advisors { get; init; }

    /// <summary>Seconds between two chat turns (drawn evenly from the range): a person typing.</summary>
    public (double Min, double Max) TurnSeconds { get; init; } = (5, 8);

    /// <summary>Seconds between the end of one session of a slot and the start of the next.</summary>
    public (double Min, double Max) PauseSeconds { get; init; } = (3, 8);
}
