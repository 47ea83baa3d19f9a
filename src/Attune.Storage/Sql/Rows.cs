namespace Attune.Storage.Sql;

// Rows read by Dapper before they become the model's positional records: the providers return different numeric
// types (SQLite Int64 for every integer), which property setters convert but record constructors would refuse.

internal sealed class SignalRow
{
    public string Signal { get; set; } = "";

    public long Count { get; set; }
}

internal sealed class CriterionRow
{
    public string CriterionId { get; set; } = "";

    public string Name { get; set; } = "";

    public string Outcome { get; set; } = "";

    public double? Score { get; set; }

    public double Weight { get; set; }
}

internal sealed class SignalTotalRow
{
    public string Signal { get; set; } = "";

    public long Findings { get; set; }

    public long Interactions { get; set; }
}

internal sealed class CriterionOutcomeRow
{
    public string CriterionId { get; set; } = "";

    public string Outcome { get; set; } = "";

    public string Name { get; set; } = "";

    public long Count { get; set; }
}

internal sealed class AdvisorCriterionOutcomeRow
{
    public string AdvisorId { get; set; } = "";

    public string CriterionId { get; set; } = "";

    public string Outcome { get; set; } = "";

    public string Name { get; set; } = "";

    public long Count { get; set; }
}

internal sealed class AdvisorOverrideMoveRow
{
    public string AdvisorId { get; set; } = "";

    public string CriterionId { get; set; } = "";

    public string Original { get; set; } = "";

    public string Replaced { get; set; } = "";
}

internal sealed class OverrideMoveRow
{
    public string CriterionId { get; set; } = "";

    public string Original { get; set; } = "";

    public string Replaced { get; set; } = "";
}

internal sealed class AdvisorTotalRow
{
    public string AdvisorId { get; set; } = "";

    public string? AdvisorName { get; set; }

    public string? TeamId { get; set; }

    public long Interactions { get; set; }

    public double? AverageScore { get; set; }

    public long Distressed { get; set; }
}

internal sealed class GlossaryRow
{
    public string Term { get; set; } = "";

    public string Alternative { get; set; } = "";

    public string? Note { get; set; }
}
