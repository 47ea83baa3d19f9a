using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;

namespace Attune.Analysis.Tests.Scoring;

/// <summary>Builds small analysis results by hand for scoring tests.</summary>
internal static class Findings
{
    public static Finding F(string signal, string? label = null, Polarity polarity = Polarity.Info, int turn = 1, Party party = Party.Advisor) =>
        new() { Signal = signal, Party = party, Turn = turn, Quote = "q", Detail = "d", Label = label, Polarity = polarity };

    public static AnalysisResult Result(params Finding[] findings) => Result(Channel.Chat, timed: false, findings);

    public static AnalysisResult Result(Channel channel, bool timed, params Finding[] findings)
    {
        var turns = new List<Turn>();
        for (var i = 0; i < 6; i++)
        {
            turns.Add(new Turn { Party = i % 2 == 0 ? Party.Customer : Party.Advisor, Text = "text", Start = timed ? i * 5 : null, End = timed ? (i * 5) + 4 : null });
        }

        return new AnalysisResult(new Conversation { Turns = turns, Channel = channel }, findings);
    }
}
