using System.Globalization;

namespace Attune.Cli.Eval.Suites;

/// <summary>
/// Another pitch tracker's output for one file, for <see cref="FdaPitchSuite"/>: frames of (time s, f0 Hz, 0 = unvoiced)
/// in time order, as bench/praat-fda.praat writes them. Read at the frame nearest to an instant; an instant farther
/// than one frame step from every frame (before the tracker's first frame, after its last) counts as unvoiced.
/// </summary>
internal sealed class ExternalTrack
{
    private readonly double[] _times;
    private readonly double[] _hz;
    private readonly double _step;

    private ExternalTrack(double[] times, double[] hz)
    {
        _times = times;
        _hz = hz;
        _step = times.Length > 1 ? (times[^1] - times[0]) / (times.Length - 1) : 0.01;
    }

    public static ExternalTrack Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path}: pitch track not found (expected one NAME.f0 per NAME.wav).");
        }

        var times = new List<double>();
        var hz = new List<double>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0)
            {
                continue;
            }

            if (parts.Length < 2
                || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var t)
                || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var f)
                || (times.Count > 0 && t <= times[^1]))
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected \"time f0\" (seconds, Hz) in increasing time, found '{line}'.");
            }

            times.Add(t);
            hz.Add(f > 0 ? f : 0);
        }

        return new ExternalTrack([.. times], [.. hz]);
    }

    /// <summary>f0 of the frame nearest to <paramref name="time"/>, 0 when unvoiced or outside the track.</summary>
    public double At(double time)
    {
        if (_times.Length == 0)
        {
            return 0;
        }

        var i = Array.BinarySearch(_times, time);
        if (i < 0)
        {
            i = ~i;
            if (i == _times.Length || (i > 0 && time - _times[i - 1] < _times[i] - time))
            {
                i--;
            }
        }

        return Math.Abs(_times[i] - time) <= _step ? _hz[i] : 0;
    }
}
