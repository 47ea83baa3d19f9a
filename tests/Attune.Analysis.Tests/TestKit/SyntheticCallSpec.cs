namespace Attune.Analysis.Tests.TestKit;

/// <summary>
/// Everything that decides a <see cref="SyntheticCall"/>'s bytes: the utterances, the sample rate, which channel is the
/// customer's (0 = left), per-channel damage and the silence after the last speech. Equal specs give equal files.
/// </summary>
public sealed record SyntheticCallSpec(IReadOnlyList<Utterance> Utterances)
{
    public int SampleRate { get; init; } = 8000;

    /// <summary>0 = customer on the left (the product's default), 1 = on the right.</summary>
    public int CustomerChannel { get; init; }

    public ChannelEffects CustomerEffects { get; init; } = ChannelEffects.None;

    public ChannelEffects AdvisorEffects { get; init; } = ChannelEffects.None;

    /// <summary>Silence after the last audible sample, seconds.</summary>
    public double TailSeconds { get; init; } = 0.5;

    /// <summary>A stable text form of the whole spec (the cache key hashes it).</summary>
    public string Describe()
    {
        var lines = new List<string>
        {
            FormattableString.Invariant($"rate={SampleRate} customer={CustomerChannel} tail={TailSeconds:R}"),
            "customer-effects " + Describe(CustomerEffects),
            "advisor-effects " + Describe(AdvisorEffects),
        };
        foreach (var u in Utterances)
        {
            lines.Add(FormattableString.Invariant(
                $"{u.Party} {u.Anchor} {u.At:R} stop={u.StopAfter?.ToString("R", System.Globalization.CultureInfo.InvariantCulture) ?? "-"} {u.Voice} s{u.Wpm} p{u.Pitch} a{u.Amplitude} |{u.Text}|"));
        }

        return string.Join('\n', lines);
    }

    private static string Describe(ChannelEffects e) => FormattableString.Invariant(
        $"noise={e.NoiseDbfs?.ToString("R", System.Globalization.CultureInfo.InvariantCulture) ?? "-"} dc={e.DcOffset:R} gain={e.GainDb:R} seed={e.Seed}");
}
