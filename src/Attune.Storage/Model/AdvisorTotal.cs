namespace Attune.Storage.Model;

/// <summary>Per advisor over a period: volume, average score and how many customers were distressed (difficulty).</summary>
public sealed record AdvisorTotal(string AdvisorId, string? AdvisorName, string? TeamId, long Interactions, double? AverageScore, long Distressed);
