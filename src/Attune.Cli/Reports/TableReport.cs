using Attune.Analysis.Reports;
using System.Globalization;
using System.Text;
using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Scoring;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Attune.Cli.Reports;

/// <summary>
/// The console report of one interaction: score and criteria with reasons, the customer's
/// sentiment summary, their emotion over time as a coloured strip, and the highlighted moments
/// (what to work on, what went well) with the quote marked in its turn, the detail and a
/// suggestion. Every piece of transcript text is markup-escaped.
/// </summary>
internal static class TableReport
{
    /// <summary>Moments shown per group; the rest are counted (the HTML and JSON reports have them all).</summary>
    public const int MomentsPerGroup = 12;

    /// <summary>Moments of one signal shown per group, so thirty backchannels do not hide everything else.</summary>
    public const int PerSignal = 3;

    /// <summary>Widest the report gets, whatever the console claims.</summary>
    public const int Width = 160;

    private const string Levels = "▁▂▃▄▅▆▇█";

    public static void Write(AnalysisReport report, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(console);
        var c = report.Conversation;
        console.Write(new MaxWidth(new Rule($"[bold]{Markup.Escape(report.Source)}[/]").LeftJustified(), Width));
        console.MarkupLine(Markup.Escape(AnalysisReport.Describe(c, report)));
        console.WriteLine();
        AudioTable.WriteNotes(report, console);

        WriteScore(report.Score, console);
        WriteSentiment(report, console);
        AudioTable.Write(report, console);
        WriteMoments(report, console);
    }


    private static void WriteScore(ScoreResult score, IAnsiConsole console)
    {
        var value = score.Score is double s ? $"[bold {ScoreColour(s)}]{s:0.#}[/] / 100" : "[grey]n/a[/] (no criterion applied)";
        if (score.AutoFailed)
        {
            value += " [red bold]auto-fail[/]";
        }

        console.MarkupLine($"[bold]Score[/] {value}   [grey]{Markup.Escape(score.Scorecard)}[/]");
        var table = new Table().Border(TableBorder.Rounded).BorderColor(Color.Grey);
        table.AddColumn("Criterion");
        table.AddColumn(new TableColumn("Weight").RightAligned());
        table.AddColumn("Result");
        table.AddColumn(new TableColumn("Score").RightAligned());
        table.AddColumn("Why");
        foreach (var c in score.Criteria)
        {
            var result = c.Outcome switch
            {
                CriterionOutcome.Passed => "[green]✔ passed[/]",
                CriterionOutcome.Failed => c.AutoFailed ? "[red bold]✘ auto-fail[/]" : "[red]✘ failed[/]",
                _ => "[grey]– n/a[/]",
            };
            table.AddRow(
                new Markup(Markup.Escape(c.Name)),
                new Markup(c.Weight.ToString("0.##", CultureInfo.InvariantCulture)),
                new Markup(result),
                new Markup(c.Score is double v ? $"{100 * v:0}%" : ""),
                new Markup(c.Outcome == CriterionOutcome.NotApplicable ? $"[grey]{Markup.Escape(c.Reason)}[/]" : Markup.Escape(c.Reason)));
        }

        console.Write(new MaxWidth(table, Width));
        console.WriteLine();
    }

