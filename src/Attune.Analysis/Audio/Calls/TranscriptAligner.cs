using Attune.Analysis.Audio.Dynamics;
using Attune.Analysis.Audio.Prosody;
using Attune.Analysis.Conversations;

namespace Attune.Analysis.Audio.Calls;

/// <summary>
/// Places a given transcript's turns on the recording's time line. Turns with times keep them, with each boundary
/// moved to the nearest speech boundary heard on the party's channel when one is within <see cref="SnapSeconds"/>
/// (transcripts often round to the second or pad turns). Turns without times are laid onto the turns heard in the
/// audio: one to one, in order, when each party has as many turns in both; otherwise spread along that party's speech
/// in proportion to their length in words.
/// </summary>
public static class TranscriptAligner
{
    /// <summary>How far a transcript boundary may move to meet a speech boundary heard in the audio.</summary>
    public const double SnapSeconds = 0.35;

    public static IReadOnlyList<Turn> Align(IReadOnlyList<Turn> turns, CallAudio audio)
    {
        ArgumentNullException.ThrowIfNull(turns);
        ArgumentNullException.ThrowIfNull(audio);
        if (turns.Count == 0)
        {
            return turns;
        }

        if (turns.All(t => t.Start is not null))
        {
            var timed = new Turn[turns.Count];
            for (var i = 0; i < turns.Count; i++)
            {
                var t = turns[i];
                var start = t.Start!.Value;
                var end = t.End ?? (i + 1 < turns.Count ? Math.Max(start, turns[i + 1].Start!.Value) : audio.Duration);
                var speech = SpeechOf(audio, t.Party);
                timed[i] = t with { Start = Snap(start, speech, atStart: true), End = Math.Max(Snap(start, speech, atStart: true), Snap(end, speech, atStart: false)) };
            }

            return timed;
        }

        var result = new Turn[turns.Count];
        foreach (var party in turns.Select(t => t.Party).Distinct())
        {
            var indices = Enumerable.Range(0, turns.Count).Where(i => turns[i].Party == party).ToList();
            var heard = audio.Dynamics.Turns.Where(t => t.Party == PartyOf(audio, party)).ToList();
            if (heard.Count == indices.Count)
            {
                for (var k = 0; k < indices.Count; k++)
                {
                    result[indices[k]] = turns[indices[k]] with { Start = heard[k].Start, End = heard[k].End };
                }
            }
            else
            {
                Spread(turns, indices, heard, audio.Duration, result);
            }
        }

        return result.OrderBy(t => t.Start).ToList();
    }

    /// <summary>The channel a party's voice is on: a mono recording has only the customer's.</summary>
    private static Party PartyOf(CallAudio audio, Party party) => audio.Advisor is null ? Party.Customer : party == Party.Customer ? Party.Customer : Party.Advisor;

    private static IReadOnlyList<SpeechSegment> SpeechOf(CallAudio audio, Party party) =>
        party == Party.Customer || audio.Advisor is null ? audio.Customer.Speech : audio.Advisor.Speech;

    private static double Snap(double time, IReadOnlyList<SpeechSegment> speech, bool atStart)
    {
        var best = time;
        var bestDistance = SnapSeconds;
        foreach (var s in speech)
        {
            var boundary = atStart ? s.Start : s.End;
            var distance = Math.Abs(boundary - time);
            if (distance < bestDistance)
            {
                best = boundary;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Lays a party's turns along their heard speech (or the whole call) in proportion to their word counts.</summary>
    private static void Spread(IReadOnlyList<Turn> turns, List<int> indices, List<PartyTurn> heard, double duration, Turn[] result)
    {
        var spans = heard.Count > 0 ? heard.Select(h => (h.Start, h.End)).ToList() : [(0.0, duration)];
        var total = spans.Sum(s => s.Item2 - s.Item1);
        var words = indices.Select(i => Math.Max(1, turns[i].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length)).ToList();
        var allWords = (double)words.Sum();
        var position = 0.0;
        for (var k = 0; k < indices.Count; k++)
        {
            var length = total * words[k] / allWords;
            result[indices[k]] = turns[indices[k]] with { Start = At(spans, position), End = At(spans, position + length) };
            position += length;
        }
    }

    /// <summary>The time at <paramref name="offset"/> seconds into the concatenated spans.</summary>
    private static double At(List<(double Start, double End)> spans, double offset)
    {
        foreach (var (start, end) in spans)
        {
            if (offset <= end - start + 1e-9)
            {
                return start + offset;
            }

            offset -= end - start;
        }

        return spans[^1].End;
    }
}
