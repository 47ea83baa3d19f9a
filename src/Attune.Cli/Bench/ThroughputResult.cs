namespace Attune.Cli.Bench;

/// <summary>What one measured pass over a sentence file cost.</summary>
/// <param name="Sentences">Sentences analysed in the measured pass (warm-up excluded).</param>
/// <param name="Seconds">Wall-clock seconds of the measured pass.</param>
/// <param name="AllocatedBytes">Bytes allocated on the analysing thread during the measured pass.</param>
/// <param name="PeakWorkingSetBytes">Peak resident memory of the whole process so far.</param>
/// <param name="Findings">Findings produced in the measured pass (a checksum that the work was done).</param>
/// <param name="DetectorCount">Detectors that ran on every turn.</param>
public sealed record ThroughputResult(int Sentences, double Seconds, long AllocatedBytes, long PeakWorkingSetBytes, long Findings, int DetectorCount)
{
    public double SentencesPerSecond => Seconds > 0 ? Sentences / Seconds : 0;

    public double MicrosecondsPerSentence => Sentences > 0 ? Seconds * 1e6 / Sentences : 0;

    public double AllocatedBytesPerSentence => Sentences > 0 ? (double)AllocatedBytes / Sentences : 0;

    /// <summary>How many times faster than a peer that managed <paramref name="peerSentencesPerSecond"/>.</summary>
    public double RatioTo(double peerSentencesPerSecond) =>
        peerSentencesPerSecond > 0 ? SentencesPerSecond / peerSentencesPerSecond : 0;
}