    private static void WriteSentiment(AnalysisReport report, IAnsiConsole console)
    {
        var s = report.Sentiment;
        console.Write(new MaxWidth(new Rule("[bold]Customer[/]").LeftJustified().RuleStyle("grey"), Width));
        if (s.Score is not double score)
        {
            console.MarkupLine("[grey]no customer sentiment (no customer turns, or no sentiment findings)[/]");
        }
        else
        {
            var trend = s.Trend is double t ? $"{(t > 5 ? "[green]▲" : t < -5 ? "[red]▼" : "[grey]►")} {t:+0;-0;0}[/]" : "";
            var quarters = string.Join("  ", s.Quarters.Select((q, i) => q is double v ? $"Q{i + 1} [{SentimentColour(v / 5)}]{v:+0.0;-0.0;0.0}[/]" : $"Q{i + 1} [grey]–[/]"));
            console.MarkupLine($"Sentiment [bold {SentimentColour(score / 100)}]{score:+0;-0;0}[/] [grey](-100..+100, weighted to the end)[/]   trend {trend} [grey](start {s.Start:+0;-0;0} → end {s.End:+0;-0;0})[/]");
            console.MarkupLine($"Quarters [grey](-5..+5)[/]  {quarters}");
        }

        WriteEmotionStrip(report, console);
        console.WriteLine();
    }

    /// <summary>One block per customer turn: height = sentiment, colour = emotion.</summary>
    private static void WriteEmotionStrip(AnalysisReport report, IAnsiConsole console)
    {
        var emotions = report.Emotions;
        if (emotions.Count == 0 || emotions.All(e => e.Emotion is null && e.Sentiment is null))
        {
            return;
        }

        var width = Math.Max(20, Math.Min(console.Profile.Width, Width) - 14);
        var strip = new StringBuilder();
        for (var i = 0; i < emotions.Count; i++)
        {
            if (i > 0 && i % width == 0)
            {
                strip.Append("\n              ");
            }

            var e = emotions[i];
            var level = e.Sentiment is double v ? (int)Math.Round((Math.Clamp(v, -1, 1) + 1) / 2 * (Levels.Length - 1)) : 0;
            var ch = e.Sentiment is null && e.Emotion is null ? '·' : Levels[level];
            strip.Append(CultureInfo.InvariantCulture, $"[{EmotionPalette.Colour(e.Emotion)}]{ch}[/]");
        }

        console.MarkupLine($"Emotion/turn  {strip}");
        var present = emotions.Select(e => EmotionPalette.Family(e.Emotion)).Distinct().ToHashSet();
        var legend = string.Join("  ", EmotionPalette.Families.Where(f => present.Contains(f.Family)).Select(f => $"[{f.Hex}]■[/] {f.Family}"));
        var first = emotions.FirstOrDefault(e => e.Emotion is not null);
        var last = emotions.LastOrDefault(e => e.Emotion is not null);
        var journey = first is not null && last is not null && first != last
            ? $"   journey: {Markup.Escape(first.Emotion!)} (turn {first.Turn + 1}) → {Markup.Escape(last.Emotion!)} (turn {last.Turn + 1})"
            : "";
        console.MarkupLine($"[grey]              low ▁ … █ high sentiment[/]   {legend}{journey}");
    }

    private static void WriteMoments(AnalysisReport report, IAnsiConsole console)
    {
        var moments = report.Findings.Where(f => !SignalNames.IsCustomerState(f.Signal)).ToList();
        var negative = moments.Where(f => f.Polarity == Polarity.Negative).ToList();
        var positive = moments.Where(f => f.Polarity == Polarity.Positive).ToList();
        var info = moments.Where(f => f.Polarity == Polarity.Info).ToList();

        console.Write(new MaxWidth(new Rule("[bold]Highlighted moments[/]").LeftJustified().RuleStyle("grey"), Width));
        if (negative.Count + positive.Count == 0)
        {
            console.MarkupLine("[grey]no advisor behaviour recognised[/]");
        }

        WriteGroup("To work on", "red", negative, report, console);
        WriteGroup("Done well", "green", positive, report, console);
        if (info.Count > 0)
        {
            var counts = info.GroupBy(f => f.Signal).Select(g => $"{g.Count()} {SignalNames.Name(g.Key).ToLowerInvariant()}");
            console.MarkupLine($"[grey]Also noted: {Markup.Escape(string.Join(", ", counts))}[/]");
        }
    }

