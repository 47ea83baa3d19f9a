using Attune.Analysis.Conversations;
using Attune.Analysis.Live;
using Attune.Analysis.Live.Nudges;
using Attune.Analysis.Tests.Text.Detectors;

namespace Attune.Analysis.Tests.Live.Nudges;

/// <summary>
/// Runs a scripted conversation ("C: …" / "A: …") through a real <see cref="AnalysisSession"/> turn by turn, with every
/// detector, and feeds each turn's findings to a <see cref="NudgeGenerator"/>, as the live service does. Turn i is at
/// <see cref="SecondsPerTurn"/> × i seconds.
/// </summary>
internal static class NudgeScript
{
    public const double SecondsPerTurn = 10;

    public static List<Nudge> Run(string interactionId, params string[] lines) => Run(interactionId, null, lines);

    public static List<Nudge> Run(string interactionId, NudgePolicy? policy, params string[] lines)
    {
        var session = new AnalysisSession(options: new AnalysisOptions { Redact = false });
        var generator = new NudgeGenerator(interactionId);
        var nudges = new List<Nudge>();
        var turns = TurnScript.Build(lines).Turns;
        for (var i = 0; i < turns.Count; i++)
        {
            var time = i * SecondsPerTurn;
            var findings = session.AddTurn(turns[i] with { Start = time, End = time + SecondsPerTurn - 1 });
            var proposed = generator.FromFindings(session.Context, findings, time);
            nudges.AddRange(policy is null ? proposed : policy.Offer(proposed));
        }

        return nudges;
    }

    /// <summary>"kind" of every nudge, joined with " | ".</summary>
    public static string Kinds(IEnumerable<Nudge> nudges) => string.Join(" | ", nudges.Select(n => n.Kind));

    public static Turn Customer(string text) => new() { Party = Party.Customer, Text = text };
}
