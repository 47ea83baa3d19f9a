namespace Attune.Cli.Eval;

/// <summary>Counts (truth, prediction) pairs of string labels and derives per-class and averaged F1.</summary>
public sealed class ConfusionCounter
{
    private readonly Dictionary<string, int> _truePositive = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _falsePositive = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _falseNegative = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _support = new(StringComparer.Ordinal);

    public int Total { get; private set; }

    public int Correct { get; private set; }

    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;

    public void Add(string truth, string predicted)
    {
        Total++;
        Increment(_support, truth);
        if (truth == predicted)
        {
            Correct++;
            Increment(_truePositive, truth);
        }
        else
        {
            Increment(_falsePositive, predicted);
            Increment(_falseNegative, truth);
        }
    }

    public int Support(string label) => _support.GetValueOrDefault(label);

    public ClassMetrics For(string label)
    {
        var tp = _truePositive.GetValueOrDefault(label);
        var fp = _falsePositive.GetValueOrDefault(label);
        var fn = _falseNegative.GetValueOrDefault(label);
        var p = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new ClassMetrics(Math.Round(p, 4), Math.Round(r, 4), Math.Round(f, 4), _support.GetValueOrDefault(label));
    }

    /// <summary>Unweighted mean F1 over the given classes.</summary>
    public double MacroF1(IEnumerable<string> labels)
    {
        var list = labels.ToList();
        return list.Count == 0 ? 0 : list.Average(l => ExactF1(l));
    }

    /// <summary>Support-weighted mean F1 over the given classes.</summary>
    public double WeightedF1(IEnumerable<string> labels)
    {
        var list = labels.ToList();
        var total = list.Sum(l => _support.GetValueOrDefault(l));
        return total == 0 ? 0 : list.Sum(l => ExactF1(l) * _support.GetValueOrDefault(l)) / total;
    }

    public IReadOnlyDictionary<string, ClassMetrics> PerClass(IEnumerable<string> labels) =>
        labels.ToDictionary(l => l, For, StringComparer.Ordinal);

    private double ExactF1(string label)
    {
        var tp = _truePositive.GetValueOrDefault(label);
        var fp = _falsePositive.GetValueOrDefault(label);
        var fn = _falseNegative.GetValueOrDefault(label);
        return tp == 0 ? 0 : 2.0 * tp / ((2.0 * tp) + fp + fn);
    }

    private static void Increment(Dictionary<string, int> d, string key) => d[key] = d.GetValueOrDefault(key) + 1;
}