    private static void WriteGroup(string title, string colour, List<Finding> findings, AnalysisReport report, IAnsiConsole console)
    {
        if (findings.Count == 0)
        {
            return;
        }

        // readable for long calls too: at most PerSignal moments of one signal and MomentsPerGroup in all,
        // in turn order; what is left out is counted per signal
        var shown = new List<Finding>();
        var perSignal = new Dictionary<string, int>(StringComparer.Ordinal);
        var hidden = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in findings)
        {
            var n = perSignal.GetValueOrDefault(f.Signal);
            if (n < PerSignal && shown.Count < MomentsPerGroup)
            {
                shown.Add(f);
                perSignal[f.Signal] = n + 1;
            }
            else
            {
                hidden[f.Signal] = hidden.GetValueOrDefault(f.Signal) + 1;
            }
        }

        console.MarkupLine($"[bold {colour}]{title} ({findings.Count})[/]");
        var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(2)).AddColumn();
        foreach (var f in shown)
        {
            var where = $"turn {f.Turn + 1}" + (f.Start is double t ? $" · {Time.Format(t)}" : "");
            var rows = new List<IRenderable>
            {
                new Markup($"[bold]{Markup.Escape(SignalNames.Name(f.Signal))}[/] [grey]{Markup.Escape(f.Signal)}{(f.Label is null ? "" : " · " + Markup.Escape(f.Label))}[/]"),
                new Markup(report.Conversation.Turns[f.Turn].Text.Length == 0
                    ? "[grey](no words: this turn was heard in the audio, not transcribed)[/]"
                    : Highlight(report.Conversation.Turns[f.Turn].Text, f, colour)),
                new Markup($"[grey]{Markup.Escape(f.Detail)}[/]"),
            };
            if (f.Suggestion is not null)
            {
                rows.Add(new Markup($"[cyan]→ {Markup.Escape(f.Suggestion)}[/]"));
            }

            grid.AddRow(new Markup($"[grey]{where}[/]"), new Rows(rows));
        }

        console.Write(new MaxWidth(new Padder(grid).Padding(2, 0, 0, 1), Width));
        if (hidden.Count > 0)
        {
            var more = string.Join(", ", hidden.OrderByDescending(h => h.Value).Select(h => $"{SignalNames.Name(h.Key).ToLowerInvariant()} ×{h.Value}"));
            console.MarkupLine($"  [grey]… and {hidden.Values.Sum()} more: {Markup.Escape(more)} (--format html or json lists them all)[/]");
        }
    }

    /// <summary>The turn text around the evidence (up to ~70 characters each side), the evidence underlined in colour.</summary>
    internal static string Highlight(string text, Finding f, string colour)
    {
        var start = Math.Clamp(f.SpanStart, 0, text.Length);
        var end = Math.Clamp(f.SpanStart + f.Length, start, text.Length);
        const int Context = 70;
        var from = Math.Max(0, start - Context);
        var to = Math.Min(text.Length, end + Context);
        if (from > 0)
        {
            var space = text.IndexOf(' ', from);
            from = space >= 0 && space < start ? space + 1 : from;
        }

        if (to < text.Length)
        {
            var space = text.LastIndexOf(' ', to - 1);
            to = space > end ? space : to;
        }

        var sb = new StringBuilder("“");
        if (from > 0)
        {
            sb.Append('…');
        }

        sb.Append(Markup.Escape(text[from..start]));
        sb.Append(CultureInfo.InvariantCulture, $"[bold {colour} underline]{Markup.Escape(text[start..end])}[/]");
        sb.Append(Markup.Escape(text[end..to]));
        if (to < text.Length)
        {
            sb.Append('…');
        }

        sb.Append('”');
        return sb.ToString();
    }

    internal static string ScoreColour(double score) => score >= 75 ? "green" : score >= 50 ? "yellow" : "red";

    internal static string SentimentColour(double value) => value > 0.05 ? "green" : value < -0.05 ? "red" : "grey";
}
