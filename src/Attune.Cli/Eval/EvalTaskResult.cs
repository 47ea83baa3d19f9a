using System.Text.Json.Serialization;

namespace Attune.Cli.Eval;

/// <summary>The figure one evaluation task reached, as written to the eval JSON.</summary>
public sealed record EvalTaskResult
{
    [JsonIgnore]
    public string Task { get; init; } = "";

    [JsonPropertyName("metric")]
    public required string Metric { get; init; }

    [JsonPropertyName("value")]
    public required double Value { get; init; }

    [JsonPropertyName("support")]
    public required int Support { get; init; }

    [JsonPropertyName("per_class")]
    public IReadOnlyDictionary<string, ClassMetrics> PerClass { get; init; } = new Dictionary<string, ClassMetrics>();

    /// <summary>True for error metrics (gross pitch error %, loudness error in LU): a bound in the floors file is then a ceiling.</summary>
    [JsonIgnore]
    public bool LowerIsBetter => Metric.Contains("error", StringComparison.Ordinal);

    [JsonPropertyName("note")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Note { get; init; }

    /// <summary>Binary task: F1 of the positive class, with both classes reported.</summary>
    public static EvalTaskResult Binary(string task, ConfusionCounter counter, string positive, string negative, string? note = null) => new()
    {
        Task = task,
        Metric = "f1",
        Value = Math.Round(counter.For(positive).F1, 4),
        Support = counter.Total,
        PerClass = counter.PerClass([positive, negative]),
        Note = note,
    };

    /// <summary>Multi-class task: macro-F1 over <paramref name="labels"/>.</summary>
    public static EvalTaskResult Macro(string task, ConfusionCounter counter, IReadOnlyCollection<string> labels, string? note = null) => new()
    {
        Task = task,
        Metric = "macro_f1",
        Value = Math.Round(counter.MacroF1(labels), 4),
        Support = counter.Total,
        PerClass = counter.PerClass(labels),
        Note = note,
    };

    /// <summary>Multi-class task: support-weighted F1 over <paramref name="labels"/>.</summary>
    public static EvalTaskResult Weighted(string task, ConfusionCounter counter, IReadOnlyCollection<string> labels, string? note = null) => new()
    {
        Task = task,
        Metric = "weighted_f1",
        Value = Math.Round(counter.WeightedF1(labels), 4),
        Support = counter.Total,
        PerClass = counter.PerClass(labels),
        Note = note,
    };
}
