using System.Globalization;
using Attune.Analysis.Audio.Prosody;

namespace Attune.Cli.Eval.Suites;

/// <summary>
/// <c>fda.pitch</c>: <see cref="YinPitchTracker"/> on the FDA database (Bagshaw, Hiller &amp; Jack 1993,
/// laryngograph reference F0 every 15 ms, 0 = unvoiced). Metrics as in the source repository's compare_pitch:
/// value = gross pitch error % (frames voiced in both with more than 20% deviation, over frames voiced in both);
/// the note gives the voicing decision error % (V→UV plus UV→V over all frames) and the RMS fine error (Hz) of
/// the voiced-voiced frames that are not gross errors. Reference frame k is compared with our frame nearest to
/// time k · 15 ms (our tracker runs with a 5 ms hop so every reference time has a frame within 2.5 ms).
/// </summary>
public sealed class FdaPitchSuite : IEvalSuite
{
    private const double ReferenceHop = 0.015;

    public string Folder => "fda_ue_pitch";

    public IReadOnlyList<string> Tasks { get; } = ["fda.pitch"];

    public IEnumerable<EvalTaskResult> Run(string folder, EvalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = new PitchTrackerOptions { HopSeconds = 0.005 };
        int frames = 0, bothVoiced = 0, gross = 0, voicedToUnvoiced = 0, unvoicedToVoiced = 0, files = 0;
        double fineSquares = 0;
        foreach (var wav in Directory.EnumerateFiles(folder, "*.wav").Order(StringComparer.Ordinal))
        {
            var reference = Path.ChangeExtension(wav, ".f0ref");
            if (!File.Exists(reference) || (context.Limit > 0 && files >= context.Limit))
            {
                continue;
            }

            files++;
            var truth = File.ReadAllLines(reference).Where(l => l.Length > 0)
                .Select(l => double.Parse(l, CultureInfo.InvariantCulture)).ToArray();
            var estimate = Track(wav, options);
            for (var k = 0; k < truth.Length; k++)
            {
                var index = (int)Math.Round(k * ReferenceHop / options.HopSeconds);
                var ours = index < estimate.Count ? estimate[index].Hz : 0;
                frames++;
                var refVoiced = truth[k] > 0;
                var ourVoiced = ours > 0;
                if (refVoiced && !ourVoiced)
                {
                    voicedToUnvoiced++;
                }
                else if (!refVoiced && ourVoiced)
                {
                    unvoicedToVoiced++;
                }
                else if (refVoiced)
                {
                    bothVoiced++;
                    var deviation = Math.Abs(ours - truth[k]);
                    if (deviation > 0.2 * truth[k])
                    {
                        gross++;
                    }
                    else
                    {
                        fineSquares += deviation * deviation;
                    }
                }
            }
        }

        if (files == 0)
        {
            yield break;
        }

        var gpe = bothVoiced == 0 ? 100 : 100.0 * gross / bothVoiced;
        var voicingError = 100.0 * (voicedToUnvoiced + unvoicedToVoiced) / frames;
        var fine = bothVoiced - gross == 0 ? 0 : Math.Sqrt(fineSquares / (bothVoiced - gross));
        yield return new EvalTaskResult
        {
            Task = "fda.pitch",
            Metric = "gross_pitch_error_pct",
            Value = Math.Round(gpe, 3),
            Support = bothVoiced,
            Note = string.Create(CultureInfo.InvariantCulture,
                $"{files} files, {frames} reference frames; voicing error {voicingError:0.00}% (V→UV {100.0 * voicedToUnvoiced / frames:0.00}%, UV→V {100.0 * unvoicedToVoiced / frames:0.00}%); fine RMS error {fine:0.00} Hz over {bothVoiced - gross} frames"),
        };
    }

    private static List<PitchFrame> Track(string wav, PitchTrackerOptions options)
    {
        var (samples, rate, channels) = TemporaryPcm16WavReader.Read(wav);
        if (channels != 1)
        {
            throw new InvalidDataException($"{wav}: expected mono, found {channels} channels.");
        }

        var tracker = new YinPitchTracker(rate, options);
        var frames = new List<PitchFrame>(samples.Length / tracker.HopSamples + 2);
        tracker.Push(samples, frames);
        tracker.Flush(frames);
        return frames;
    }
}
