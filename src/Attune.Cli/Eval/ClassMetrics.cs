using System.Text.Json.Serialization;

namespace Attune.Cli.Eval;

/// <summary>Precision, recall and F1 of one class, with its support (true instances).</summary>
public sealed record ClassMetrics(
    [property: JsonPropertyName("precision")] double Precision,
    [property: JsonPropertyName("recall")] double Recall,
    [property: JsonPropertyName("f1")] double F1,
    [property: JsonPropertyName("support")] int Support);
