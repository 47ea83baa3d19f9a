namespace Attune.Storage.Model;

/// <summary>One evaluator's independent outcome for one criterion of an interaction, for calibration sessions.</summary>
public sealed class CalibrationScore
{
    public long InteractionId { get; set; }

    public string UserId { get; set; } = "";

    public string CriterionId { get; set; } = "";

    public string Outcome { get; set; } = "";

    public string Comment { get; set; } = "";

    public DateTimeOffset At { get; set; }
}
