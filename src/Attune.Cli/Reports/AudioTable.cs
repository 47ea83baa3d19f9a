using Attune.Analysis.Reports;
using System.Globalization;
using System.Text;
using Attune.Analysis.Audio.Calls;
using Attune.Analysis.Audio.Dynamics;
using Attune.Analysis.Conversations;
using Spectre.Console;

namespace Attune.Cli.Reports;

/// <summary>
/// The console report's view of a recording: the notes (what could not be measured or done, and how to enable it),
/// then an "Audio" section with the figures of the conversation dynamics, one timeline line per channel drawn with
/// block characters to the console width (speech █, overtalk in red, silence ·, long non-talk spans ░), and the
/// customer's arousal per turn as small bars.
/// </summary>
internal static class AudioTable
{
    /// <summary>Customer turns listed with their arousal bar; the rest are counted (HTML and JSON have them all).</summary>
    public const int ArousalRows = 20;

    private const int BarWidth = 10;

    private const string Label = "{0,-9} ";

    public static void WriteNotes(AnalysisReport report, IAnsiConsole console)
    {
        if (report.Result.Notes.Count == 0)
        {
            return;
        }

        // a framed box: a note such as "transcription skipped" changes how the rest of the report reads
        var rows = new Rows(report.Result.Notes.Select(n => new Markup("• " + Markup.Escape(n))));
        var panel = new Panel(rows).Header("[yellow bold] Note [/]").BorderColor(Color.Yellow).Border(BoxBorder.Rounded).Expand();
        console.Write(new MaxWidth(panel, TableReport.Width));
        console.WriteLine();
    }

    public static void Write(AnalysisReport report, IAnsiConsole console)
    {
        if (report.Result.Audio is not { } audio)
        {
            return;
        }

        var d = audio.Dynamics;
        var inv = CultureInfo.InvariantCulture;
        console.Write(new MaxWidth(new Rule("[bold]Audio[/]").LeftJustified().RuleStyle("grey"), TableReport.Width));
        var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(2)).AddColumn();
        void Row(string name, string markup) => grid.AddRow(new Markup($"[grey]{name}[/]"), new Markup(markup));

