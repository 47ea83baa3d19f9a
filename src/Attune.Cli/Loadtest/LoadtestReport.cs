using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;

namespace Attune.Cli.Loadtest;

/// <summary>A <see cref="LoadtestResult"/> as a console table and as JSON.</summary>
public static class LoadtestReport
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string ToJson(LoadtestResult result) => JsonSerializer.Serialize(result, Json);

    public static Table Table(LoadtestResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var table = new Table().AddColumns("measure", "value");
        void Row(string name, string value) => table.AddRow(Markup.Escape(name), value);
        Row("server", Markup.Escape(r.Server));
        Row("machine", Markup.Escape($"{r.Machine}; load average {r.LoadBefore} before, {r.LoadAfter} after"));
        Row("sessions", $"{r.CallsConnected}/{r.Calls} calls + {r.ChatsStarted}/{r.Chats} chats, ramp {N(r.RampSeconds)} s, measured {N(r.DurationSeconds)} s, {r.HubConnections} hub connections");
        Row("call audio", Markup.Escape(r.AudioSource));
        Row("chat turns sent / answered", $"{r.ChatTurnsSent:N0} / {r.ChatTurnsAnswered:N0}");
        Row("events received", $"{r.EventsReceived:N0} ({Markup.Escape(string.Join(", ", r.EventsByType.Select(kv => $"{kv.Key} {kv.Value:N0}")))})");
        Row("latency p50 / p95 / p99 / max ms", Latency(r.Latency, verdict: true));
        Row("  chat (ref → event)", Latency(r.ChatLatency));
        Row("  call (frame → event)", Latency(r.CallLatency));
        if (r.BeforeWindowLatency is { } before)
        {
            Row("  sent during the ramp (not in the figures)", Latency(before));
        }

        Row("events not timed", $"{r.EventsOutsideWindow:N0} triggered outside the window, {r.EventsUnmatched:N0} unmatched{(r.EventsUnmatched == 0 ? "" : Markup.Escape($" ({string.Join(", ", r.UnmatchedByType.Select(kv => $"{kv.Key} {kv.Value:N0}"))})"))}, {r.SeqGaps:N0} seq gaps");
        Row("dropped UI events (server)", Opt(r.UiEventsDropped));
        Row("audio frames at server: received / missing / late", $"{Opt(r.ServerFramesReceived)} / {Opt(r.ServerFramesMissing)} / {Opt(r.ServerFramesLate)}"
            + (r.DroppedFrames is > 0 ? " [red](dropped)[/]" : ""));
        Row("audio frames sent (per track)", $"{r.FramesSent:N0}; {r.FramesLateAtGenerator:N0} late at the generator (> {LatenessMeter.LateMs:0} ms) in the window{(r.GeneratorKeptPace ? "" : " [red](generator behind)[/]")}; lateness p99 {N(r.GeneratorLatenessP99Ms)} ms, max {N(r.GeneratorLatenessMaxMs)} ms");
        Row("server CPU", r.ServerCpuPercentOfCore is { } c ? $"{N(c)} % of one core = {N(r.ServerCpuPercentOfMachine ?? double.NaN)} % of the machine" : "n/a");
        Row("server peak RSS", r.ServerPeakRssBytes is { } rss ? $"{rss / 1048576.0:0} MiB" : "n/a");
        Row("load generator CPU", $"{N(r.GeneratorCpuPercentOfCore)} % of one core");
        Row("errors", r.Errors == 0 ? "0" : $"[red]{r.Errors:N0}[/] ({Markup.Escape(string.Join(", ", r.ErrorsByKind.Select(kv => $"{kv.Key} {kv.Value:N0}")))})");
        foreach (var sample in r.ErrorSamples)
        {
            Row("", Markup.Escape(sample));
        }

        Row("p99 ≤ 250 ms, no dropped frames, no errors", r.Holds ? "[green]yes[/]" : "[red]no[/]");
        return table;
    }

    private static string Latency(LatencySummary s, bool verdict = false) => s.Count == 0
        ? "no samples"
        : $"{N(s.P50)} / {N(s.P95)} / {(verdict && s.P99 > 250 ? $"[red]{N(s.P99)}[/]" : N(s.P99))} / {N(s.Max)} ({s.Count:N0} events)";

    private static string Opt(double? value) => value is { } v ? v.ToString("N0", CultureInfo.InvariantCulture) : "n/a";

    private static string N(double value) => double.IsNaN(value) ? "–" : value.ToString("0.0", CultureInfo.InvariantCulture);
}
