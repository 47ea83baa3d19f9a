using System.Globalization;
using Attune.Analysis.Audio.Prosody;

namespace Attune.Cli.Eval.Suites;

/// <summary>
/// <c>loudness.bs1770</c>: integrated loudness (ITU-R BS.1770-4, <see cref="LoudnessMeter"/>) of the files in
/// <c>expected_loudness.tsv</c>; value = the largest absolute error in LU over the files whose tolerance is a
/// number (the ITU BS.2217 gating compliance signals); regression-only rows are reported in the note.
/// </summary>
public sealed class LoudnessSuite : IEvalSuite
{
    public string Folder => "loudness_bs1770";

    public IReadOnlyList<string> Tasks { get; } = ["loudness.bs1770"];

    public IEnumerable<EvalTaskResult> Run(string folder, EvalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var table = Path.Combine(folder, "expected_loudness.tsv");
        if (!File.Exists(table))
        {
            yield break;
        }

        double worst = 0;
        var support = 0;
        var notes = new List<string>();
        foreach (var row in CsvRows.Read(table, '\t'))
        {
            var file = row["file"];
            var expected = double.Parse(row["expected_integrated_loudness_LUFS"], CultureInfo.InvariantCulture);
            var (samples, rate, channels) = EvalWav.Read(Path.Combine(folder, file));
            var meter = new LoudnessMeter(rate, channels);
            meter.Push(samples);
            var measured = meter.Integrated();
            var error = Math.Abs(measured - expected);
            var compliance = double.TryParse(row["tolerance_LU"], NumberStyles.Float, CultureInfo.InvariantCulture, out _);
            if (compliance)
            {
                worst = Math.Max(worst, error);
                support++;
            }

            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"{file}: {measured:0.000} LUFS vs {expected:0.000} ({error:0.000} LU{(compliance ? "" : ", regression only")})"));
            context.Log(notes[^1]);
        }

        yield return new EvalTaskResult
        {
            Task = "loudness.bs1770",
            Metric = "max_abs_error_lu",
            Value = Math.Round(worst, 4),
            Support = support,
            Note = string.Join("; ", notes),
        };
    }
}