        Row("Recording", Markup.Escape($"{Time.Format(audio.Duration)} · {audio.Format} · customer on the {AudioFacts.Side(audio.Customer)} channel"
            + (audio.Advisor is null ? " · no advisor channel (mono)" : "")));
        var ratio = d.AdvisorTalkRatio is double r ? $" · advisor share [bold]{100 * r:0}%[/]" : "";
        Row("Talk time", $"customer {AudioFacts.Seconds(d.CustomerTalkSeconds)} · advisor {AudioFacts.Seconds(d.AdvisorTalkSeconds)}{ratio}");
        Row("Overtalk", d.Overtalks.Count == 0
            ? "none"
            : $"[bold]{d.Overtalks.Count}[/] ({AudioFacts.Seconds(d.OvertalkSeconds)} both speaking): "
              + Markup.Escape(AudioFacts.OvertalkBreakdown(d)));
        var alert = d.LongSilenceAlertAt is double at
            ? $" · [red]long-silence alert at {Time.Format(at)}[/] (silences added up to {AudioFacts.Seconds(d.SilenceSeconds)})"
            : " · no long-silence alert";
        Row("Non-talk", (d.NonTalk.Count == 0 ? "no span over 3 s" : $"{AudioFacts.Count(d.NonTalk.Count, "span")} over 3 s, {AudioFacts.Seconds(d.NonTalkSeconds)} in all") + alert);
        Row("Monologues", d.Monologues.Count == 0
            ? "none over 60 s"
            : $"[red]{d.Monologues.Count}[/] by the advisor, longest {Time.Format(d.Monologues.Max(m => m.Seconds))} (from {string.Join(", ", d.Monologues.Select(m => Time.Format(m.Start)))})");
        var latency = AudioFacts.MedianLatency(d);
        Row("Response", latency is double l
            ? string.Format(inv, "median {0:0.00} s between turns", l)
                + (AudioFacts.MedianLatency(d, Party.Advisor) is double la ? string.Format(inv, " · advisor replies {0:0.00} s", la) : "")
                + (AudioFacts.MedianLatency(d, Party.Customer) is double lc ? string.Format(inv, " · customer replies {0:0.00} s", lc) : "")
            : "no change of speaker");
        Row("Loudness", $"customer {Lufs(audio.Customer)}" + (audio.Advisor is { } adv ? $" · advisor {Lufs(adv)}" : ""));
        console.Write(new MaxWidth(grid, TableReport.Width));
        console.WriteLine();
        WriteTimeline(audio, console);
        WriteArousal(report, console);
        console.WriteLine();
    }

    private static string Lufs(ChannelAudio c) => c.IntegratedLufs is double v
        ? v.ToString("0.0", CultureInfo.InvariantCulture) + " LUFS"
        : "[grey]not measurable (silent)[/]";

    /// <summary>One line per channel, one character per time slice: the slice is speech when the party spoke in at least a third of it.</summary>
    internal static void WriteTimeline(CallAudio audio, IAnsiConsole console)
    {
        var d = audio.Dynamics;
        var duration = Math.Max(audio.Duration, d.Duration);
        if (duration <= 0)
        {
            return;
        }

        var width = Math.Max(20, Math.Min(console.Profile.Width, TableReport.Width) - 12);
        var slice = duration / width;
        console.MarkupLine("[bold]Timeline[/] [grey](one character = " + AudioFacts.Seconds(slice) + ")[/]");
        var rows = new List<(string Name, IReadOnlyList<Analysis.Audio.Prosody.SpeechSegment> Speech, string Colour)> { ("Customer", audio.Customer.Speech, "deepskyblue1") };
        if (audio.Advisor is { } advisor)
        {
            rows.Add(("Advisor", advisor.Speech, "mediumpurple2"));
        }

        var overtalk = Coverage(d.Overtalks.Where(o => o.Kind != OvertalkKind.Backchannel).Select(o => (o.Start, o.End)), width, slice);
        var nonTalk = Coverage(d.NonTalk.Select(s => (s.Start, s.End)), width, slice);
        foreach (var (name, speech, colour) in rows)
        {
            var covered = Coverage(speech.Select(s => (s.Start, s.End)), width, slice);
            var line = new StringBuilder();
            string? open = null;
            for (var i = 0; i < width; i++)
            {
                var (style, ch) = covered[i] >= 1.0 / 3 ? (overtalk[i] > 0 ? "red bold" : colour, '█')
                    : nonTalk[i] >= 0.5 ? ("grey", '░')
                    : ("grey", '·');
                if (style != open)
                {
                    if (open is not null)
                    {
                        line.Append("[/]");
                    }

                    line.Append('[').Append(style).Append(']');
                    open = style;
                }

                line.Append(ch);
            }

            line.Append("[/]");
            console.MarkupLine(string.Format(CultureInfo.InvariantCulture, Label, name) + line);
        }

        // events under the lines: ▲ interruption (red), ♦ backchannel (green), at the slice where they start
        var events = new char[width];
        var colours = new string[width];
        Array.Fill(events, ' ');
        foreach (var o in d.Overtalks)
        {
            var i = Math.Clamp((int)(o.Start / slice), 0, width - 1);
            var (ch, c) = o.Kind switch
            {
                OvertalkKind.Interruption => ('▲', "red"),
                OvertalkKind.Backchannel => ('♦', "green"),
                _ => ('▲', "yellow"),
            };
            if (events[i] == ' ' || ch == '▲')
            {
                events[i] = ch;
                colours[i] = c;
            }
        }

        var marks = new StringBuilder();
        for (var i = 0; i < width; i++)
        {
            marks.Append(events[i] == ' ' ? " " : $"[{colours[i]}]{events[i]}[/]");
        }

        if (d.Overtalks.Count > 0)
        {
            console.MarkupLine(string.Format(CultureInfo.InvariantCulture, Label, "") + marks.ToString().TrimEnd());
        }

        // the time axis: start, middle and end
        var axis = new char[width];
        Array.Fill(axis, ' ');
        Put(axis, 0, Time.Format(0));
        var mid = Time.Format(duration / 2);
        Put(axis, (width / 2) - (mid.Length / 2), mid);
        var end = Time.Format(duration);
        Put(axis, width - end.Length, end);
        console.MarkupLine($"[grey]{string.Format(CultureInfo.InvariantCulture, Label, "")}{new string(axis)}[/]");
        console.MarkupLine($"[grey]{string.Format(CultureInfo.InvariantCulture, Label, "")}█ speech  [/][red]█[/][grey] talking over each other  · silence  ░ non-talk over 3 s[/]"
            + (d.Overtalks.Count > 0 ? "[grey]  [/][red]▲[/][grey] interruption  [/][green]♦[/][grey] backchannel[/]" : ""));
    }

    private static void Put(char[] line, int at, string text)
    {
        for (var k = 0; k < text.Length && at + k < line.Length; k++)
        {
            if (at + k >= 0)
            {
                line[at + k] = text[k];
            }
        }
    }

    /// <summary>Share of each slice covered by the spans.</summary>
    private static double[] Coverage(IEnumerable<(double Start, double End)> spans, int width, double slice)
    {
        var cover = new double[width];
        foreach (var (start, end) in spans)
        {
            var first = Math.Max(0, (int)(start / slice));
            var last = Math.Min(width - 1, (int)(end / slice));
            for (var i = first; i <= last; i++)
            {
                var overlap = Math.Min(end, (i + 1) * slice) - Math.Max(start, i * slice);
                if (overlap > 0)
                {
                    cover[i] += overlap / slice;
                }
            }
        }

        return cover;
    }

    private static void WriteArousal(AnalysisReport report, IAnsiConsole console)
    {
        var turns = report.Conversation.Turns;
        var rows = Enumerable.Range(0, turns.Count).Where(i => turns[i].Party == Party.Customer && turns[i].Voice?.Arousal is not null).ToList();
        console.WriteLine();
        if (rows.Count == 0)
        {
            console.MarkupLine("[bold]Customer arousal[/] [grey]not measurable (too little customer speech for a baseline)[/]");
            return;
        }

        console.MarkupLine("[bold]Customer arousal[/] [grey]per turn, 0..1 against the caller's own baseline (pitch, range, loudness, rate)[/]");
        var grid = new Grid()
            .AddColumn(new GridColumn().NoWrap().PadRight(1))
            .AddColumn(new GridColumn().NoWrap().PadRight(1))
            .AddColumn(new GridColumn().NoWrap().PadRight(2))
            .AddColumn(new GridColumn());
        foreach (var i in rows.Take(ArousalRows))
        {
            var v = turns[i].Voice!;
            var a = Math.Clamp(v.Arousal!.Value, 0, 1);
            var colour = AudioFacts.Band(a) switch { "high" => "red", "raised" => "yellow", "usual" => "grey", _ => "green" };
            var full = (int)Math.Round(a * BarWidth);
            var bar = $"[{colour}]{new string('█', full)}[/][grey]{new string('·', BarWidth - full)}[/]";
            var detail = new List<string> { $"level {v.LoudnessScore}" };
            if (v.PitchHz is double hz)
            {
                detail.Add($"{hz:0} Hz");
            }

            if (v.WordsPerMinute is double wpm)
            {
                detail.Add($"{wpm:0} wpm");
            }

            grid.AddRow(
                new Markup($"[grey]turn {i + 1}[/]"),
                new Markup($"[grey]{Time.Format(turns[i].Start)}[/]"),
                new Markup(string.Format(CultureInfo.InvariantCulture, "{0} [bold {1}]{2:0.00}[/]", bar, colour, a)),
                new Markup($"[grey]{Markup.Escape(string.Join(" · ", detail))} · σ: {Markup.Escape(AudioFacts.Cues(v, compact: true))}[/]"));
        }

        console.Write(new MaxWidth(new Padder(grid).Padding(2, 0, 0, 0), TableReport.Width));
        if (rows.Count > ArousalRows)
        {
            console.MarkupLine($"  [grey]… and {rows.Count - ArousalRows} more customer turns (--format html or json lists them all)[/]");
        }
    }
}
