using Attune.Analysis.Reports;
using System.Globalization;
using Attune.Analysis.Findings;
using Spectre.Console;

namespace Attune.Cli.Reports;

/// <summary>One line per analysed file for directory runs: advisor, score, customer sentiment, and what stood out.</summary>
internal static class SummaryTable
{
    /// <summary>One row, computed as each file finishes so the reports themselves need not be kept.</summary>
    internal sealed record Row(string File, string? Advisor, double? Score, bool AutoFailed, double? Sentiment, double? Trend, int Positive, int Negative, string TopIssues);

    public static Row For(string file, AnalysisReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var m = report.Conversation.Metadata;
        var moments = report.Findings.Where(f => !SignalNames.IsCustomerState(f.Signal)).ToList();
        var issues = moments.Where(f => f.Polarity == Polarity.Negative)
            .GroupBy(f => f.Signal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(3)
            .Select(g => $"{SignalNames.Name(g.Key).ToLowerInvariant()} ×{g.Count()}");
        return new Row(file, m.AdvisorName ?? m.AdvisorId, report.Score.Score, report.Score.AutoFailed, report.Sentiment.Score, report.Sentiment.Trend,
            moments.Count(f => f.Polarity == Polarity.Positive), moments.Count(f => f.Polarity == Polarity.Negative), string.Join(", ", issues));
    }

    public static void Write(IReadOnlyList<Row> rows, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(console);
        var table = new Table().Border(TableBorder.Rounded).BorderColor(Color.Grey).Title("[bold]Summary[/]");
        table.AddColumn(new TableColumn("File").NoWrap());
        table.AddColumn("Advisor");
        table.AddColumn(new TableColumn("Score").RightAligned());
        table.AddColumn(new TableColumn("Customer sentiment").RightAligned());
        table.AddColumn(new TableColumn("[green]+[/]").RightAligned());
        table.AddColumn(new TableColumn("[red]−[/]").RightAligned());
        table.AddColumn("Top issues");
        foreach (var r in rows)
        {
            var score = r.Score is double s ? $"[{TableReport.ScoreColour(s)}]{s:0.#}[/]" : "[grey]n/a[/]";
            if (r.AutoFailed)
            {
                score += " [red]auto-fail[/]";
            }

            var sentiment = r.Sentiment is double v
                ? $"[{TableReport.SentimentColour(v / 100)}]{v:+0;-0;0}[/]" + (r.Trend is double t ? $" [grey]({(t > 5 ? "▲" : t < -5 ? "▼" : "►")}{t:+0;-0;0})[/]" : "")
                : "[grey]–[/]";
            table.AddRow(
                Markup.Escape(r.File),
                Markup.Escape(r.Advisor ?? "–"),
                score,
                sentiment,
                r.Positive.ToString(CultureInfo.InvariantCulture),
                r.Negative.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(r.TopIssues));
        }

        if (rows.Count > 1)
        {
            var scored = rows.Where(r => r.Score is not null).Select(r => r.Score!.Value).ToList();
            table.AddEmptyRow();
            table.AddRow(
                $"[bold]{rows.Count} analysed[/]",
                "",
                scored.Count > 0 ? $"[bold]{scored.Average():0.#}[/] [grey]mean[/]" : "",
                "",
                rows.Sum(r => r.Positive).ToString(CultureInfo.InvariantCulture),
                rows.Sum(r => r.Negative).ToString(CultureInfo.InvariantCulture),
                "");
        }

        console.Write(new MaxWidth(table, TableReport.Width));
    }
}
